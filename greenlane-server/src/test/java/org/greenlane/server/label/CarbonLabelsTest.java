package org.greenlane.server.label;

import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.greenlane.server.verification.FootprintAttestation;
import org.greenlane.server.verification.FootprintVerifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels end to end: the demo labels' public pages in both languages, tampering, unknown codes, issuing and downloads. */
class CarbonLabelsTest extends ServerTest {

    private static final String COIL_PATH = "/01/06901234500011/10/" + LabelDemo.COIL_BATCH;
    private static final Pattern STEP = Pattern.compile("data-step=\"(\\w+)\" data-outcome=\"(\\w+)\"");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FootprintVerifications verifications;

    @Test
    void aScannedLabelOpensItsPublicPageWithoutSignInAndEveryLogStepChecksOut() {
        awaitLogged(COIL_PATH);
        awaitVerified(COIL_PATH);
        HttpResponse<String> page = publicPage(COIL_PATH, "en");

        assertThat(page.statusCode()).isEqualTo(200);
        // The demo verification (VerificationDemo): Green Verify, ISO 14067:2018, reasonable assurance, a label
        // certificate valid for a year from the day the demo data was loaded.
        assertThat(page.body()).contains(LabelDemo.COIL, "Zhejiang Lvyuan Steel Co., Ltd.", "kg CO<sub>2</sub>e",
                "per 1,000 kg", "Footprint by life-cycle stage", "Raw materials", "Production", "Distribution",
                "Green Verify Certification Co.", "CNAS", "ISO 14067:2018", "Reasonable assurance", ">Valid<",
                "valid from 20",
                "Verified in the log", "Verified: this footprint is entry",
                "data-entry=\"", "data-signature=\"", "/js/label-check.js");
        assertThat(steps(page.body())).containsExactly("entry=OK", "content=OK", "record=OK", "leaf=OK", "proof=OK",
                "signature=OK", "statement=OK", "verifier=OK", "key=OK");
        assertThat(page.body()).doesNotContain("Sign out", "companyIds", "boundaryProcessesDescription");
    }

