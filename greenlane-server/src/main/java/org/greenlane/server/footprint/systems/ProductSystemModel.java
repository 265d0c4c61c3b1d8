package org.greenlane.server.footprint.systems;

import org.greenlane.core.footprint.AllocationMethod;
import org.greenlane.core.footprint.Process;
import org.greenlane.core.footprint.ProductSystem;
import org.greenlane.core.footprint.factors.GwpSet;
import org.greenlane.core.footprint.units.Quantity;

import java.util.List;
import java.util.UUID;

/**
 * A checked product system in the engine's terms, as stored: the guided form it came from (if any), the
 * reference process and flow, the functional unit, default allocation, GWP set and the processes.
 */
public record ProductSystemModel(UUID productId, String name, String description, Kind kind, GuidedSystem guided,
                                 String referenceProcess, String referenceFlow, Quantity functionalUnit,
                                 AllocationMethod allocation, GwpSet gwpSet, List<Process> processes) {

    public enum Kind { GUIDED, PROCESSES }

    public ProductSystemModel {
        processes = List.copyOf(processes);
    }

    public ProductSystem toEngine(String id) {
        return new ProductSystem(id, processes, referenceProcess, referenceFlow, functionalUnit);
    }

    public ProductSystemModel withProcesses(List<Process> changed) {
        return new ProductSystemModel(productId, name, description, kind, guided, referenceProcess, referenceFlow,
                functionalUnit, allocation, gwpSet, changed);
    }

    /** The same system described as processes (how scenarios and the API's process view see it). */
    public ProductSystemDraft toDraft() {
        return new ProductSystemDraft(productId, name, description, QuantityDto.of(functionalUnit), allocation.name(),
                gwpSet.name(), referenceProcess, referenceFlow, guided,
                guided != null ? null : processes.stream().map(ProcessDto::of).toList());
    }
}
