package org.greenlane.server.footprint.results;

import org.greenlane.server.footprint.systems.ProductSystemDraft;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored calculation: the report, and what reproduces it (the product system as calculated, the factor datasets
 * in precedence order, the certificates as claimed inside the report, the engine version).
 */
public record StoredResult(UUID id, UUID organisationId, UUID productSystemId, UUID productId, int systemVersion,
                           Instant calculatedAt, String calculatedBy, String modelVersion, String gwpSet,
                           List<UUID> library, List<String> factorDatasets, ProductSystemDraft snapshot,
                           FootprintReport report) {

    public StoredResult {
        library = List.copyOf(library);
        factorDatasets = List.copyOf(factorDatasets);
    }
}
