package org.greenlane.server.customs;

import com.fasterxml.jackson.databind.JsonNode;
import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.greenlane.server.platform.identity.ApiClients;
import org.greenlane.server.platform.identity.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CustomsApiTest extends ServerTest {

    @Autowired
    Organisations organisations;
    @Autowired
    ApiClients clients;
    @Autowired
    JdbcClient jdbc;

    private String exporter;
    private String officer;

    @BeforeEach
    void tokens() {
        exporter = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        ApiClients.Issued client = CustomsTestSupport.officerClient(clients, CustomsTestSupport.ningbo(organisations));
        officer = https().token(client.client().clientId(), client.secret());
    }

    @Test
    void anExporterLodgesAndSeesTheLaneButNeverTheReasons() {
        String reference = "T-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> lodged = https().json("POST", "/api/v1/customs/declarations", exporter,
                CustomsTestSupport.declaration(reference, "NGB-BL", LocalDate.now(), "720839", 25000));
        assertThat(lodged.statusCode()).as(lodged.body()).isEqualTo(201);
        JsonNode answer = Https.read(lodged.body());
        String id = answer.get("id").asText();
        assertThat(answer.get("lane").asText()).isIn("GREEN", "BLUE", "YELLOW", "RED");
        assertThat(answer.has("decision")).isFalse();

        String asExporter = https().get("/api/v1/customs/declarations/" + id, exporter).body();
        assertThat(asExporter).contains(reference).doesNotContain("score", "criteria", "random", "contributions");

        JsonNode asOfficer = Https.read(https().get("/api/v1/customs/declarations/" + id, officer).body());
        JsonNode decision = asOfficer.get("decision");
        assertThat(decision.get("criteriaVersion").asText()).isNotBlank();
        assertThat(decision.get("score").asDouble()).isBetween(0.0, 1.0);
        // Steel (HS 7208) is a CBAM good; its footprint cannot be verified yet, so the CBAM criterion fires.
        assertThat(decision.get("firedCriteria").toString()).contains("CBAM-UNVERIFIED");
        assertThat(asOfficer.get("footprintStatus").asText()).isEqualTo("UNVERIFIED");
        assertThat(https().get("/api/v1/customs/declarations", exporter).body()).contains(reference);
    }

    @Test
    void aBatchWithOneBadItemStoresNothingAndNamesEveryProblem() {
        String prefix = "B-" + UUID.randomUUID().toString().substring(0, 8);
        String batch = "[" + CustomsTestSupport.declaration(prefix + "-0", "NGB-BL", LocalDate.now(), "720839", 100) + ","
                + CustomsTestSupport.declaration(prefix + "-1", "NGB-BL", LocalDate.now(), "720839", -5) + ","
                + CustomsTestSupport.declaration(prefix + "-2", "NGB-XX", LocalDate.now().plusDays(3), "990000", 10) + "]";
        HttpResponse<String> response = https().json("POST", "/api/v1/customs/declarations/batch", exporter, batch);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        List<String> fields = new ArrayList<>();
        Https.read(response.body()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("[1].netMassKg", "[2].office", "[2].date", "[2].hsCode");
        assertThat(response.body()).contains("chapter 99 is not a chapter");
        assertThat(jdbc.sql("select count(*) from customs_declaration where reference like :p").param("p", prefix + "%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anOfficerRecordsAResultOnceAndItFeedsTheEnterpriseHistory() {
        JsonNode queue = Https.read(https().get("/api/v1/customs/declarations?lane=RED", officer).body());
        JsonNode waiting = null;
        for (JsonNode item : queue) {
            if (!item.has("compliant")) {
                waiting = item;
                break;
            }
        }
        assertThat(waiting).as("a RED declaration awaiting its result in the demo queue").isNotNull();
        String id = waiting.get("id").asText();
        String trader = waiting.get("trader").asText();
        long before = Https.read(https().get("/api/v1/customs/enterprises/" + trader, officer).body()).get("inspections").asLong();

        HttpResponse<String> incomplete = https().json("POST", "/api/v1/customs/declarations/" + id + "/inspection", officer,
                "{\"compliant\":false,\"category\":\"UNDERVALUATION\"}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("severity");

        HttpResponse<String> recorded = https().json("POST", "/api/v1/customs/declarations/" + id + "/inspection", officer,
                "{\"compliant\":false,\"category\":\"UNDERVALUATION\",\"severity\":\"MAJOR\",\"note\":\"invoice at 40 %\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(https().json("POST", "/api/v1/customs/declarations/" + id + "/inspection", officer,
                "{\"compliant\":true}").statusCode()).isEqualTo(409);

        JsonNode profile = Https.read(https().get("/api/v1/customs/enterprises/" + trader, officer).body());
        assertThat(profile.get("inspections").asLong()).isEqualTo(before + 1);
        assertThat(https().json("POST", "/api/v1/customs/declarations/" + id + "/inspection", exporter,
                "{\"compliant\":true}").statusCode()).isEqualTo(403);
    }

    @Test
    void everyCriteriaChangeIsANewVersionAndDecisionsRecordIt() {
        JsonNode versions = Https.read(https().get("/api/v1/customs/criteria", officer).body());
        String current = versions.get(0).get("body").asText();
        HttpResponse<String> same = https().json("POST", "/api/v1/customs/criteria", officer,
                "{\"criteria\":" + CustomsTestSupport.quoted(current) + ",\"justification\":\"no change\"}");
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("exists already");

        String version = "t" + UUID.randomUUID().toString().substring(0, 6);
        String next = current.replaceFirst("criteria-set \\S+ effective \\S+",
                "criteria-set " + version + " effective " + LocalDate.now())
                + "WATCH-DCL | YELLOW | declarant:DCL-WATCH | Declarant under investigation\n";
        HttpResponse<String> stored = https().json("POST", "/api/v1/customs/criteria", officer,
                "{\"criteria\":" + CustomsTestSupport.quoted(next)
                        + ",\"justification\":\"watch list of the anti-smuggling bureau\"}");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);

        String body = CustomsTestSupport.declaration("W-" + version, "NGB-CS", LocalDate.now(), "940360", 800)
                .replace("\"DCL-T\"", "\"DCL-WATCH\"");
        JsonNode lodged = Https.read(https().json("POST", "/api/v1/customs/declarations", officer, body).body());
        assertThat(lodged.get("decision").get("criteriaVersion").asText()).isEqualTo(version);
        assertThat(lodged.get("decision").get("firedCriteria").toString()).contains("WATCH-DCL");
        assertThat(lodged.get("lane").asText()).isIn("YELLOW", "RED");
    }

    @Test
    void retrainingGivesAChallengerThatIsPromotedOnlyUnderTheRule() {
        HttpResponse<String> trained = https().json("POST", "/api/v1/customs/models", officer, "");
        assertThat(trained.statusCode()).as(trained.body()).isEqualTo(201);
        JsonNode model = Https.read(trained.body());
        assertThat(model.get("role").asText()).isEqualTo("CHALLENGER");
        assertThat(model.get("testFrom").asText()).isGreaterThan(model.get("trainingTo").asText());
        assertThat(model.get("evaluation").get("fraud").get("rows").asInt()).isPositive();

        String id = model.get("id").asText();
        JsonNode promotion = Https.read(https().get("/api/v1/customs/models/" + id, officer).body()).get("promotion");
        HttpResponse<String> promoted = https().json("POST", "/api/v1/customs/models/" + id + "/promote", officer, "");
        if (promotion.get("allowed").asBoolean()) {
            assertThat(promoted.statusCode()).isEqualTo(200);
            assertThat(Https.read(promoted.body()).get("role").asText()).isEqualTo("CHAMPION");
        } else {
            assertThat(promoted.statusCode()).isEqualTo(409);
            assertThat(promoted.body()).contains(promotion.get("reason").asText());
        }
        JsonNode all = Https.read(https().get("/api/v1/customs/models", officer).body());
        assertThat(all.findValuesAsText("role").stream().filter("CHAMPION"::equals)).hasSize(1);
    }

    @Test
    void anOfficerRecordsAeoStatusWhichGivesTheTrustStatus() {
        HttpResponse<String> missingDate = https().send(https().request("/api/v1/customs/enterprises/TRD001")
                .header("Authorization", "Bearer " + officer).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"Demo trader 1\",\"aeo\":true}")));
        assertThat(missingDate.statusCode()).isEqualTo(400);
        assertThat(missingDate.body()).contains("aeoSince");

        HttpResponse<String> granted = https().send(https().request("/api/v1/customs/enterprises/TRD001")
                .header("Authorization", "Bearer " + officer).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Demo trader 1\",\"aeo\":true,\"aeoSince\":\"2024-06-01\"}")));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        JsonNode profile = Https.read(granted.body());
        // Unverified evidence earns no green points, so AEO status alone gives AEO, never GREEN_AEO (decision 048).
        assertThat(profile.get("status").asText()).isEqualTo("AEO");
        assertThat(profile.get("greenAeoScore").asInt()).isLessThanOrEqualTo(GreenAeoScore.COMPLIANCE_POINTS);
        assertThat(https().send(https().request("/api/v1/customs/enterprises/NOBODY-" + UUID.randomUUID())
                .header("Authorization", "Bearer " + officer).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"aeo\":false}"))).statusCode()).isEqualTo(404);
    }

    @Test
    void kpisAndOfficesAnswerOfficersOnly() {
        JsonNode kpis = Https.read(https().get("/api/v1/customs/kpis", officer).body());
        assertThat(kpis.get("period").get("decided").asLong()).isPositive();
        assertThat(kpis.get("period").get("inspectionRate").asDouble()).isBetween(0.0, 1.0);
        assertThat(https().get("/api/v1/customs/kpis", exporter).statusCode()).isEqualTo(403);
        assertThat(https().get("/api/v1/customs/offices", exporter).body()).contains("NGB-BL");

        HttpResponse<String> unknownVersion = https().send(https().request("/api/v1/customs/offices/NGB-AP")
                .header("Authorization", "Bearer " + officer).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Airport\",\"expectedRed\":0.5,\"expectedYellow\":0.5,\"expectedBlue\":0.5,"
                                + "\"minimumRandom\":0.01,\"randomLane\":\"RED\"}")));
        assertThat(unknownVersion.statusCode()).isEqualTo(400);
        assertThat(unknownVersion.body()).contains("If-Match");
    }
}
