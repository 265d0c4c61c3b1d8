package org.greenlane.server.cbam;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CBAM API end to end on the demo steel exporter's data and on lines the test adds. */
class CbamApiTest extends ServerTest {

    private String token;

    @BeforeEach
    void exporterToken() {
        token = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
    }

    @Test
    void scopeLookupExplainsWhyACodeIsOrIsNotACbamGood() {
        JsonNode coil = Https.read(https().get("/api/v1/cbam/scope/72083900", token).body());
        assertThat(coil.get("inScope").asBoolean()).isTrue();
        assertThat(coil.get("explanation").asText()).contains("Annex I");
        assertThat(coil.get("annexRow").get("sector").asText()).isEqualTo("iron and steel");

        JsonNode scrap = Https.read(https().get("/api/v1/cbam/scope/72044100", token).body());
        assertThat(scrap.get("coverage").asText()).isEqualTo("OUT_OF_SCOPE");
        assertThat(scrap.get("explanation").asText()).contains("excludes");

        HttpResponse<String> notACode = https().get("/api/v1/cbam/scope/72A", token);
        assertThat(notACode.statusCode()).isEqualTo(400);
        assertThat(Https.read(notACode.body()).at("/errors/0/field").asText()).isEqualTo("code");
    }

    @Test
    void demoCoilWithActualDataMatchesTheHandCalculation() {
        JsonNode line = demoLine("72083900", "2026-02-16");
        JsonNode a = Https.read(https().get("/api/v1/cbam/goods-lines/" + line.get("id").asText() + "/assessment", token).body());

        // SEE slab = (45000 t × 0.0282 TJ/t × 107 t/TJ + 20000 t × 0.44) / 100000 t = 144583 / 100000 = 1.44583
        // SEE coil = (3200 × 0.0355 × 56.1 + 98000 × 1.44583) / 95000 = 148064.30 / 95000 = 1.558571578947 (12 places)
        assertThat(a.at("/embeddedPerUnit/value").asText()).isEqualTo("1.558571578947");
        // BM = 0.044 (column A, 7208 39 00) + 98000/95000 × 0.188 (column A, 7207 12 10 route (C)) = 0.237936842105184
        assertThat(new BigDecimal(a.at("/benchmarkPerUnit/value").asText())).isEqualByComparingTo("0.237936842105184");
        // per t: 1.558571578947 − 0.975 × 1 × 0.237936842105184 − 0.576 EUR / 75.36 (Article 9) = 1.3189398457924456
        // 1200 t → 1582.72781495093472 certificates; × EUR 75.36 (2026-Q1) = EUR 119274.37
        assertThat(new BigDecimal(a.at("/certificates/value").asText())).isEqualByComparingTo("1582.72781495093472");
        assertThat(a.at("/cost/value").asText()).isEqualTo("119274.37");
        // defaults: (3.186893 × 1.1 − 0.975 × 1.37) × 1200 = 2603.79876 certificates, EUR 196222.27; saving 76947.90
        assertThat(a.at("/savingFromActualData/eurSaved/value").asText()).isEqualTo("76947.9");
        assertThat(new BigDecimal(a.at("/savingFromActualData/certificatesSaved/value").asText()))
                .isEqualByComparingTo("1021.07094504906528");

        List<JsonNode> figures = new ArrayList<>();
        collect(a.get("certificates"), figures);
        assertThat(figures).hasSizeGreaterThan(10).allSatisfy(f -> {
            assertThat(f.get("formula").asText()).isNotBlank();
            assertThat(f.get("legalBasis").asText()).isNotBlank();
            assertThat(f.at("/source/name").asText()).isNotBlank();
        });
        assertThat(figures).anySatisfy(f -> assertThat(f.get("legalBasis").asText()).contains("Implementing Regulation (EU) 2025/2620"));
        assertThat(a.at("/referenceData/defaultValues/name").asText()).contains("2025/2621");
    }

