package org.greenlane.server.footprint.results;

import com.fasterxml.jackson.databind.JsonNode;
import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing results as PACT v3 ProductFootprints: schema-valid documents, versions, status. */
class PublicationApiTest extends ServerTest {

    @Test
    void publishedFootprintsAreValidPactDocumentsAndSupersedeEachOther() throws Exception {
        PactSchema schema = PactSchema.load();
        String token = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        String productId = Https.read(https().json("POST", "/api/v1/products", token,
                "{\"name\":\"Galvanised wire\",\"hsCode\":\"72172000\",\"gtin\":\"5901234123457\",\"declaredUnit\":\"t\"}")
                .body()).get("id").asText();
        String systemId = Https.read(https().json("POST", "/api/v1/product-systems", token,
                FootprintApiTest.guided(productId)).body()).get("id").asText();
        String first = calculate(token, systemId);
        String second = calculate(token, systemId);
        String publication = """
                {"referencePeriodStart":"2024-01-01T00:00:00Z","referencePeriodEnd":"2025-01-01T00:00:00Z",
                 "validityPeriodStart":"2025-01-01T00:00:00Z","validityPeriodEnd":"2027-12-31T00:00:00Z",
                 "geographySubdivision":"CN-ZJ","productMassPerDeclaredUnit":1000,"fossilCarbonContent":1.5}""";

        HttpResponse<String> v1 = https().json("POST", "/api/v1/footprint-results/" + first + "/publication", token,
                publication);
        HttpResponse<String> v2 = https().json("POST", "/api/v1/footprint-results/" + second + "/publication", token,
                publication.replace("CN-ZJ", "CN-JS"));

        assertThat(v1.statusCode()).as(v1.body()).isEqualTo(201);
        assertThat(v2.statusCode()).as(v2.body()).isEqualTo(201);
        String id1 = Https.read(v1.body()).get("id").asText();
        String id2 = Https.read(v2.body()).get("id").asText();
        JsonNode pact1 = Https.read(https().get("/api/v1/published-footprints/" + id1 + "/pact", token).body());
        JsonNode pact2 = Https.read(https().get("/api/v1/published-footprints/" + id2 + "/pact", token).body());
        assertThat(schema.validate(pact1)).isEmpty();
        assertThat(schema.validate(pact2)).isEmpty();
        // The validator does check: PACT v3 wants decimals as strings.
        com.fasterxml.jackson.databind.node.ObjectNode numeric = pact2.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) numeric.get("pcf")).put("declaredUnitAmount", 1000);
        assertThat(schema.validate(numeric)).isNotEmpty();
        assertThat(pact1.get("status").asText()).isEqualTo("Deprecated");
        assertThat(pact2.get("status").asText()).isEqualTo("Active");
        assertThat(pact2.get("precedingPfIds").get(0).asText()).isEqualTo(id1);
        assertThat(pact2.get("productIds").toString()).contains("urn:gtin:05901234123457", "urn:uuid:" + productId);
        assertThat(pact2.get("productClassifications").get(0).asText())
                .isEqualTo("urn:pact:productclassification:cn:72172000");
        // The functional unit 1 t is declared as 1000 kilogram (PACT has no tonne).
        assertThat(pact2.at("/pcf/declaredUnitOfMeasurement").asText()).isEqualTo("kilogram");
        assertThat(pact2.at("/pcf/declaredUnitAmount").asText()).isEqualTo("1000");
        assertThat(pact2.at("/pcf/geographyCountrySubdivision").asText()).isEqualTo("CN-JS");
        assertThat(pact2.at("/pcf/pcfExcludingBiogenicUptake").isTextual()).isTrue();
        assertThat(pact2.at("/pcf/secondaryEmissionFactorSources/0/name").asText()).isEqualTo("greenlane-builtin");

        HttpResponse<String> deprecated = https().json("POST", "/api/v1/published-footprints/" + id2 + "/deprecation",
                token, "");
        assertThat(Https.read(deprecated.body()).get("status").asText()).isEqualTo("Deprecated");
        assertThat(schema.validate(Https.read(https().get("/api/v1/published-footprints/" + id2 + "/pact", token)
                .body()))).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    @Test
    void publicationAndDeprecationAreAnnouncedToTheExchange() {
        java.util.List<org.greenlane.server.footprint.FootprintPublication> announced =
                java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        context.addApplicationListener((org.springframework.context.ApplicationListener<
                org.springframework.context.PayloadApplicationEvent<org.greenlane.server.footprint.FootprintPublication>>)
                event -> announced.add(event.getPayload()));
        String token = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        String productId = Https.read(https().json("POST", "/api/v1/products", token,
                "{\"name\":\"Steel strip\",\"hsCode\":\"72119000\",\"declaredUnit\":\"t\"}").body()).get("id").asText();
        String systemId = Https.read(https().json("POST", "/api/v1/product-systems", token,
                FootprintApiTest.guided(productId)).body()).get("id").asText();
        String resultId = calculate(token, systemId);

        String id = Https.read(https().json("POST", "/api/v1/footprint-results/" + resultId + "/publication", token, """
                {"referencePeriodStart":"2024-01-01T00:00:00Z","referencePeriodEnd":"2025-01-01T00:00:00Z",
                 "productMassPerDeclaredUnit":1000}""").body()).get("id").asText();
        https().json("POST", "/api/v1/published-footprints/" + id + "/deprecation", token, "");

        assertThat(announced).filteredOn(p -> p.footprintId().toString().equals(id))
                .extracting(p -> Https.read(p.productFootprintJson()).get("status").asText())
                .containsExactly("Active", "Deprecated");
    }

    @Test
    void everyDemoPublishedFootprintIsSchemaValid() throws Exception {
        PactSchema schema = PactSchema.load();
        String token = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);

        JsonNode published = Https.read(https().get("/api/v1/published-footprints", token).body());

        assertThat(published.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode pf : published) {
            assertThat(schema.validate(pf.get("pact"))).as(pf.get("id").asText()).isEmpty();
        }
    }

    @Test
    void publicationNeedsItsPeriodAndNamesWrongFields() {
        String token = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        String resultId = Https.read(https().get("/api/v1/footprint-results", token).body()).get(0).get("id").asText();

        HttpResponse<String> missing = https().json("POST", "/api/v1/footprint-results/" + resultId + "/publication",
                token, "{\"productMassPerDeclaredUnit\":1}");
        HttpResponse<String> region = https().json("POST", "/api/v1/footprint-results/" + resultId + "/publication",
                token, """
                        {"referencePeriodStart":"2024-01-01T00:00:00Z","referencePeriodEnd":"2025-01-01T00:00:00Z",
                         "geographyRegion":"Middle Earth","productMassPerDeclaredUnit":1}""");

        assertThat(Https.read(missing.body()).at("/errors/0/field").asText()).isEqualTo("referencePeriodStart");
        assertThat(Https.read(region.body()).at("/errors/0/field").asText()).isEqualTo("geographyRegion");
    }

    private String calculate(String token, String systemId) {
        HttpResponse<String> r = https().json("POST", "/api/v1/product-systems/" + systemId + "/calculations", token, "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Https.read(r.body()).get("id").asText();
    }
}
