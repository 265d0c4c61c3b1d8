package org.greenlane.server.exchange;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The normative PACT v3 material in ../shared/data/pact (never copied into the repository): the
 * OpenAPI document's JSON schemas and the example documents. Tests that need it skip where it is absent.
 */
public final class PactSpecification {

    private static final Path DATA = Path.of(System.getProperty("greenlane.repo.root", "."))
            .resolve("../shared/data/pact").normalize();
    private static final Path OPENAPI = DATA.resolve("pact-openapi-v3.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    static {
        // OpenAPI and PACT keywords (x-rule, x-term, example...) are documentation, not validation; don't warn of each.
        if (LoggerFactory.getLogger("com.networknt.schema.UnknownKeywordFactory") instanceof Logger logger) {
            logger.setLevel(Level.ERROR);
        }
    }

    private PactSpecification() {
    }

    /** Whether ../shared/data/pact is there; API tests check the schemas only then, and still run otherwise. */
    public static boolean present() {
        return Files.exists(OPENAPI);
    }

    /** Skips the calling test where the shared PACT material is absent. */
    public static void assumePresent() {
        assumeTrue(Files.exists(OPENAPI), "../shared/data/pact/pact-openapi-v3.yaml not present: skipping PACT schema checks");
    }

    /** A schema of the OpenAPI document's components, e.g. {@code ProductFootprint} or {@code Error}. */
    public static JsonSchema schema(String component) {
        assumePresent();
        return LOADED.computeIfAbsent(component, name -> {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return SCHEMAS.getSchema(SchemaLocation.of(OPENAPI.toUri() + "#/components/schemas/" + name), config);
        });
    }

    /** The validation messages of a document against a component schema; empty when it conforms. */
    public static Set<ValidationMessage> violations(String component, JsonNode document) {
        return schema(component).validate(document);
    }

    /** A ListFootprints or GetFootprint body: {@code data} as the response schema demands, each footprint valid. */
    public static void assertValidResponse(JsonNode body, boolean list) {
        assertThat(body.has("data")).as("response has data").isTrue();
        JsonNode data = body.get("data");
        if (list) {
            assertThat(data.isArray()).as("data is an array").isTrue();
        }
        if (present()) {
            for (JsonNode footprint : list ? data : List.of(data)) {
                assertThat(violations("ProductFootprint", footprint)).as("schema violations of %s", footprint.path("id")).isEmpty();
            }
        }
    }

    /** A PACT Error body with the expected code, valid against the Error schema. */
    public static void assertError(JsonNode body, String code) {
        assertThat(body.path("code").asText()).as("error code of %s", body).isEqualTo(code);
        assertThat(body.path("message").asText()).as("error message").isNotBlank();
        if (present()) {
            assertThat(violations("Error", body)).as("Error schema violations").isEmpty();
        }
    }

    /** An example file of v3-examples, e.g. {@code example-1.json}. */
    public static JsonNode example(String name) {
        Path file = DATA.resolve("v3-examples").resolve(name);
        assumeTrue(Files.exists(file), "../shared/data/pact/v3-examples/" + name + " not present: skipping");
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String exampleText(String name) {
        Path file = DATA.resolve("v3-examples").resolve(name);
        assumeTrue(Files.exists(file), "../shared/data/pact/v3-examples/" + name + " not present: skipping");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
