package org.greenlane.server.exchange.internal.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Map;

/** PACT v3 DataQualityIndicators: data quality ratings from 1 (very good) to 5 (very poor). */
public record DataQualityIndicators(PactDecimal technologicalDQR, PactDecimal geographicalDQR,
                                    PactDecimal temporalDQR, Map<String, JsonNode> others) {

    private static final BigDecimal BEST = BigDecimal.ONE;
    private static final BigDecimal WORST = BigDecimal.valueOf(5);

    static DataQualityIndicators read(PactFields fields) {
        return new DataQualityIndicators(rating(fields, "technologicalDQR"), rating(fields, "geographicalDQR"),
                rating(fields, "temporalDQR"), fields.others());
    }

    private static PactDecimal rating(PactFields fields, String name) {
        PactDecimal rating = fields.decimal(name, true, PactDecimal.Sign.ANY);
        if (rating != null && (rating.value().compareTo(BEST) < 0 || rating.value().compareTo(WORST) > 0)) {
            fields.problem(name, rating.text() + " must be between 1 and 5");
        }
        return rating;
    }

    ObjectNode toJson() {
        ObjectNode node = PactJson.object();
        PactJson.put(node, "technologicalDQR", technologicalDQR);
        PactJson.put(node, "geographicalDQR", geographicalDQR);
        PactJson.put(node, "temporalDQR", temporalDQR);
        PactJson.putAll(node, others);
        return node;
    }
}
