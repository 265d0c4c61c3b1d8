package org.greenlane.server.exchange.internal.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;

/** PACT v3 Verification of a CarbonFootprint (renamed from Assurance in 3.0). */
public record Verification(String coverage, String providerName, PactTime completedAt, String standardName,
                           String comments, Map<String, JsonNode> others) {

    private static final Set<String> COVERAGES = Set.of("PCF calculation model", "PCF program", "product level");

    static Verification read(PactFields fields) {
        return new Verification(
                fields.parsed("coverage", false, Verification::coverage),
                fields.string("providerName", false),
                fields.time("completedAt", false),
                fields.string("standardName", false),
                fields.string("comments", false),
                fields.others());
    }

    private static String coverage(String text) {
        if (!COVERAGES.contains(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a coverage; use PCF calculation model, PCF program or product level");
        }
        return text;
    }

    ObjectNode toJson() {
        ObjectNode node = PactJson.object();
        PactJson.put(node, "coverage", coverage);
        PactJson.put(node, "providerName", providerName);
        PactJson.put(node, "completedAt", completedAt);
        PactJson.put(node, "standardName", standardName);
        PactJson.put(node, "comments", comments);
        PactJson.putAll(node, others);
        return node;
    }
}
