package org.greenlane.server.ledger;

import org.greenlane.core.ledger.jcs.JsonArray;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonString;
import org.greenlane.core.ledger.jcs.JsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The public summary of a footprint publication (decision 062): what a relying party needs to find the
 * entry and check the figure a label or partner states, and nothing commercially sensitive. Company name,
 * descriptions, comments, data sources, data quality, product mass and boundary stay in the private record
 * (the PACT document), of which the log holds only the SHA-256.
 */
final class PublicationSummaries {

    static final String PUBLICATION = "publication";
    static final String FOOTPRINT = "footprintId";

    private PublicationSummaries() {
    }

    static JsonObject of(UUID publicationId, UUID footprintId, Instant publishedAt, JsonObject document) {
        Map<String, JsonValue> summary = new LinkedHashMap<>();
        summary.put(PUBLICATION, new JsonString(publicationId.toString()));
        summary.put(FOOTPRINT, new JsonString(footprintId.toString()));
        summary.put("publishedAt", new JsonString(publishedAt.toString()));
        copy(document, "status", summary);
        copy(document, "validityPeriodStart", summary);
        copy(document, "validityPeriodEnd", summary);
        if (document.members().get("precedingPfIds") instanceof JsonArray preceding) {
            summary.put("precedingPfIds", preceding);
        }
        List<JsonValue> gtins = new ArrayList<>();
        if (document.members().get("productIds") instanceof JsonArray ids) {
            for (JsonValue id : ids.elements()) {
                if (id instanceof JsonString urn && urn.value().startsWith("urn:gtin:")) {
                    gtins.add(new JsonString(urn.value().substring("urn:gtin:".length())));
                }
            }
        }
        summary.put("gtins", new JsonArray(gtins));
        if (document.members().get("pcf") instanceof JsonObject pcf) {
            Map<String, JsonValue> figures = new LinkedHashMap<>();
            copy(pcf, "declaredUnitOfMeasurement", figures);
            copy(pcf, "declaredUnitAmount", figures);
            copy(pcf, "pcfExcludingBiogenicUptake", figures);
            copy(pcf, "pcfIncludingBiogenicUptake", figures);
            summary.put("pcf", new JsonObject(figures));
        }
        return new JsonObject(summary);
    }

    private static void copy(JsonObject from, String member, Map<String, JsonValue> to) {
        JsonValue value = from.members().get(member);
        if (value instanceof JsonString) {
            to.put(member, value);
        }
    }
}
