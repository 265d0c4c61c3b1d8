package org.greenlane.server.footprint.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The ProductFootprint schema of the PACT v3 OpenAPI document (../shared/data/pact/pact-openapi-v3.yaml), as a
 * JSON Schema 2020-12 whose references into components/schemas resolve inside the same document.
 */
final class PactSchema {

    private final JsonSchema schema;

    private PactSchema(JsonSchema schema) {
        this.schema = schema;
    }

    static PactSchema load() throws IOException {
        Path yaml = Path.of(System.getProperty("greenlane.repo.root", ".")).resolve("../shared/data/pact/pact-openapi-v3.yaml")
                .normalize();
        assumeTrue(Files.exists(yaml), "../shared/data/pact/pact-openapi-v3.yaml not present: skipping PACT schema validation");
        JsonNode openApi = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/ProductFootprint");
        root.putObject("components").set("schemas", openApi.at("/components/schemas"));
        return new PactSchema(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root));
    }

    Set<ValidationMessage> validate(JsonNode document) {
        return schema.validate(document);
    }
}