    @Test
    void goldenFactsOfTheCuratedDefaultValuesThroughTheApi() {
        // China, heading 7208 (Implementing Regulation (EU) 2025/2621): 3.186893 t/t; benchmark column B route (C)
        // of 7208 39 00 (Implementing Regulation (EU) 2025/2620): 1.37.
        // 2026: 3.186893 × 1.10 − 0.975 × 1 × 1.37 = 3.5055823 − 1.33575 = 2.1698323
        JsonNode in2026 = Https.read(assess("72083900", "1", "2026-02-10", "").body());
        assertThat(new BigDecimal(in2026.at("/certificatesPerUnit/value").asText())).isEqualByComparingTo("2.1698323");
        assertThat(in2026.at("/certificatePrice/value").asText()).isEqualTo("75.36");
        assertThat(in2026.get("notices").toString()).contains("heading 7208");
        // 2027: 3.186893 × 1.20 − 0.95 × 1 × 1.37 = 3.8242716 − 1.3015 = 2.5227716, at the latest earlier price (notice)
        JsonNode in2027 = Https.read(assess("72083900", "1", "2027-02-10", "").body());
        assertThat(new BigDecimal(in2027.at("/certificatesPerUnit/value").asText())).isEqualByComparingTo("2.5227716");
        assertThat(in2027.get("notices").toString()).contains("explicit fallback");
        // China 7318 15 00 (subheading row, 2025/2621): 6.375 t/t; column B (C) of 7318 15 88: 1.364
        // 6.375 × 1.1 − 0.975 × 1.364 = 7.0125 − 1.3299 = 5.6826 per t
        JsonNode bolts = Https.read(assess("73181588", "40", "2026-03-10", "").body());
        assertThat(new BigDecimal(bolts.at("/certificatesPerUnit/value").asText())).isEqualByComparingTo("5.6826");
    }

    @Test
    void refusalsNameTheField() {
        assertField(assess("85414300", "1", "2026-02-10", ""), "cnCode");
        assertField(assess("72083900", "-1", "2026-02-10", ""), "netMass");
        assertField(assess("72083900", "1", "2035-01-10", ""), "importDate");
        assertField(assess("72083900", "1", "2026-02-10", "DE"), "countryOfOrigin");
        HttpResponse<String> gap = https().json("POST", "/api/v1/cbam/assessments?gapPolicy=FAIL", token,
                request("72083900", "1", "2026-05-10", "CN"));
        assertField(gap, "importDate");
        assertThat(Https.read(gap.body()).at("/errors/0/message").asText()).contains("2026-Q2");
    }

