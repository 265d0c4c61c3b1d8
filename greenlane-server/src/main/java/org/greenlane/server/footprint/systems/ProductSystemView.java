package org.greenlane.server.footprint.systems;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product system as the API returns it: always with its processes (derived ones, for a guided system). */
public record ProductSystemView(UUID id, UUID productId, String name, String description, String kind,
                                QuantityDto functionalUnit, String allocation, String gwpSet, String referenceProcess,
                                String referenceFlow, GuidedSystem guided, List<ProcessDto> processes, int version,
                                Instant createdAt, Instant updatedAt) {

    public static ProductSystemView of(ProductSystemRecord r) {
        ProductSystemModel m = r.model();
        return new ProductSystemView(r.id(), m.productId(), m.name(), m.description(), m.kind().name(),
                QuantityDto.of(m.functionalUnit()), m.allocation().name(), m.gwpSet().name(), m.referenceProcess(),
                m.referenceFlow(), m.guided(), m.processes().stream().map(ProcessDto::of).toList(), r.version(),
                r.createdAt(), r.updatedAt());
    }
}
