package org.greenlane.server.exchange.internal.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/** A PACT data model extension: data conforming to a published extension schema, kept as received. */
public record DataModelExtension(String specVersion, String dataSchema, String documentation, ObjectNode data,
                                 Map<String, JsonNode> others) {

    static DataModelExtension read(PactFields fields) {
        return new DataModelExtension(
                fields.nonEmpty("specVersion", true),
                fields.parsed("dataSchema", true, DataModelExtension::uri),
                fields.parsed("documentation", false, DataModelExtension::uri),
                fields.rawObject("data", true),
                fields.others());
    }

    static String uri(String text) {
        try {
            if (new URI(text).getScheme() == null) {
                throw new IllegalArgumentException("'" + text + "' is not an absolute URI");
            }
            return text;
        } catch (URISyntaxException notAUri) {
            throw new IllegalArgumentException("'" + text + "' is not a URI");
        }
    }

    ObjectNode toJson() {
        ObjectNode node = PactJson.object();
        PactJson.put(node, "specVersion", specVersion);
        PactJson.put(node, "dataSchema", dataSchema);
        PactJson.put(node, "documentation", documentation);
        PactJson.put(node, "data", data);
        PactJson.putAll(node, others);
        return node;
    }
}