    @Test
    void thePublicPageSpeaksChineseByAcceptLanguageOrByChoice() {
        awaitLogged(COIL_PATH);
        awaitVerified(COIL_PATH);
        HttpResponse<String> byBrowser = https().send(https().request(COIL_PATH).header("Accept-Language", "zh-CN,zh;q=0.9").GET());
        HttpResponse<String> byChoice = https().send(https().request(COIL_PATH + "?lang=zh-CN").GET());

        for (HttpResponse<String> page : java.util.List.of(byBrowser, byChoice)) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("产品碳足迹", "按生命周期阶段划分的碳足迹", "已在日志中验证", "每 1,000 千克",
                    "核查机构", "Green Verify Certification Co.", "有效", "通过").doesNotContain("未经核查");
            assertThat(steps(page.body())).containsExactly("entry=OK", "content=OK", "record=OK", "leaf=OK", "proof=OK",
                    "signature=OK", "statement=OK", "verifier=OK", "key=OK");
        }
    }

    @Test
    void aProductWithoutGtinResolvesOnThePlatformPath() {
        String uri = jdbc.sql("select l.uri from carbon_label l join product p on p.id = l.product_id where p.name = :n")
                .param("n", LabelDemo.WIRE_ROD).query(String.class).single();
        String path = URI.create(uri).getPath();
        assertThat(path).matches("/p/[0-9a-f-]{36}");
        awaitLogged(path);

        HttpResponse<String> page = publicPage(path, "en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(LabelDemo.WIRE_ROD, "no GTIN (platform path)");
        assertThat(steps(page.body())).containsExactly(everyStepOk(page.body()));
    }

    @Test
    void unknownCodesAnswerAFriendly404() {
        for (String path : new String[]{"/01/06901234500028", "/01/06901234500012", COIL_PATH + "X",
                "/01/06901234500011/10/NO-SUCH-LOT", "/p/not-a-product", "/p/" + UUID.randomUUID()}) {
            HttpResponse<String> page = publicPage(path, "en");
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("We do not know this label");
        }
        assertThat(publicPage("/01/06901234500012", "zh-CN").body()).contains("未找到此标签");
    }

    @Test
    void anAlteredLogEntryMakesThePageSayTheLogCheckFailed() {
        awaitLogged(COIL_PATH);
        long index = logIndex(COIL_PATH);
        byte[] original = jdbc.sql("select entry from ledger_entry where idx = :i").param("i", index)
                .query((row, n) -> row.getBytes(1)).single();
        byte[] forged = new String(original, StandardCharsets.UTF_8)
                .replace("\"status\":\"Active\"", "\"status\":\"Activ3\"").getBytes(StandardCharsets.UTF_8);
        assertThat(forged).isNotEqualTo(original);
        try {
            jdbc.sql("update ledger_entry set entry = :e where idx = :i").param("e", forged).param("i", index).update();

            HttpResponse<String> page = publicPage(COIL_PATH, "en");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Not verified: a check of the log entry failed")
                    .doesNotContain("Verified: this footprint is entry");
            assertThat(steps(page.body())).contains("proof=FAILED").contains("signature=OK");
        } finally {
            jdbc.sql("update ledger_entry set entry = :e where idx = :i").param("e", original).param("i", index).update();
        }
        assertThat(steps(publicPage(COIL_PATH, "en").body())).containsExactly("entry=OK", "content=OK", "record=OK",
                "leaf=OK", "proof=OK", "signature=OK", "statement=OK", "verifier=OK", "key=OK");
    }

    @Test
    void anAlteredSignedStatementMakesThePageSayTheVerifiersSignatureFailed() {
        UUID statement = coilAttestation().statementId();
        String original = jdbc.sql("select signed_note from verification_statement where id = :s").param("s", statement)
                .query(String.class).single();
        try {
            jdbc.sql("update verification_statement set signed_note = :n where id = :s")
                    .param("n", original.replace("reasonable", "limited")).param("s", statement).update();

            HttpResponse<String> page = publicPage(COIL_PATH, "en");
            assertThat(page.body()).contains("Not verified: a check of the log entry failed");
            assertThat(steps(page.body())).contains("proof=OK", "statement=OK", "verifier=FAILED");
        } finally {
            jdbc.sql("update verification_statement set signed_note = :n where id = :s")
                    .param("n", original).param("s", statement).update();
        }
        assertThat(steps(publicPage(COIL_PATH, "en").body())).contains("statement=OK", "verifier=OK");
    }

    @Test
    void aVerifierKeyTheLogDoesNotPublishMakesThePageSayTheKeyCheckFailed() {
        FootprintAttestation attestation = coilAttestation();
        long keyIndex = attestation.verifierKeyLogIndex().orElseThrow();
        String keyRow = "record_type = 'verification.key' and log_index = :i";
        try {
            // Point the key's outbox row at the statement's entry: the page must not take another entry for the key's.
            jdbc.sql("update verification_log_outbox set log_index = :s where " + keyRow)
                    .param("s", attestation.statementLogIndex()).param("i", keyIndex).update();

            HttpResponse<String> page = publicPage(COIL_PATH, "en");
            assertThat(page.body()).contains("Not verified: a check of the log entry failed");
            assertThat(steps(page.body())).contains("statement=OK", "verifier=OK", "key=FAILED");
            assertThat(page.body()).contains("the entry does not publish this key as the verifier&#39;s");
        } finally {
            jdbc.sql("update verification_log_outbox set log_index = :i where record_type = 'verification.key' and log_index = :s")
                    .param("i", keyIndex).param("s", attestation.statementLogIndex()).update();
        }
        assertThat(steps(publicPage(COIL_PATH, "en").body())).contains("verifier=OK", "key=OK");
    }

    @Test
    void theExporterIssuesALabelDownloadsItAndCannotGiveItsDigitalLinkAgain() throws Exception {
        Https exporter = https();
        exporter.signIn(DemoLogins.STEEL_EXPORTER, DemoLogins.PASSWORD);
        HttpResponse<String> list = exporter.send(exporter.request("/labels").GET());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Issue a label", LabelDemo.COIL_BATCH);
        Matcher option = Pattern.compile("<option value=\"([0-9a-f-]{36})\">Hexagon bolts").matcher(list.body());
        assertThat(option.find()).isTrue();
        String batch = "B" + (System.nanoTime() % 1_000_000_000L);

        HttpResponse<String> issued = exporter.postForm("/labels", "/labels", Map.of("footprintId", option.group(1), "batch", batch));
        assertThat(issued.statusCode()).isEqualTo(302);
        String labelPath = URI.create(issued.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(labelPath).matches("/labels/[0-9a-f-]{36}");
        HttpResponse<String> label = exporter.send(exporter.request(labelPath).GET());
        assertThat(label.body()).contains("/01/06901234500028/10/" + batch, "label.svg", "label.png");

        HttpResponse<byte[]> svg = exporter.sendBytes(exporter.request(labelPath + "/label.svg?language=en").GET());
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.body()))
                .getDocumentElement().getNodeName()).isEqualTo("svg");
        // Another test sharing the demo data (VerificationApiTest) may have had the bolts verified: the artwork must
        // say exactly what the verification capability says.
        boolean verified = verifications.attestation(UUID.fromString(option.group(1))).isPresent();
        assertThat(new String(svg.body(), StandardCharsets.UTF_8)).contains("(10) " + batch,
                verified ? "Verified by Green Verify" : "Not verified by a third party");
        String chinese = new String(exporter.sendBytes(exporter.request(labelPath + "/label.svg?language=zh-CN").GET()).body(),
                StandardCharsets.UTF_8);
        assertThat(chinese).contains("产品碳足迹", "每 1 千克", verified ? "核查机构：Green Verify" : "未经第三方核查");
        assertThat(exporter.send(exporter.request("/labels").GET()).body()).contains("Issue a label");
        HttpResponse<byte[]> png = exporter.sendBytes(exporter.request(labelPath + "/label.png?language=zh-CN").GET());
        String uri = jdbc.sql("select uri from carbon_label where id = :id::uuid")
                .param("id", labelPath.substring("/labels/".length())).query(String.class).single();
        assertThat(uri).isEqualTo("https://localhost:" + port + "/01/06901234500028/10/" + batch);
        assertThat(LabelArtworkTest.decode(ImageIO.read(new ByteArrayInputStream(png.body())))).isEqualTo(uri);

        HttpResponse<String> again = exporter.postForm("/labels", "/labels", Map.of("footprintId", option.group(1), "batch", batch));
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/labels");
        assertThat(exporter.send(exporter.request("/labels").GET()).body()).contains("already exists and printed labels never change");
        exporter.postForm("/labels", "/labels", Map.of("footprintId", option.group(1), "batch", "LOT 1"));
        assertThat(exporter.send(exporter.request("/labels").GET()).body()).contains("is not in the GS1 character set 82");

        awaitLogged("/01/06901234500028/10/" + batch);
        assertThat(publicPage("/01/06901234500028/10/" + batch, "en").body()).contains("Hexagon bolts");
    }

    @Test
    void theExportersDashboardCountsTheLabelsOfItsOwnOrganisation() {
        Https exporter = https();
        exporter.signIn(DemoLogins.STEEL_EXPORTER, DemoLogins.PASSWORD);
        int own = jdbc.sql("select count(*) from carbon_label where organisation_id = "
                        + "(select organisation_id from app_user where email = :email)")
                .param("email", DemoLogins.STEEL_EXPORTER).query(Integer.class).single();
        assertThat(own).isPositive();

        String dashboard = exporter.send(exporter.request("/dashboard").GET()).body();
        assertThat(dashboard).containsPattern("Labels issued</dt>\\s*<dd>" + own + "</dd>");
    }

    @Test
    void anErpIssuesLabelsThroughTheApi() {
        String token = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        String footprint = jdbc.sql("""
                        select f.id::text from published_footprint f join product p on p.id = f.product_id
                        where p.name = :n and f.status = 'Active' order by f.created_at desc limit 1""")
                .param("n", LabelDemo.WIRE_ROD).query(String.class).single();
        String batch = "WR" + (System.nanoTime() % 1_000_000_000L);

        HttpResponse<String> issued = https().json("POST", "/api/v1/labels", token,
                "{\"footprintId\":\"" + footprint + "\",\"batch\":\"" + batch + "\"}");
        assertThat(issued.statusCode()).isEqualTo(201);
        var label = Https.read(issued.body());
        assertThat(label.get("uri").asText()).matches("https://localhost:" + port + "/p/[0-9a-f-]{36}/10/" + batch);
        assertThat(issued.headers().firstValue("Location")).hasValue("/api/v1/labels/" + label.get("id").asText());
        assertThat(https().get("/api/v1/labels/" + label.get("id").asText() + "/label.svg?language=zh-CN", token).body())
                .contains("Greenlane 产品  (10) " + batch, verifications.attestation(UUID.fromString(footprint)).isPresent()
                        ? "核查机构：Green Verify" : "未经第三方核查");
        assertThat(Https.read(https().get("/api/v1/labels", token).body()).findValuesAsText("batch")).contains(batch);

        HttpResponse<String> twice = https().json("POST", "/api/v1/labels", token,
                "{\"footprintId\":\"" + footprint + "\",\"batch\":\"" + batch + "\"}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("batch", "already exists");
        HttpResponse<String> bad = https().json("POST", "/api/v1/labels", token,
                "{\"footprintId\":\"" + footprint + "\",\"batch\":\"123456789012345678901\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("batch", "at most 20 characters");
        assertThat(https().json("POST", "/api/v1/labels", token, "{}").body()).contains("footprintId");
        assertThat(https().json("POST", "/api/v1/labels", token, "{\"footprintId\":\"" + UUID.randomUUID() + "\"}")
                .statusCode()).isEqualTo(404);
    }

    /** The verification the coil's label shows, once its publication is logged and verified. */
    private FootprintAttestation coilAttestation() {
        awaitLogged(COIL_PATH);
        awaitVerified(COIL_PATH);
        UUID footprint = jdbc.sql("select footprint_id from carbon_label where gtin = '06901234500011' and batch = :b")
                .param("b", LabelDemo.COIL_BATCH).query(UUID.class).single();
        return verifications.attestation(footprint).orElseThrow();
    }

    private HttpResponse<String> publicPage(String path, String language) {
        return https().send(https().request(path).header("Accept-Language", language).GET());
    }

    /** The publication's six steps, and the statement's three where the page shows a verifier. */
    private static String[] everyStepOk(String html) {
        java.util.List<String> steps = new java.util.ArrayList<>(java.util.List.of("entry=OK", "content=OK", "record=OK",
                "leaf=OK", "proof=OK", "signature=OK"));
        if (!html.contains("Not verified: no third-party verifier")) {
            steps.addAll(java.util.List.of("statement=OK", "verifier=OK", "key=OK"));
        }
        return steps.toArray(String[]::new);
    }

    private static java.util.List<String> steps(String html) {
        java.util.List<String> steps = new java.util.ArrayList<>();
        Matcher step = STEP.matcher(html);
        while (step.find()) {
            steps.add(step.group(1) + "=" + step.group(2));
        }
        return steps;
    }

    private long logIndex(String path) {
        return Long.parseLong(Pattern.compile("data-index=\"(\\d+)\"").matcher(publicPage(path, "en").body())
                .results().findFirst().orElseThrow().group(1));
    }

    /** The demo verification's statement counts once it is logged, shortly after the demo issues it. */
    private void awaitVerified(String path) {
        for (int attempt = 0; attempt < 240; attempt++) {
            if (!publicPage(path, "en").body().contains("Not verified: no third-party verifier")) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(path + " was not verified within a minute");
    }

    /** The publication is logged by a background worker shortly after it commits. */
    private void awaitLogged(String path) {
        for (int attempt = 0; attempt < 240; attempt++) {
            if (!publicPage(path, "en").body().contains("data-step=\"entry\" data-outcome=\"PENDING\"")) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(path + " was not logged within a minute");
    }
}