    @Test
    void linesInstallationsProjectionsDeclarationsAndCommunications() throws Exception {
        JsonNode importer = Https.read(https().json("POST", "/api/v1/cbam/importers", token,
                "{\"name\":\"Test Import BV\",\"eori\":\"NL123456789\",\"country\":\"NL\",\"city\":\"Rotterdam\"}").body());
        String importerId = importer.get("id").asText();
        HttpResponse<String> created = https().json("POST", "/api/v1/cbam/installations", token, """
                {"identifier":"TEST-1","name":"Test rolling mill","operator":"Test operator","country":"CN","city":"Tianjin",
                 "periodStart":"2025-01-01","periodEnd":"2025-12-31",
                 "processes":[{"key":"rolling","cnCode":"72083900","productionRoute":"(C)","activityLevel":1000,
                   "boundary":{"reported":{"direct":500,"indirect":100,"source":"monitoring report 2025"}},
                   "precursors":[{"name":"slabs","cnCode":"72071210","mass":1000,"source":"SUPPLIER_DATA","supplier":"Slab Co",
                     "countryOfOrigin":"CN","productionRoute":"(C)","seeDirect":1.5,"seeIndirect":0.2}]}]}""");
        assertThat(created.statusCode()).isEqualTo(201);
        String installationId = Https.read(created.body()).get("id").asText();

        // SEE = (500 + 1000 × 1.5) / 1000 = 2.0 direct, (100 + 1000 × 0.2) / 1000 = 0.3 indirect
        JsonNode processes = Https.read(https().get("/api/v1/cbam/installations/" + installationId + "/embedded-emissions", token).body());
        assertThat(new BigDecimal(processes.at("/0/seeDirect/value").asText())).isEqualByComparingTo("2");
        assertThat(new BigDecimal(processes.at("/0/seeIndirect/value").asText())).isEqualByComparingTo("0.3");

        HttpResponse<String> line = https().json("POST", "/api/v1/cbam/goods-lines", token, """
                {"importerId":"%s","cnCode":"72083900","countryOfOrigin":"CN","netMass":100,"importDate":"2026-03-01",
                 "basis":"ACTUAL_DATA","installationId":"%s","processKey":"rolling"}""".formatted(importerId, installationId));
        assertThat(line.statusCode()).isEqualTo(201);
        String lineId = Https.read(line.body()).get("id").asText();

        HttpResponse<String> wrongProcess = https().json("POST", "/api/v1/cbam/goods-lines", token, """
                {"importerId":"%s","cnCode":"72139110","countryOfOrigin":"CN","netMass":100,"importDate":"2026-03-01",
                 "basis":"ACTUAL_DATA","installationId":"%s","processKey":"rolling"}""".formatted(importerId, installationId));
        assertField(wrongProcess, "processKey");

        HttpResponse<String> changed = https().send(https().request("/api/v1/cbam/goods-lines/" + lineId)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("If-Match", "\"0\"")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"importerId":"%s","cnCode":"72083900","countryOfOrigin":"CN","netMass":60,"importDate":"2026-03-01",
                         "basis":"ACTUAL_DATA","installationId":"%s","processKey":"rolling"}""".formatted(importerId, installationId))));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"1\"");

        // 60 t > 50 t: no de minimis exemption; per t 2.0 − 0.975 × (0.044 + 1 × 0.188) = 1.7738; × 60 = 106.428
        JsonNode declaration = Https.read(https().get("/api/v1/cbam/importers/" + importerId + "/declarations/2026", token).body());
        assertThat(declaration.get("deMinimisExempt").asBoolean()).isFalse();
        assertThat(new BigDecimal(declaration.at("/certificatesExact/value").asText())).isEqualByComparingTo("106.428");
        assertThat(declaration.at("/certificatesToSurrender/value").asText()).isEqualTo("107");
        assertThat(declaration.get("notices").toString()).contains("only the lines recorded here are counted");

        JsonNode projection = Https.read(https().get("/api/v1/cbam/importers/" + importerId + "/projection?year=2026", token).body());
        assertThat(projection.get("rows")).hasSize(9 * projection.get("scenarios").size());
        assertThat(projection.at("/scenarios/0/name").asText()).isEqualTo(CarbonBorderCosts.FLAT_SCENARIO);
        // 2034: CBAM factor 0, so the whole 2.0 t/t is owed: 60 × 2.0 × 75.36 = 9043.20
        JsonNode last = projection.get("rows").get(8);
        assertThat(last.get("year").asInt()).isEqualTo(2034);
        assertThat(new BigDecimal(last.at("/cost/value").asText())).isEqualByComparingTo("9043.20");

        JsonNode communication = Https.read(https().get("/api/v1/cbam/installations/" + installationId + "/communication?importer="
                + importerId, token).body());
        assertThat(communication.at("/recipient/eori").asText()).isEqualTo("NL123456789");
        assertThat(communication.at("/goods/0/precursors/0/dataKind").asText()).isEqualTo("SUPPLIER_DATA");
        HttpResponse<byte[]> xlsx = https().sendBytes(https().request("/api/v1/cbam/installations/" + installationId
                + "/communication.xlsx").header("Authorization", "Bearer " + token).GET());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheet("Goods").getRow(1).getCell(0).getStringCellValue()).isEqualTo("72083900");
            assertThat(book.getSheet("Goods").getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(book.getSheet("Figures").getRow(1).getCell(4).getStringCellValue()).contains("Regulation (EU) 2023/956");
        }

        assertThat(https().json("DELETE", "/api/v1/cbam/installations/" + installationId, token, "").statusCode()).isEqualTo(409);
        assertThat(https().json("DELETE", "/api/v1/cbam/goods-lines/" + lineId, token, "").statusCode()).isEqualTo(204);
        assertThat(https().json("DELETE", "/api/v1/cbam/installations/" + installationId, token, "").statusCode()).isEqualTo(204);
        assertThat(https().json("DELETE", "/api/v1/cbam/importers/" + importerId, token, "").statusCode()).isEqualTo(204);
    }

    @Test
    void anInstallationTheEngineCannotComputeIsRefusedNamingTheField() {
        HttpResponse<String> response = https().json("POST", "/api/v1/cbam/installations", token, """
                {"identifier":"BAD-1","name":"Bad","operator":"Op","country":"CN","city":"Tianjin",
                 "periodStart":"2025-01-01","periodEnd":"2025-12-31",
                 "processes":[{"key":"rolling","cnCode":"72083900","activityLevel":1000,
                   "boundary":{"sourceStreams":[{"type":"COMBUSTION","name":"gas","activityData":-5,"netCalorificValue":1,
                     "emissionFactor":56.1,"oxidationFactor":1}]}}]}""");
        assertField(response, "processes[0].boundary.sourceStreams[0]");
        assertThat(Https.read(response.body()).at("/errors/0/message").asText()).contains("activity data");
    }

    @Test
    void priceScenariosNeedEveryYearAndOnlyTheOperatorAddsPublishedPrices() {
        HttpResponse<String> incomplete = https().json("POST", "/api/v1/cbam/price-scenarios", token,
                "{\"name\":\"short\",\"assumption\":\"two years only\",\"eurPerTonneByYear\":{\"2026\":70,\"2027\":80}}");
        assertField(incomplete, "eurPerTonneByYear");
        assertThat(Https.read(incomplete.body()).at("/errors/0/message").asText()).contains("2028");

        String price = "{\"period\":\"2026-Q5\",\"eurPerTonne\":80,\"sourceName\":\"test\",\"sourceVersion\":\"t\"}";
        assertThat(https().json("POST", "/api/v1/cbam/certificate-prices", token, price).statusCode()).isEqualTo(403);
        Https operator = https();
        operator.signIn(DemoLogins.OPERATOR_ADMIN, DemoLogins.PASSWORD);
        String csrf = operator.send(operator.request("/dashboard").GET()).body().replaceAll("(?s).*<meta name=\"_csrf\" content=\"([^\"]+)\".*", "$1");
        HttpResponse<String> wrongPeriod = operator.send(operator.request("/api/v1/cbam/certificate-prices")
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(price)));
        assertField(wrongPeriod, "period");
    }

    @Test
    void qreportIsOfferedOnlyAfterValidatingAgainstTheSchema() {
        JsonNode importer = null;
        for (JsonNode candidate : Https.read(https().get("/api/v1/cbam/importers", token).body())) {
            if (candidate.get("name").asText().equals("Rheinstahl Handel GmbH")) {
                importer = candidate;
            }
        }
        assertThat(importer).as("demo importer").isNotNull();
        HttpResponse<String> report = https().get("/api/v1/cbam/importers/" + importer.get("id").asText() + "/qreports/2026/1", token);
        if (!java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("greenlane.repo.root", "."))
                .resolve(QReports.SHARED_XSD))) {
            assertThat(report.statusCode()).isEqualTo(409);
            assertThat(report.body()).contains("GREENLANE_CBAM_QREPORT_XSD");
            org.junit.jupiter.api.Assumptions.abort("../shared/data/cbam/QReport_ver23.00.xsd not present: skipping the schema-valid QReport");
        }
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("<QReport", "<ReportingPeriod>Q1</ReportingPeriod>", "<CnCode>72083900</CnCode>",
                "<CnCode>73181588</CnCode>", "placeholders");
        assertThat(report.headers().firstValue("Greenlane-QReport-Codes")).isPresent();
    }

    @Test
    void ukCbamScenarioAndUsProposalStandBesideTheEuFigureLabelledAndTraced() {
        JsonNode line = demoLine("72083900", "2026-02-16");
        JsonNode a = Https.read(https().get("/api/v1/cbam/goods-lines/" + line.get("id").asText() + "/assessment", token).body());
        JsonNode uk = a.at("/otherMechanisms/0");
        JsonNode us = a.at("/otherMechanisms/1");

        // SEE of the demo coil: direct 1.558571578947 (see above); indirect: slabs 45000 MWh × 0.5703 / 100000 t = 0.256635,
        // coil (9500 × 0.5703 + 98000 × 0.256635) / 95000 = 30568.08 / 95000 = 0.321769263158 (12 places)
        // UK CBAM (demo scenario: GBP 45/t CO2e, steel direct only), imported 2026-02-16, costed as on 2027-01-01:
        // 1200 t × 1.558571578947 × 45 = 84162.865263138 → GBP 84162.87
        assertThat(uk.get("mechanism").asText()).isEqualTo("UK CBAM");
        assertThat(uk.get("label").asText()).isEqualTo("scenario");
        assertThat(uk.get("costedOn").asText()).isEqualTo("2027-01-01");
        assertThat(uk.at("/charge/value").asText()).isEqualTo("84162.87");
        assertThat(uk.at("/charge/unit").asText()).isEqualTo("GBP");
        assertThat(uk.at("/charge/formula").asText()).contains("1200 t × 1.558571578947 t CO2e/t (direct) × 45 GBP");
        assertThat(uk.at("/charge/legalBasis").asText()).contains("036 UK CBAM scenario");
        assertThat(uk.at("/charge/inputs/2/source/name").asText()).contains("Greenlane demo assumption");
        // US CCA (demo proposal inputs: USD 55.00 in 2026, baseline 1.0 t CO2e/t for steel, indirect emissions counted):
        // 1200 t × (1.558571578947 + 0.321769263158 − 1.0 = 0.880340842105) × 55 = 58102.49557893 → USD 58102.50
        assertThat(us.get("mechanism").asText()).isEqualTo("US Clean Competition Act");
        assertThat(us.get("label").asText()).isEqualTo("proposal");
        assertThat(us.get("statusNote").asText()).startsWith("proposal:");
        assertThat(new BigDecimal(us.at("/charge/value").asText())).isEqualByComparingTo("58102.50");
        assertThat(us.at("/charge/unit").asText()).isEqualTo("USD");
        assertThat(us.at("/charge/source/name").asText()).isNotBlank();
        assertThat(a.at("/cost/unit").asText()).isEqualTo("EUR");
    }

    private JsonNode demoLine(String cn, String date) {
        for (JsonNode line : Https.read(https().get("/api/v1/cbam/goods-lines", token).body())) {
            if (line.get("cnCode").asText().equals(cn) && line.get("importDate").asText().equals(date)) {
                return line;
            }
        }
        throw new AssertionError("no demo line " + cn + " " + date);
    }

    private HttpResponse<String> assess(String cn, String mass, String date, String origin) {
        return https().json("POST", "/api/v1/cbam/assessments", token, request(cn, mass, date, origin.isEmpty() ? "CN" : origin));
    }

    private static String request(String cn, String mass, String date, String origin) {
        return "{\"cnCode\":\"" + cn + "\",\"countryOfOrigin\":\"" + origin + "\",\"netMass\":" + mass + ",\"importDate\":\"" + date
                + "\",\"basis\":\"DEFAULT_VALUES\"}";
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Https.read(response.body()).at("/errors/0/field").asText()).as(response.body()).isEqualTo(field);
    }

    private static void collect(JsonNode figure, List<JsonNode> into) {
        into.add(figure);
        figure.get("inputs").forEach(input -> collect(input, into));
    }
}
