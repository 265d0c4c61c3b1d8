package org.greenlane.core.footprint;

import org.greenlane.core.footprint.units.Quantity;

import java.util.List;
import java.util.Objects;

/**
 * Processes linked into a supply chain, and the functional unit: an amount of the reference flow provided by the
 * reference process.
 */
public record ProductSystem(String id, List<Process> processes, String referenceProcess, String referenceFlow,
                            Quantity demand) {

    public ProductSystem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(referenceProcess, "referenceProcess");
        Objects.requireNonNull(referenceFlow, "referenceFlow");
        Objects.requireNonNull(demand, "demand");
        processes = List.copyOf(processes);
        if (!(demand.value() > 0)) {
            throw new IllegalArgumentException("product system " + id + ": demand must be positive, was " + demand);
        }
    }
}
