package org.greenlane.server.platform.identity;

import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.server.demo.DemoLogins;
import org.greenlane.server.ledger.Ledger;
import org.greenlane.server.ledger.LedgerRecord;
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
    Ledger ledger;
    @Autowired
    PactPartners pactPartners;
    @Autowired
    org.greenlane.server.footprint.factors.FactorDatasets factorDatasets;

    private UUID steel;
    private UUID solar;
    private String productOfA;
    private long entryOfA;
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
    private String declarationOfA;
    private String modelOfA;
    private String officerOfB;
    private Https officerOfBSignedIn;
    private Https webOfB;
    private String systemOfA;
    private String resultOfA;
    private String certificateOfA;
    private String publishedOfA;
    private String datasetOfA;
    private String labelOfA;
    private org.greenlane.server.verification.VerificationProbes verificationProbes;

    @BeforeEach
    void twoTenants() {
        steel = organisations.findByName("Zhejiang Lvyuan Steel Co., Ltd.").orElseThrow().id();
        solar = organisations.findByName("Shenzhen Sunpath Solar Technology Co., Ltd.").orElseThrow().id();
        productOfA = jdbc.sql("select id::text from product where organisation_id = :o limit 1").param("o", steel).query(String.class).single();
        userOfA = jdbc.sql("select id::text from app_user where organisation_id = :o limit 1").param("o", steel).query(String.class).single();
        clientOfA = DemoLogins.CLIENT_ID;
        entryOfA = ledger.append(new LedgerRecord(LedgerRecord.FOOTPRINT_PUBLICATION, steel,
                new JsonObject(Map.of()), new JsonObject(Map.of()))).index();
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
        systemOfA = firstId("product_system", steel);
        resultOfA = firstId("footprint_result", steel);
        certificateOfA = firstId("electricity_certificate", steel);
        labelOfA = firstId("carbon_label", steel);
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
        verificationProbes = new org.greenlane.server.verification.VerificationProbes(organisations, clients, users, jdbc, this::https);
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
        probes.put("POST /admin/users/{id}/disable", http -> adminOfBSignedIn.postForm("/admin/users/" + userOfA + "/disable", "/admin"));
        probes.put("POST /admin/api-clients/{clientId}/delete", http -> adminOfBSignedIn.postForm("/admin/api-clients/" + clientOfA + "/delete", "/admin"));
        cbamProbes(probes);
        probes.put("GET /api/v1/ledger/entries/{index}", http -> http.get("/api/v1/ledger/entries/" + entryOfA, exporterOfB));
        probes.put("GET /api/v1/ledger/entries/{index}/receipt", http -> http.get("/api/v1/ledger/entries/" + entryOfA + "/receipt", exporterOfB));
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
        probes.put("GET /api/v1/labels/{id}", http -> http.get("/api/v1/labels/" + labelOfA, exporterOfB));
        probes.put("GET /api/v1/labels/{id}/label.svg", http -> http.get("/api/v1/labels/" + labelOfA + "/label.svg", exporterOfB));
        probes.put("GET /api/v1/labels/{id}/label.png", http -> http.get("/api/v1/labels/" + labelOfA + "/label.png", exporterOfB));
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
        pages.put("GET /labels/{id}", http -> page(http, "/labels/" + labelOfA));
        pages.put("GET /labels/{id}/label.svg", http -> page(http, "/labels/" + labelOfA + "/label.svg"));
        pages.put("GET /labels/{id}/label.png", http -> page(http, "/labels/" + labelOfA + "/label.png"));

        // Verification (issue 5): another verification body's verifier and another exporter.
        verificationProbes.addTo(probes);

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
        assertThat(jdbc.sql("select count(*) from cbam_installation where organisation_id = :o and name = 'taken over'")
                .param("o", steel).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from cbam_goods_line where organisation_id = :o").param("o", steel)
                .query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("select share_all or host_url is not null from pact_partner where id = :id::uuid")
                .param("id", partnerOfA).query(Boolean.class).single()).as("partner of A unchanged").isFalse();
        assertThat(jdbc.sql("select status from pact_request_received where id = :id::uuid").param("id", requestOfA)
                .query(String.class).single()).isEqualTo("OPEN");
        assertThat(jdbc.sql("select name from customs_office where code = 'NGB-BL'").query(String.class).single())
                .isNotEqualTo("taken over");
        // An enterprise never sees another enterprise's declaration either.
        assertThat(https().get("/api/v1/customs/declarations/" + declarationOfA, exporterOfB).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select name from product_system where id = :id::uuid").param("id", systemOfA).query(String.class).single())
                .isNotEqualTo("taken over");
        assertThat(jdbc.sql("select status from published_footprint where id = :id::uuid").param("id", publishedOfA)
                .query(String.class).single()).isEqualTo("Active");
        assertThat(jdbc.sql("select count(*) from electricity_certificate where id = :id::uuid").param("id", certificateOfA)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from factor_dataset where id = :id::uuid").param("id", datasetOfA)
                .query(Integer.class).single()).isEqualTo(1);
        verificationProbes.assertUnchanged();
    }

    private HttpResponse<String> exchangeForm(String path, Map<String, String> fields) {
        return exporterOfBSignedIn.postForm(path, "/exchange", fields);
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

    /** The CBAM records of the demo steel exporter, probed by the solar exporter. */
    private void cbamProbes(Map<String, Function<Https, HttpResponse<String>>> probes) {
        String importer = idOf("cbam_importer");
        String installation = idOf("cbam_installation");
        String line = idOf("cbam_goods_line");
        String scenario = idOf("cbam_price_scenario");
        String base = "/api/v1/cbam/";
        probes.put("GET /api/v1/cbam/importers/{id}", http -> http.get(base + "importers/" + importer, exporterOfB));
        probes.put("DELETE /api/v1/cbam/importers/{id}", http -> http.json("DELETE", base + "importers/" + importer, exporterOfB, ""));
        probes.put("GET /api/v1/cbam/importers/{id}/projection", http -> http.get(base + "importers/" + importer + "/projection", exporterOfB));
        probes.put("GET /api/v1/cbam/importers/{id}/declarations/{year}",
                http -> http.get(base + "importers/" + importer + "/declarations/2026", exporterOfB));
        probes.put("GET /api/v1/cbam/importers/{id}/qreports/{year}/{quarter}",
                http -> http.get(base + "importers/" + importer + "/qreports/2026/1", exporterOfB));
        probes.put("GET /api/v1/cbam/installations/{id}", http -> http.get(base + "installations/" + installation, exporterOfB));
        probes.put("PUT /api/v1/cbam/installations/{id}", http -> http.send(http.request(base + "installations/" + installation)
                .header("Authorization", "Bearer " + exporterOfB).header("Content-Type", "application/json").header("If-Match", "\"0\"")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"identifier\":\"taken\",\"name\":\"taken over\","
                        + "\"operator\":\"x\",\"country\":\"CN\",\"city\":\"x\",\"periodStart\":\"2025-01-01\","
                        + "\"periodEnd\":\"2025-12-31\",\"processes\":[{\"key\":\"p\",\"cnCode\":\"72083900\",\"activityLevel\":1,"
                        + "\"boundary\":{\"reported\":{\"direct\":1,\"indirect\":0,\"source\":\"x\"}}}]}"))));
        probes.put("DELETE /api/v1/cbam/installations/{id}", http -> http.json("DELETE", base + "installations/" + installation, exporterOfB, ""));
        probes.put("GET /api/v1/cbam/installations/{id}/embedded-emissions",
                http -> http.get(base + "installations/" + installation + "/embedded-emissions", exporterOfB));
        probes.put("GET /api/v1/cbam/installations/{id}/communication",
                http -> http.get(base + "installations/" + installation + "/communication", exporterOfB));
        probes.put("GET /api/v1/cbam/installations/{id}/communication.xlsx",
                http -> http.get(base + "installations/" + installation + "/communication.xlsx", exporterOfB));
        probes.put("GET /api/v1/cbam/goods-lines/{id}", http -> http.get(base + "goods-lines/" + line, exporterOfB));
        probes.put("PUT /api/v1/cbam/goods-lines/{id}", http -> http.send(http.request(base + "goods-lines/" + line)
                .header("Authorization", "Bearer " + exporterOfB).header("Content-Type", "application/json").header("If-Match", "\"0\"")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"importerId\":\"" + importer + "\",\"cnCode\":\"72083900\","
                        + "\"countryOfOrigin\":\"CN\",\"netMass\":1,\"importDate\":\"2026-01-05\",\"basis\":\"DEFAULT_VALUES\"}"))));
        probes.put("DELETE /api/v1/cbam/goods-lines/{id}", http -> http.json("DELETE", base + "goods-lines/" + line, exporterOfB, ""));
        probes.put("GET /api/v1/cbam/goods-lines/{id}/assessment", http -> http.get(base + "goods-lines/" + line + "/assessment", exporterOfB));
        probes.put("DELETE /api/v1/cbam/price-scenarios/{id}", http -> http.json("DELETE", base + "price-scenarios/" + scenario, exporterOfB, ""));
        probes.put("POST /cbam/importers/{id}/delete", http -> exporterOfBSignedIn.postForm("/cbam/importers/" + importer + "/delete", "/cbam"));
        probes.put("POST /cbam/scenarios/{id}/delete", http -> exporterOfBSignedIn.postForm("/cbam/scenarios/" + scenario + "/delete", "/cbam"));
        probes.put("GET /cbam/installations/{id}", http -> page(webOfB, "/cbam/installations/" + installation));
        probes.put("POST /cbam/installations/{id}", http -> exporterOfBSignedIn.postForm("/cbam/installations/" + installation, "/cbam",
                Map.of("name", "taken over", "identifier", "taken", "operator", "x", "country", "CN", "city", "x",
                        "periodStart", "2025-01-01", "periodEnd", "2025-12-31", "version", "0")));
        probes.put("POST /cbam/installations/{id}/delete",
                http -> exporterOfBSignedIn.postForm("/cbam/installations/" + installation + "/delete", "/cbam"));
        probes.put("GET /cbam/goods-lines/{id}", http -> page(webOfB, "/cbam/goods-lines/" + line));
        probes.put("POST /cbam/goods-lines/{id}", http -> exporterOfBSignedIn.postForm("/cbam/goods-lines/" + line, "/cbam",
                Map.of("importerId", importer, "cnCode", "72083900", "countryOfOrigin", "CN", "netMass", "1",
                        "importDate", "2026-01-05", "basis", "DEFAULT_VALUES", "version", "0")));
        probes.put("POST /cbam/goods-lines/{id}/delete", http -> exporterOfBSignedIn.postForm("/cbam/goods-lines/" + line + "/delete", "/cbam"));
    }

    private String idOf(String table) {
        return jdbc.sql("select id::text from " + table + " where organisation_id = :o order by created_at, id limit 1")
                .param("o", steel).query(String.class).single();
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
        // The CBAM scope lookup takes a CN or HS code of the public Annex I, not a record id.
        endpoints.remove("GET /api/v1/cbam/scope/{code}");
        // The transparency log's tiles are public by design: they hold only hashes and public summaries.
        endpoints.remove("GET /log/tile/{*path}");
        // Verification bodies' public keys are public by design: anyone checks signed statements with them.
        endpoints.remove("GET /verification/keys/{organisationId}");
        // Spreadsheet templates are the same for everyone: a name from a fixed list, not a record id.
        endpoints.removeIf(endpoint -> endpoint.startsWith("GET /footprints/templates/"));
        // A printed carbon label's Digital Link opens its public page: public by design, it shows only what the label states.
        endpoints.removeAll(Set.of("GET /01/{gtin}", "GET /01/{gtin}/10/{batch}", "GET /p/{product}", "GET /p/{product}/10/{batch}"));
        return endpoints;
    }
}
