package org.greenlane.server.exchange.internal.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A set of product or sector specific rules (PCR, PEFCR) applied in the calculation. */
public record ProductOrSectorSpecificRule(String operator, List<String> ruleNames, String otherOperatorName,
                                          Map<String, JsonNode> others) {

    private static final Set<String> OPERATORS = Set.of("PEF", "EPD International", "Other");

    static ProductOrSectorSpecificRule read(PactFields fields) {
        return new ProductOrSectorSpecificRule(
                fields.parsed("operator", true, ProductOrSectorSpecificRule::operator),
                fields.set("ruleNames", true, ProductOrSectorSpecificRule::name),
                fields.nonEmpty("otherOperatorName", false),
                fields.others());
    }

    private static String operator(String text) {
        if (!OPERATORS.contains(text)) {
            throw new IllegalArgumentException("'" + text + "' is not an operator; use PEF, EPD International or Other");
        }
        return text;
    }

    private static String name(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("must not be empty");
        }
        return text;
    }

    ObjectNode toJson() {
        ObjectNode node = PactJson.object();
        PactJson.put(node, "operator", operator);
        PactJson.put(node, "ruleNames", ruleNames);
        PactJson.put(node, "otherOperatorName", otherOperatorName);
        PactJson.putAll(node, others);
        return node;
    }
}
