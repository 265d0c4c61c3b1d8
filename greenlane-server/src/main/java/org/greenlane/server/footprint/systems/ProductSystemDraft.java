package org.greenlane.server.footprint.systems;

import io.swagger.v3.oas.annotations.media.Schema;
import org.greenlane.core.footprint.AllocationMethod;
import org.greenlane.core.footprint.Process;
import org.greenlane.core.footprint.factors.GwpSet;
import org.greenlane.core.footprint.units.Quantity;
import org.greenlane.core.footprint.units.Units;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.platform.api.InvalidInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a client sends to create or replace a product system: either {@code guided} (the bill-of-materials form)
 * or {@code processes} (the full process model, with {@code referenceProcess} and {@code referenceFlow}).
 * {@code functionalUnit} defaults to one declared unit of the product; {@code allocation} to PHYSICAL;
 * {@code gwpSet} to AR6.
 */
@Schema(description = "A product system: guided bill of materials, or processes and exchanges")
public record ProductSystemDraft(UUID productId, String name, String description, QuantityDto functionalUnit,
                                 String allocation, String gwpSet, String referenceProcess, String referenceFlow,
                                 GuidedSystem guided, List<ProcessDto> processes) {

    static final int MAX_PROCESSES = 5_000;

    /** Checks every field and builds the model; every problem names its field. */
    public ProductSystemModel toModel(Product product) {
        String n = ExchangeDto.text(name, "name");
        if (n.length() > 200) {
            throw new InvalidInput("name", "must be at most 200 characters");
        }
        String d = description == null ? "" : description.strip();
        if (d.length() > 2000) {
            throw new InvalidInput("description", "must be at most 2000 characters");
        }
        Quantity unit = functionalUnit == null
                ? new Quantity(1, Units.of(product.declaredUnit().code()))
                : functionalUnit.toEngine("functionalUnit", true);
        AllocationMethod method = allocation == null || allocation.isBlank() ? AllocationMethod.PHYSICAL
                : Enums.of(AllocationMethod.class, allocation, "allocation");
        GwpSet gwp = gwpSet == null || gwpSet.isBlank() ? GwpSet.AR6 : Enums.of(GwpSet.class, gwpSet, "gwpSet");
        boolean hasProcesses = processes != null && !processes.isEmpty();
        if ((guided != null) == hasProcesses) {
            throw new InvalidInput("guided", "give either the guided bill of materials or the processes, not "
                    + (guided != null ? "both" : "neither"));
        }
        if (guided != null) {
            String flow = product.name();
            List<Process> derived = guided.processes(flow);
            return new ProductSystemModel(product.id(), n, d, ProductSystemModel.Kind.GUIDED, guided,
                    GuidedSystem.PRODUCTION, flow, unit, method, gwp, derived);
        }
        if (processes.size() > MAX_PROCESSES) {
            throw new InvalidInput("processes", "at most " + MAX_PROCESSES + " processes");
        }
        List<Process> converted = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < processes.size(); i++) {
            if (processes.get(i) == null) {
                throw new InvalidInput("processes[" + i + "]", "must not be null");
            }
            Process p = processes.get(i).toEngine("processes[" + i + "]");
            if (!ids.add(p.id())) {
                throw new InvalidInput("processes[" + i + "].id", "'" + p.id() + "' is used twice");
            }
            converted.add(p);
        }
        String reference = ExchangeDto.text(referenceProcess, "referenceProcess");
        if (!ids.contains(reference)) {
            throw new InvalidInput("referenceProcess", "'" + reference + "' is not one of the processes");
        }
        String flow = ExchangeDto.text(referenceFlow, "referenceFlow");
        return new ProductSystemModel(product.id(), n, d, ProductSystemModel.Kind.PROCESSES, null, reference, flow,
                unit, method, gwp, converted);
    }
}
