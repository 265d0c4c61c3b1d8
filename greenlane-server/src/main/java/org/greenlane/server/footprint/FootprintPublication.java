package org.greenlane.server.footprint;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A footprint was published, or its published status changed: the footprint capability publishes
 * this Spring application event inside the transaction that publishes, deprecates or supersedes a
 * footprint. Deprecation and succession arrive as a new publication of the same or a new id with
 * the changed PACT document ({@code status: "Deprecated"}, or a successor naming its predecessors
 * in {@code precedingPfIds}), so this one event covers every change of a published footprint.
 * Listeners (the PACT exchange) run in the same transaction: a publication they refuse is not made.
 *
 * @param footprintId          the footprint's stable id, equal to the document's {@code id}
 * @param organisationId       the data owner
 * @param productFootprintJson the PACT v3 ProductFootprint, canonical JSON
 * @param publishedAt          when this version was published
 */
public record FootprintPublication(UUID footprintId, UUID organisationId, String productFootprintJson,
                                   Instant publishedAt) {

    public FootprintPublication {
        Objects.requireNonNull(footprintId, "footprintId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(productFootprintJson, "productFootprintJson");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
