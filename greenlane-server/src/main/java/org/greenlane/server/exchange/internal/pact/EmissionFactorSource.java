package org.greenlane.server.exchange.internal.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** A secondary emission factor database used in the calculation, e.g. ecoinvent 3.9.1. */
public record EmissionFactorSource(String name, String version, Map<String, JsonNode> others) {

    static EmissionFactorSource read(PactFields fields) {
        return new EmissionFactorSource(fields.nonEmpty("name", true), fields.nonEmpty("version", true), fields.others());
    }

    ObjectNode toJson() {
        ObjectNode node = PactJson.object();
        PactJson.put(node, "name", name);
        PactJson.put(node, "version", version);
        PactJson.putAll(node, others);
        return node;
    }
}
