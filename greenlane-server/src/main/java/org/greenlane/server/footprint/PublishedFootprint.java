package org.greenlane.server.footprint;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A footprint published for exchange: its stable id (the PACT ProductFootprint id), status, predecessors, the
 * fields PACT filters on, and the PACT v3 ProductFootprint document itself ({@code pact}), which never changes
 * after publication except for its status.
 */
public record PublishedFootprint(UUID id, UUID organisationId, UUID productId, UUID resultId, FootprintStatus status,
                                 List<UUID> precedingPfIds, Instant created, Instant statusChangedAt,
                                 List<String> productIds, List<String> productClassifications, String geographyCountry,
                                 String geographySubdivision, String geographyRegion, Instant validityPeriodStart,
                                 Instant validityPeriodEnd, Instant referencePeriodStart, Instant referencePeriodEnd,
                                 ObjectNode pact) {

    public PublishedFootprint {
        precedingPfIds = List.copyOf(precedingPfIds);
        productIds = List.copyOf(productIds);
        productClassifications = List.copyOf(productClassifications);
    }

    /** kg CO2e per declared unit, including biogenic uptake, as published (a PACT decimal string). */
    public String pcfIncludingBiogenicUptake() {
        return pact.path("pcf").path("pcfIncludingBiogenicUptake").asText();
    }

    /** The PACT declared unit, e.g. "1000 kilogram". */
    public String declaredUnit() {
        return pact.path("pcf").path("declaredUnitAmount").asText() + " "
                + pact.path("pcf").path("declaredUnitOfMeasurement").asText();
    }
}
