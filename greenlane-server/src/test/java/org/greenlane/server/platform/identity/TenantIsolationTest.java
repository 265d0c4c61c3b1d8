package org.greenlane.server.platform.identity;

import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations never see each other's records: for EVERY endpoint that takes an id, a caller of
 * organisation B who holds the right role gets 404 for organisation A's record, and the record is
 * unchanged afterwards. The endpoint list is read from the running application, so a new endpoint
 * with an id fails this test until it is added here.
 */
class TenantIsolationTest extends ServerTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Organisations organisations;
    @Autowired
    ApiClients clients;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.greenlane.server.footprint.factors.FactorDatasets factorDatasets;

    private UUID steel;
    private UUID solar;
    private String productOfA;
    private String userOfA;
    private String clientOfA;
    private String exporterOfB;
    private String adminOfB;
    private Https webOfB;
    private String systemOfA;
    private String resultOfA;
    private String certificateOfA;
    private String publishedOfA;
    private String datasetOfA;

    @BeforeEach
    void twoTenants() {
        steel = organisations.findByName("Zhejiang Lvyuan Steel Co., Ltd.").orElseThrow().id();
        solar = organisations.findByName("Shenzhen Sunpath Solar Technology Co., Ltd.").orElseThrow().id();
        productOfA = jdbc.sql("select id::text from product where organisation_id = :o limit 1").param("o", steel).query(String.class).single();
        userOfA = jdbc.sql("select id::text from app_user where organisation_id = :o limit 1").param("o", steel).query(String.class).single();
        clientOfA = DemoLogins.CLIENT_ID;
        ApiClients.Issued exporter = clients.register(solar, "isolation exporter", Set.of(Role.EXPORTER));
        ApiClients.Issued admin = clients.register(solar, "isolation admin", Set.of(Role.ADMIN));
        exporterOfB = https().token(exporter.client().clientId(), exporter.secret());
        adminOfB = https().token(admin.client().clientId(), admin.secret());
        systemOfA = firstId("product_system", steel);
        resultOfA = firstId("footprint_result", steel);
        certificateOfA = firstId("electricity_certificate", steel);
        publishedOfA = jdbc.sql("select id::text from published_footprint where organisation_id = :o and status = 'Active' limit 1")
                .param("o", steel).query(String.class).single();
        datasetOfA = jdbc.sql("select id::text from factor_dataset where organisation_id = :o limit 1").param("o", steel)
                .query(String.class).optional().orElseGet(() -> factorDatasets.store(steel,
                        org.greenlane.server.footprint.factors.FactorCsv.read("# dataset: steel-own\n# version: 1\n"
                                + "# name: Steel's own factors\nactivity,region,unit,gas,kg_per_unit,co2e_basis,source,"
                                + "publisher,year,licence,dqr_technological,dqr_geographical,dqr_temporal\n"
                                + "material.own-billet,CN,t,CO2E,1800,AR6,Own EPD,Lvyuan,2024,own,1,1,1\n", "own.csv")
                                .content(), false).id().toString());
        webOfB = https();
        webOfB.signIn(DemoLogins.SOLAR_EXPORTER, DemoLogins.PASSWORD);
    }

    private String firstId(String table, UUID organisation) {
        return jdbc.sql("select id::text from " + table + " where organisation_id = :o limit 1").param("o", organisation)
                .query(String.class).single();
    }

    @Test
    void everyEndpointWithAnIdAnswers404ToAnotherOrganisation() {
        Map<String, Function<Https, HttpResponse<String>>> probes = new LinkedHashMap<>();
        probes.put("GET /api/v1/products/{id}", http -> http.get("/api/v1/products/" + productOfA, exporterOfB));
        probes.put("PUT /api/v1/products/{id}", http -> http.send(http.request("/api/v1/products/" + productOfA)
                .header("Authorization", "Bearer " + exporterOfB)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"0\"")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"taken over\",\"declaredUnit\":\"kg\"}"))));
        probes.put("DELETE /api/v1/products/{id}", http -> http.json("DELETE", "/api/v1/products/" + productOfA, exporterOfB, ""));
        probes.put("GET /api/v1/users/{id}", http -> http.get("/api/v1/users/" + userOfA, adminOfB));
        probes.put("DELETE /api/v1/users/{id}", http -> http.json("DELETE", "/api/v1/users/" + userOfA, adminOfB, ""));
        probes.put("GET /api/v1/api-clients/{clientId}", http -> http.get("/api/v1/api-clients/" + clientOfA, adminOfB));
        probes.put("DELETE /api/v1/api-clients/{clientId}", http -> http.json("DELETE", "/api/v1/api-clients/" + clientOfA, adminOfB, ""));
        // Footprints (issue 3).
        probes.put("GET /api/v1/product-systems/{id}", http -> http.get("/api/v1/product-systems/" + systemOfA, exporterOfB));
        probes.put("PUT /api/v1/product-systems/{id}", http -> http.send(http.request("/api/v1/product-systems/" + systemOfA)
                .header("Authorization", "Bearer " + exporterOfB).header("Content-Type", "application/json")
                .header("If-Match", "\"0\"").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"taken over\"}"))));
        probes.put("PUT /api/v1/product-systems/{id}/spreadsheet", http -> http.send(http.request("/api/v1/product-systems/"
                + systemOfA + "/spreadsheet").header("Authorization", "Bearer " + exporterOfB).header("If-Match", "\"0\"")
                .header("Content-Type", "multipart/form-data; boundary=b").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\nsheet\r\n--b--\r\n"))));
        probes.put("DELETE /api/v1/product-systems/{id}", http -> http.json("DELETE", "/api/v1/product-systems/" + systemOfA, exporterOfB, ""));
        probes.put("POST /api/v1/product-systems/{id}/calculations", http -> http.json("POST", "/api/v1/product-systems/" + systemOfA + "/calculations", exporterOfB, ""));
        probes.put("POST /api/v1/product-systems/{id}/scenario-comparisons", http -> http.json("POST", "/api/v1/product-systems/"
                + systemOfA + "/scenario-comparisons", exporterOfB, "[{\"name\":\"x\",\"changes\":[{\"type\":\"GREEN_ELECTRICITY\",\"share\":1}]}]"));
        probes.put("GET /api/v1/footprint-results/{id}", http -> http.get("/api/v1/footprint-results/" + resultOfA, exporterOfB));
        probes.put("GET /api/v1/footprint-results/{id}/product-system", http -> http.get("/api/v1/footprint-results/" + resultOfA + "/product-system", exporterOfB));
        probes.put("GET /api/v1/footprint-results/{id}/upstream-tree", http -> http.get("/api/v1/footprint-results/" + resultOfA + "/upstream-tree", exporterOfB));
        probes.put("POST /api/v1/footprint-results/{id}/monte-carlo", http -> http.json("POST", "/api/v1/footprint-results/" + resultOfA + "/monte-carlo", exporterOfB, "{\"iterations\":10}"));
        probes.put("GET /api/v1/footprint-results/{id}/monte-carlo", http -> http.get("/api/v1/footprint-results/" + resultOfA + "/monte-carlo", exporterOfB));
        probes.put("POST /api/v1/footprint-results/{id}/reproduction", http -> http.json("POST", "/api/v1/footprint-results/" + resultOfA + "/reproduction", exporterOfB, ""));
        probes.put("POST /api/v1/footprint-results/{id}/publication", http -> http.json("POST", "/api/v1/footprint-results/" + resultOfA + "/publication", exporterOfB,
                "{\"referencePeriodStart\":\"2024-01-01T00:00:00Z\",\"referencePeriodEnd\":\"2025-01-01T00:00:00Z\",\"productMassPerDeclaredUnit\":1}"));
        probes.put("GET /api/v1/footprint-results/{id}/report.pdf", http -> http.get("/api/v1/footprint-results/" + resultOfA + "/report.pdf", exporterOfB));
        probes.put("GET /api/v1/electricity-certificates/{id}", http -> http.get("/api/v1/electricity-certificates/" + certificateOfA, exporterOfB));
        probes.put("DELETE /api/v1/electricity-certificates/{id}", http -> http.json("DELETE", "/api/v1/electricity-certificates/" + certificateOfA, exporterOfB, ""));
        probes.put("GET /api/v1/published-footprints/{id}", http -> http.get("/api/v1/published-footprints/" + publishedOfA, exporterOfB));
        probes.put("GET /api/v1/published-footprints/{id}/pact", http -> http.get("/api/v1/published-footprints/" + publishedOfA + "/pact", exporterOfB));
        probes.put("POST /api/v1/published-footprints/{id}/deprecation", http -> http.json("POST", "/api/v1/published-footprints/" + publishedOfA + "/deprecation", exporterOfB, ""));
        // Platform datasets are reference data for everyone; an organisation's own dataset is its alone.
        probes.put("GET /api/v1/factor-datasets/{id}", http -> http.get("/api/v1/factor-datasets/" + datasetOfA, exporterOfB));
        probes.put("GET /api/v1/factor-datasets/{id}/factors", http -> http.get("/api/v1/factor-datasets/" + datasetOfA + "/factors", exporterOfB));
        probes.put("DELETE /api/v1/factor-datasets/{id}", http -> http.json("DELETE", "/api/v1/factor-datasets/" + datasetOfA, exporterOfB, ""));

        // Footprint pages answer the 404 page to a signed-in exporter of B.
        Map<String, Function<Https, HttpResponse<String>>> pages = new LinkedHashMap<>();
        pages.put("GET /footprints/systems/{id}", http -> page(http, "/footprints/systems/" + systemOfA));
        pages.put("POST /footprints/systems/{id}", http -> form(http, "/footprints/systems/" + systemOfA, "name=taken+over&version=0"));
        pages.put("POST /footprints/systems/{id}/upload", http -> upload(http, "/footprints/systems/" + systemOfA + "/upload"));
        pages.put("POST /footprints/systems/{id}/delete", http -> form(http, "/footprints/systems/" + systemOfA + "/delete", ""));
        pages.put("POST /footprints/systems/{id}/calculation", http -> form(http, "/footprints/systems/" + systemOfA + "/calculation", ""));
        pages.put("GET /footprints/systems/{id}/scenarios", http -> page(http, "/footprints/systems/" + systemOfA + "/scenarios"));
        pages.put("POST /footprints/systems/{id}/scenarios", http -> form(http, "/footprints/systems/" + systemOfA + "/scenarios", ""));
        pages.put("GET /footprints/results/{id}", http -> page(http, "/footprints/results/" + resultOfA));
        pages.put("POST /footprints/results/{id}/monte-carlo", http -> form(http, "/footprints/results/" + resultOfA + "/monte-carlo", "iterations=10"));
        pages.put("POST /footprints/results/{id}/reproduction", http -> form(http, "/footprints/results/" + resultOfA + "/reproduction", ""));
        pages.put("GET /footprints/results/{id}/report", http -> page(http, "/footprints/results/" + resultOfA + "/report"));
        pages.put("GET /footprints/results/{id}/report.pdf", http -> page(http, "/footprints/results/" + resultOfA + "/report.pdf"));
        pages.put("GET /footprints/results/{id}/publication", http -> page(http, "/footprints/results/" + resultOfA + "/publication"));
        pages.put("POST /footprints/results/{id}/publication", http -> form(http, "/footprints/results/" + resultOfA + "/publication",
                "referencePeriodStart=2024-01-01&referencePeriodEnd=2024-12-31&productMassPerDeclaredUnit=1"));
        pages.put("GET /footprints/published/{id}", http -> page(http, "/footprints/published/" + publishedOfA));
        pages.put("POST /footprints/published/{id}/deprecation", http -> form(http, "/footprints/published/" + publishedOfA + "/deprecation", ""));
        pages.put("POST /footprints/certificates/{id}/delete", http -> form(http, "/footprints/certificates/" + certificateOfA + "/delete", ""));
        pages.put("GET /footprints/factors/datasets/{id}", http -> page(http, "/footprints/factors/datasets/" + datasetOfA));

        java.util.Set<String> probed = new java.util.TreeSet<>(probes.keySet());
        probed.addAll(pages.keySet());
        assertThat(probed).as("endpoints that take an id; add a probe for each new one")
                .containsExactlyInAnyOrderElementsOf(endpointsTakingAnId());

        pages.forEach((endpoint, probe) -> {
            HttpResponse<String> response = probe.apply(webOfB);
            assertThat(response.statusCode()).as(endpoint).isEqualTo(404);
        });

        probes.forEach((endpoint, probe) -> {
            HttpResponse<String> response = probe.apply(https());
            assertThat(response.statusCode()).as(endpoint).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(endpoint).hasValue("application/problem+json");
        });

        assertThat(jdbc.sql("select name from product where id = :id::uuid").param("id", productOfA).query(String.class).single())
                .isNotEqualTo("taken over");
        assertThat(jdbc.sql("select enabled from app_user where id = :id::uuid").param("id", userOfA).query(Boolean.class).single())
                .isTrue();
        assertThat(clients.find(clientOfA)).isPresent();
        assertThat(jdbc.sql("select name from product_system where id = :id::uuid").param("id", systemOfA).query(String.class).single())
                .isNotEqualTo("taken over");
        assertThat(jdbc.sql("select status from published_footprint where id = :id::uuid").param("id", publishedOfA)
                .query(String.class).single()).isEqualTo("Active");
        assertThat(jdbc.sql("select count(*) from electricity_certificate where id = :id::uuid").param("id", certificateOfA)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from factor_dataset where id = :id::uuid").param("id", datasetOfA)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** A multipart upload with a small csv, as the replace-from-spreadsheet form sends it. */
    private static HttpResponse<String> upload(Https http, String path) {
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page(http, "/footprints/certificates").body());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token");
        }
        String body = "--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1)
                + "\r\n--b\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n0"
                + "\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\nsheet\r\n--b--\r\n";
        return http.send(http.request(path).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> page(Https http, String path) {
        return http.send(http.request(path).GET());
    }

    /** A form post with the CSRF token of the signed-in session (taken from a page of B's own). */
    private static HttpResponse<String> form(Https http, String path, String fields) {
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page(http, "/footprints/certificates").body());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token");
        }
        String body = (fields.isEmpty() ? "" : fields + "&") + "_csrf=" + java.net.URLEncoder.encode(csrf.group(1),
                java.nio.charset.StandardCharsets.UTF_8);
        return http.send(http.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void listsShowOnlyTheCallersOwnRecords() {
        String steelToken = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);

        var steelProducts = Https.read(https().get("/api/v1/products", steelToken).body());
        var solarProducts = Https.read(https().get("/api/v1/products", exporterOfB).body());

        steelProducts.forEach(product -> assertThat(product.get("organisationId").asText()).isEqualTo(steel.toString()));
        solarProducts.forEach(product -> assertThat(product.get("organisationId").asText()).isEqualTo(solar.toString()));
        assertThat(Https.read(https().get("/api/v1/users", adminOfB).body()))
                .allSatisfy(user -> assertThat(user.get("organisationId").asText()).isEqualTo(solar.toString()));
    }

    private Set<String> endpointsTakingAnId() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    endpoints.add(method + " " + pattern);
                }
            }
        }
        // The section pages take a name from a fixed list, not a record id.
        endpoints.removeIf(endpoint -> endpoint.startsWith("GET /{section"));
        // Spreadsheet templates are the same for everyone: a name from a fixed list, not a record id.
        endpoints.removeIf(endpoint -> endpoint.startsWith("GET /footprints/templates/"));
        return endpoints;
    }
}
