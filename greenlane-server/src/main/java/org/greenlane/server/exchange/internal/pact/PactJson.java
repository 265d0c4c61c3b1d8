package org.greenlane.server.exchange.internal.pact;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Map;

/**
 * JSON for PACT documents: duplicate keys are refused (a document must mean one thing), numbers
 * in extensions keep their exact text, and documents are written in the specification's key order.
 */
public final class PactJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setNodeFactory(NODES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private PactJson() {
    }

    /** Parses JSON text; malformed JSON is reported as a problem of {@code field}. */
    public static JsonNode read(String json, String field) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new InvalidPactDocument(field, "is empty");
            }
            return node;
        } catch (JsonProcessingException malformed) {
            throw new InvalidPactDocument(field, "is not valid JSON (" + malformed.getOriginalMessage() + ")");
        }
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree cannot fail to serialise", e);
        }
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    static void put(ObjectNode node, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof JsonNode json) {
            node.set(name, json.deepCopy());
        } else if (value instanceof Boolean flag) {
            node.put(name, flag);
        } else if (value instanceof Collection<?> values) {
            ArrayNode array = node.putArray(name);
            for (Object element : values) {
                array.add(element instanceof JsonNode json ? json.deepCopy() : NODES.textNode(element.toString()));
            }
        } else {
            // Strings, decimals, times, UUIDs and enums write their PACT text.
            node.put(name, value.toString());
        }
    }

    static void putAll(ObjectNode node, Map<String, JsonNode> others) {
        others.forEach((name, value) -> node.set(name, value.deepCopy()));
    }
}
