package org.greenlane.server.platform.identity;

import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.greenlane.server.exchange.PactPartners;
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
    @Autowired
    PactPartners pactPartners;

    private UUID steel;
    private UUID solar;
    private String productOfA;
    private String userOfA;
    private String clientOfA;
    private String exporterOfB;
    private String adminOfB;
    private Https adminOfBSignedIn;
    private String footprintOfA;
    private String pactPartnerOfB;
    private String partnerOfA;
    private String requestOfA;
    private String partnerIdOfB;
    private Https exporterOfBSignedIn;

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
        footprintOfA = jdbc.sql("select id::text from pact_footprint where organisation_id = :o limit 1").param("o", steel).query(String.class).single();
        PactPartners.Issued partner = pactPartners.create(solar, "isolation partner " + UUID.randomUUID(), true);
        pactPartnerOfB = https().token(partner.clientId(), partner.clientSecret());
        partnerIdOfB = partner.partnerId().toString();
        partnerOfA = pactPartners.create(steel, "isolation partner " + UUID.randomUUID(), false).partnerId().toString();
        requestOfA = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into pact_request_received (id, organisation_id, partner_id, event_id, source, criteria, status)
                        values (:id::uuid, :o, :p::uuid, :e, '//isolation.example/3/events', '{}', 'OPEN')""")
                .param("id", requestOfA).param("o", steel).param("p", partnerOfA).param("e", UUID.randomUUID().toString()).update();
        exporterOfBSignedIn = https();
        exporterOfBSignedIn.signIn(DemoLogins.SOLAR_EXPORTER, DemoLogins.PASSWORD);
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
        // PACT GetFootprint answers with PACT Error bodies, not problem+json. A partner of B asking for A's footprint
        // gets 404 NotFound, exactly as for an unknown id; PACT's 403 AccessDenied is only for footprints of the
        // partner's own data owner that were not shared with it (ExchangeFootprintsApiTest).
        probes.put("GET /3/footprints/{id}", http -> http.get("/3/footprints/" + footprintOfA, pactPartnerOfB));
        probes.put("POST /exchange/partners/{id}/share-all", http -> exchangeForm("/exchange/partners/" + partnerOfA + "/share-all",
                Map.of("shareAll", "true")));
        probes.put("POST /exchange/partners/{id}/delete", http -> exchangeForm("/exchange/partners/" + partnerOfA + "/delete", Map.of()));
        probes.put("POST /exchange/partners/{id}/host", http -> exchangeForm("/exchange/partners/" + partnerOfA + "/host",
                Map.of("baseUrl", "https://taken-over.example", "clientId", "x", "clientSecret", "y")));
        probes.put("POST /exchange/partners/{id}/host/delete", http -> exchangeForm("/exchange/partners/" + partnerOfA + "/host/delete", Map.of()));
        probes.put("POST /exchange/partners/{id}/pull", http -> exchangeForm("/exchange/partners/" + partnerOfA + "/pull", Map.of()));
        probes.put("POST /exchange/partners/{id}/requests", http -> exchangeForm("/exchange/partners/" + partnerOfA + "/requests",
                Map.of("productId", "urn:gtin:1")));
        probes.put("POST /exchange/footprints/{id}/share", http -> exchangeForm("/exchange/footprints/" + footprintOfA + "/share",
                Map.of("partner", partnerIdOfB)));
        probes.put("POST /exchange/footprints/{id}/unshare", http -> exchangeForm("/exchange/footprints/" + footprintOfA + "/unshare",
                Map.of("partner", partnerIdOfB)));
        probes.put("POST /exchange/requests/{id}/reject", http -> exchangeForm("/exchange/requests/" + requestOfA + "/reject",
                Map.of("code", "NotFound", "message", "taken over")));

        assertThat(probes.keySet()).as("endpoints that take an id; add a probe for each new one")
                .containsExactlyInAnyOrderElementsOf(endpointsTakingAnId());

        probes.forEach((endpoint, probe) -> {
            HttpResponse<String> response = probe.apply(https());
            assertThat(response.statusCode()).as(endpoint).isEqualTo(404);
            if (endpoint.contains(" /api/")) {
                assertThat(response.headers().firstValue("Content-Type")).as(endpoint).hasValue("application/problem+json");
            }
            if (endpoint.contains(" /3/")) {
                assertThat(Https.read(response.body()).path("code").asText()).as(endpoint).isEqualTo("NotFound");
            }
        });

        assertThat(jdbc.sql("select name from product where id = :id::uuid").param("id", productOfA).query(String.class).single())
                .isNotEqualTo("taken over");
        assertThat(jdbc.sql("select enabled from app_user where id = :id::uuid").param("id", userOfA).query(Boolean.class).single())
                .isTrue();
        assertThat(clients.find(clientOfA)).isPresent();
        assertThat(jdbc.sql("select share_all or host_url is not null from pact_partner where id = :id::uuid")
                .param("id", partnerOfA).query(Boolean.class).single()).as("partner of A unchanged").isFalse();
        assertThat(jdbc.sql("select status from pact_request_received where id = :id::uuid").param("id", requestOfA)
                .query(String.class).single()).isEqualTo("OPEN");
    }

    private HttpResponse<String> exchangeForm(String path, Map<String, String> fields) {
        return exporterOfBSignedIn.postForm(path, "/exchange", fields);
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
