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
    UserAccounts users;

    private UUID steel;
    private UUID solar;
    private String productOfA;
    private String userOfA;
    private String clientOfA;
    private String exporterOfB;
    private String adminOfB;
    private Https adminOfBSignedIn;
    private String declarationOfA;
    private String modelOfA;
    private String officerOfB;
    private Https officerOfBSignedIn;

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
        String adminEmail = "admin-" + UUID.randomUUID() + "@sz-solar.example";
        users.register(solar, adminEmail, "Isolation Admin", "isolation-password-1", Set.of(Role.ADMIN));
        adminOfBSignedIn = https();
        adminOfBSignedIn.signIn(adminEmail, "isolation-password-1");
        // Customs: a second customs authority's officer probes the demo authority's records.
        UUID ningbo = organisations.findByName("Ningbo Customs District (demo)").orElseThrow().id();
        declarationOfA = jdbc.sql("select id::text from customs_declaration where authority_id = :a and declarant_org_id = :s limit 1")
                .param("a", ningbo).param("s", steel).query(String.class).single();
        modelOfA = jdbc.sql("select id::text from customs_model where authority_id = :a limit 1").param("a", ningbo)
                .query(String.class).single();
        Organisation otherCustoms = organisations.register("Isolation Customs " + UUID.randomUUID(), OrganisationKind.CUSTOMS_AUTHORITY, "CN");
        ApiClients.Issued officer = clients.register(otherCustoms.id(), "isolation officer", Set.of(Role.CUSTOMS_OFFICER));
        officerOfB = https().token(officer.client().clientId(), officer.secret());
        String officerEmail = "officer-" + UUID.randomUUID() + "@other-customs.example";
        users.register(otherCustoms.id(), officerEmail, "Isolation Officer", "isolation-password-1", Set.of(Role.CUSTOMS_OFFICER));
        officerOfBSignedIn = https();
        officerOfBSignedIn.signIn(officerEmail, "isolation-password-1");
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
        probes.put("POST /admin/users/{id}/disable", http -> adminOfBSignedIn.postForm("/admin/users/" + userOfA + "/disable", "/admin"));
        probes.put("POST /admin/api-clients/{clientId}/delete", http -> adminOfBSignedIn.postForm("/admin/api-clients/" + clientOfA + "/delete", "/admin"));

        probes.put("GET /api/v1/customs/declarations/{id}", http -> http.get("/api/v1/customs/declarations/" + declarationOfA, officerOfB));
        probes.put("POST /api/v1/customs/declarations/{id}/inspection", http -> http.json("POST",
                "/api/v1/customs/declarations/" + declarationOfA + "/inspection", officerOfB, "{\"compliant\":true}"));
        probes.put("GET /api/v1/customs/enterprises/{code}", http -> http.get("/api/v1/customs/enterprises/TRD000", officerOfB));
        probes.put("PUT /api/v1/customs/enterprises/{code}", http -> http.send(http.request("/api/v1/customs/enterprises/TRD000")
                .header("Authorization", "Bearer " + officerOfB).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"taken over\",\"aeo\":false}"))));
        probes.put("POST /customs/enterprises/{code}", http -> officerOfBSignedIn.postForm("/customs/enterprises/TRD000", "/customs",
                Map.of("name", "taken over")));
        probes.put("PUT /api/v1/customs/offices/{code}", http -> http.send(http.request("/api/v1/customs/offices/NGB-BL")
                .header("Authorization", "Bearer " + officerOfB).header("Content-Type", "application/json").header("If-Match", "\"0\"")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"taken over\",\"expectedRed\":0.5,"
                        + "\"expectedYellow\":0.1,\"expectedBlue\":0.1,\"minimumRandom\":0.5,\"randomLane\":\"RED\"}"))));
        probes.put("GET /api/v1/customs/models/{id}", http -> http.get("/api/v1/customs/models/" + modelOfA, officerOfB));
        probes.put("POST /api/v1/customs/models/{id}/promote", http -> http.json("POST", "/api/v1/customs/models/" + modelOfA + "/promote", officerOfB, ""));
        probes.put("GET /customs/declarations/{id}", http -> officerOfBSignedIn.send(officerOfBSignedIn.request("/customs/declarations/" + declarationOfA).GET()));
        probes.put("POST /customs/declarations/{id}/inspection", http -> officerOfBSignedIn.postForm(
                "/customs/declarations/" + declarationOfA + "/inspection", "/customs", Map.of("outcome", "COMPLIANT")));
        probes.put("GET /customs/enterprises/{code}", http -> officerOfBSignedIn.send(officerOfBSignedIn.request("/customs/enterprises/TRD000").GET()));
        probes.put("POST /customs/offices/{code}", http -> officerOfBSignedIn.postForm("/customs/offices/NGB-BL", "/customs",
                Map.of("version", "0", "name", "taken over", "expectedRed", "50", "expectedYellow", "10", "expectedBlue", "10",
                        "minimumRandom", "50", "randomLane", "RED")));
        probes.put("POST /customs/models/{id}/promote", http -> officerOfBSignedIn.postForm("/customs/models/" + modelOfA + "/promote", "/customs"));

        assertThat(probes.keySet()).as("endpoints that take an id; add a probe for each new one")
                .containsExactlyInAnyOrderElementsOf(endpointsTakingAnId());

        probes.forEach((endpoint, probe) -> {
            HttpResponse<String> response = probe.apply(https());
            assertThat(response.statusCode()).as(endpoint).isEqualTo(404);
            if (endpoint.contains(" /api/")) {
                assertThat(response.headers().firstValue("Content-Type")).as(endpoint).hasValue("application/problem+json");
            }
        });

        assertThat(jdbc.sql("select name from product where id = :id::uuid").param("id", productOfA).query(String.class).single())
                .isNotEqualTo("taken over");
        assertThat(jdbc.sql("select enabled from app_user where id = :id::uuid").param("id", userOfA).query(Boolean.class).single())
                .isTrue();
        assertThat(clients.find(clientOfA)).isPresent();
        assertThat(jdbc.sql("select name from customs_office where code = 'NGB-BL'").query(String.class).single())
                .isNotEqualTo("taken over");
        // An enterprise never sees another enterprise's declaration either.
        assertThat(https().get("/api/v1/customs/declarations/" + declarationOfA, exporterOfB).statusCode()).isEqualTo(404);
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
        return endpoints;
    }
}
