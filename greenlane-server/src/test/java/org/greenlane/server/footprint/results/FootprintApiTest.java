package org.greenlane.server.footprint.results;

import com.fasterxml.jackson.databind.JsonNode;
import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Product systems, calculations and results through the API, as an exporter's ERP connector would use them. */
class FootprintApiTest extends ServerTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.greenlane.server.platform.identity.Organisations organisations;
    @org.springframework.beans.factory.annotation.Autowired
    org.greenlane.server.platform.identity.ApiClients clients;

    private String token;
    private String productId;

    @BeforeEach
    void exporter() {
        token = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        HttpResponse<String> product = https().json("POST", "/api/v1/products", token,
                "{\"name\":\"Steel wire, 2 mm\",\"hsCode\":\"72171010\",\"declaredUnit\":\"t\"}");
        productId = Https.read(product.body()).get("id").asText();
    }

    static String guided(String productId) {
        return """
                {"productId":"%s","name":"Wire drawing 2025","guided":{
                  "site":"CN-ZJ","produced":{"amount":1,"unit":"t"},
                  "materials":[{"name":"Wire rod","amount":1.05,"unit":"t","supplier":"Rod mill",
                                "supplierKgCo2ePerUnit":2000}],
                  "energy":[{"kind":"ELECTRICITY","amount":100,"unit":"kWh"}],
                  "emissions":[{"gas":"CH4_FOSSIL","amount":1,"unit":"kg"}],
                  "transport":[{"name":"To Ningbo port","leg":"OUTBOUND","mode":"ROAD","massTonnes":1,"distanceKm":150}]
                }}""".formatted(productId);
    }

    @Test
    void guidedSystemIsCalculatedTracedAndReproduced() {
        HttpResponse<String> created = https().json("POST", "/api/v1/product-systems", token, guided(productId));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String systemId = Https.read(created.body()).get("id").asText();
        assertThat(Https.read(created.body()).get("processes")).hasSize(3);

        HttpResponse<String> calculated = https().json("POST", "/api/v1/product-systems/" + systemId + "/calculations",
                token, "");
        assertThat(calculated.statusCode()).as(calculated.body()).isEqualTo(201);
        JsonNode result = Https.read(calculated.body());
        JsonNode report = result.get("report");
        // Hand calculation, per 1 t of wire (AR6):
        //   wire rod 1.05 t x 2000 kg CO2e/t (supplier)            = 2100
        //   electricity 100 kWh x 0.8046 (CN-E grid, built-in)      = 80.46  (CN-ZJ falls back to the East China grid)
        //   CH4 1 kg x 29.8 (AR6 fossil methane)                   = 29.8
        //   road 1 t x 150 km x 0.12042 kg CO2e/t*km (DESNZ HGV)   = 18.063
        double expected = 2100 + 100 * gridEast() + 29.8 + 150 * 0.12042;
        assertThat(report.get("totalKgCo2e").asDouble()).isCloseTo(expected, within(1e-6));
        assertThat(report.at("/byStage/RAW_MATERIAL_ACQUISITION").asDouble()).isCloseTo(2100, within(1e-9));
        assertThat(report.at("/byStage/DISTRIBUTION").asDouble()).isCloseTo(150 * 0.12042, within(1e-9));
        assertThat(report.get("factorDatasets").toString()).contains("greenlane-builtin@2025.1");
        double traced = 0;
        for (JsonNode process : report.get("byProcess")) {
            double sum = 0;
            for (JsonNode trace : process.get("traces")) {
                sum += trace.get("kgCo2e").asDouble();
            }
            assertThat(sum).as(process.get("processId").asText())
                    .isCloseTo(process.get("directKgCo2e").asDouble(), within(1e-9));
            traced += sum;
        }
        assertThat(traced).isCloseTo(expected, within(1e-6));
        JsonNode electricity = findTrace(report, "grid electricity");
        assertThat(electricity.get("dataset").asText()).isEqualTo("greenlane-builtin@2025.1");
        assertThat(electricity.get("usedRegion").asText()).isEqualTo("CN-E");
        assertThat(electricity.get("source").asText()).contains("GHG Protocol");

        String resultId = result.get("id").asText();
        HttpResponse<String> reproduction = https().json("POST", "/api/v1/footprint-results/" + resultId
                + "/reproduction", token, "");
        assertThat(Https.read(reproduction.body()).get("reproduced").asBoolean()).as(reproduction.body()).isTrue();

        JsonNode tree = Https.read(https().get("/api/v1/footprint-results/" + resultId
                + "/upstream-tree?cutOff=0.001&maxDepth=3", token).body());
        assertThat(tree.get("result").asDouble()).isCloseTo(expected, within(1e-6));
        assertThat(tree.get("children")).hasSize(2);

        HttpResponse<String> mc = https().json("POST", "/api/v1/footprint-results/" + resultId + "/monte-carlo", token,
                "{\"iterations\":200,\"seed\":7}");
        assertThat(mc.statusCode()).as(mc.body()).isEqualTo(200);
        assertThat(Https.read(mc.body()).get("deterministicKgCo2e").asDouble()).isCloseTo(expected, within(1e-6));
        assertThat(Https.read(https().get("/api/v1/footprint-results/" + resultId + "/monte-carlo", token).body()))
                .hasSize(1);
    }

    @Test
    void scenariosAreComparedSideBySide() {
        // An organisation without certificates, so green electricity is not already covered.
        var organisation = organisations.register("Scenario Wire Co. " + java.util.UUID.randomUUID(),
                org.greenlane.server.platform.identity.OrganisationKind.ENTERPRISE, "CN");
        var client = clients.register(organisation.id(), "scenario test",
                java.util.Set.of(org.greenlane.server.platform.identity.Role.EXPORTER));
        String own = https().token(client.client().clientId(), client.secret());
        String ownProduct = Https.read(https().json("POST", "/api/v1/products", own,
                "{\"name\":\"Steel wire, 2 mm\",\"declaredUnit\":\"t\"}").body()).get("id").asText();
        String systemId = Https.read(https().json("POST", "/api/v1/product-systems", own, guided(ownProduct)).body())
                .get("id").asText();

        HttpResponse<String> compared = https().json("POST", "/api/v1/product-systems/" + systemId
                + "/scenario-comparisons", own, """
                [{"name":"Rail instead of road","changes":[{"type":"TRANSPORT_MODE_SHIFT","fromMode":"ROAD","toMode":"RAIL"}]},
                 {"name":"Half green power","changes":[{"type":"GREEN_ELECTRICITY","share":0.5}]},
                 {"name":"Nothing to shift","changes":[{"type":"TRANSPORT_MODE_SHIFT","fromMode":"AIR","toMode":"SEA"}]}]""");

        assertThat(compared.statusCode()).as(compared.body()).isEqualTo(200);
        JsonNode c = Https.read(compared.body());
        double baseline = c.at("/baseline/totalKgCo2e").asDouble();
        // Road 0.12042 to rail 0.03470 kg CO2e per t*km (DESNZ 2023, built-in): 150 t*km x (0.03470 - 0.12042).
        assertThat(c.at("/scenarios/0/deltaKgCo2e").asDouble()).isCloseTo(150 * (0.03470 - 0.12042), within(1e-9));
        // A PPA at 0 kg/MWh covering half of 100 kWh removes 50 kWh at the residual mix; CN has none in the built-in
        // set, so the grid factor stands in (and the result says so); location-based does not move.
        assertThat(c.at("/scenarios/1/totalKgCo2e").asDouble()).isCloseTo(baseline, within(1e-9));
        assertThat(c.at("/scenarios/1/marketBasedDeltaKgCo2e").asDouble()).isCloseTo(-50 * gridEast(), within(1e-9));
        assertThat(c.at("/scenarios/2/warnings/0").asText()).contains("matched no exchange");
    }

    @Test
    void everyStoredDemoResultIsReproducedExactly() {
        // The demo results include certificate claims (market-based), an AR5 and an AR6 calculation, guided and
        // process-data systems and uncertain amounts: recalculating each from its records gives the same numbers.
        for (JsonNode result : Https.read(https().get("/api/v1/footprint-results?limit=500", token).body())) {
            JsonNode reproduction = Https.read(https().json("POST", "/api/v1/footprint-results/" + result.get("id").asText()
                    + "/reproduction", token, "").body());
            assertThat(reproduction.get("reproduced").asBoolean()).as(reproduction.toString()).isTrue();
        }
    }

    @Test
    void spreadsheetUploadCreatesASystemOrNothing() {
        String good = org.greenlane.server.footprint.systems.SystemSpreadsheetsTestAccess.billOfMaterialsCsv();
        HttpResponse<String> created = https().send(upload("/api/v1/product-systems/spreadsheets?productId=" + productId
                + "&name=Uploaded", "bom.csv", good));
        HttpResponse<String> broken = https().send(upload("/api/v1/product-systems/spreadsheets?productId=" + productId
                + "&name=Broken", "bom.csv", good.replace("1.03", "1.03x")));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Https.read(created.body()).get("kind").asText()).isEqualTo("GUIDED");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(Https.read(broken.body()).at("/errors/0/message").asText())
                .matches("sheet 'Materials', row \\d+, column [A-Z]+ \\(amount\\): '1.03x' is not a number");
        assertThat(Https.read(https().get("/api/v1/product-systems?productId=" + productId, token).body()))
                .extracting(n -> n.get("name").asText()).containsExactly("Uploaded");
    }

    private HttpRequest.Builder upload(String path, String fileName, String content) {
        String boundary = "----upload";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return https().request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void aSystemThatCannotBeCalculatedNamesTheExchange() {
        String body = """
                {"productId":"%s","name":"Broken","guided":{"site":"CN-ZJ","produced":{"amount":1,"unit":"t"},
                  "energy":[{"kind":"FUEL","activity":"fuel.combustion.peat","amount":1,"unit":"GJ"}]}}"""
                .formatted(productId);
        String systemId = Https.read(https().json("POST", "/api/v1/product-systems", token, body).body())
                .get("id").asText();

        HttpResponse<String> refused = https().json("POST", "/api/v1/product-systems/" + systemId + "/calculations",
                token, "");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Https.read(refused.body()).get("detail").asText())
                .contains("process production", "energy 1: fuel.combustion.peat", "no emission factor");
    }

    @Test
    void invalidDraftsNameTheField() {
        HttpResponse<String> response = https().json("POST", "/api/v1/product-systems", token, """
                {"productId":"%s","name":"x","guided":{"site":"CN-ZJ","produced":{"amount":1,"unit":"t"},
                  "materials":[{"name":"Rod","amount":-1,"unit":"t","supplierKgCo2ePerUnit":1}]}}"""
                .formatted(productId));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Https.read(response.body()).at("/errors/0/field").asText()).isEqualTo("guided.materials[0].amount");
    }

    @Test
    void editsAreOptimistic() {
        HttpResponse<String> created = https().json("POST", "/api/v1/product-systems", token, guided(productId));
        String systemId = Https.read(created.body()).get("id").asText();

        HttpResponse<String> changed = put("/api/v1/product-systems/" + systemId, "\"0\"",
                guided(productId).replace("Wire drawing 2025", "Wire drawing 2026"));
        HttpResponse<String> stale = put("/api/v1/product-systems/" + systemId, "\"0\"", guided(productId));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Https.read(changed.body()).get("name").asText()).isEqualTo("Wire drawing 2026");
        assertThat(stale.statusCode()).isEqualTo(409);
    }

    private HttpResponse<String> put(String path, String ifMatch, String body) {
        return https().send(https().request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * CN-E (East China) grid in the built-in set (decision 014): 0.8046 kg CO2e/kWh, GHG Protocol cross-sector
     * tools (2021) as compiled in the Climatiq OEFDB.
     */
    static double gridEast() {
        return 0.8046;
    }

    private static JsonNode findTrace(JsonNode report, String exchange) {
        for (JsonNode process : report.get("byProcess")) {
            for (JsonNode trace : process.get("traces")) {
                if (trace.get("exchange").asText().contains(exchange)) {
                    return trace;
                }
            }
        }
        throw new AssertionError("no trace " + exchange);
    }
}
