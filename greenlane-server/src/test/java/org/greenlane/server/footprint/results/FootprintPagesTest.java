package org.greenlane.server.footprint.results;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The footprint pages as a signed-in exporter uses them: guided form, result, report, scenarios, publication. */
class FootprintPagesTest extends ServerTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern PRODUCT = Pattern.compile("/footprints/systems/new\\?product=([0-9a-f-]{36})");

    private Https web;

    @BeforeEach
    void signIn() {
        web = https();
        web.signIn(DemoLogins.STEEL_EXPORTER, DemoLogins.PASSWORD);
    }

    @Test
    void guidedFormToResultReportScenarioAndPublication() throws IOException {
        HttpResponse<String> products = get("/footprints");
        assertThat(products.statusCode()).isEqualTo(200);
        assertThat(products.body()).contains("Integrated mill route, Ningbo", "Bill-of-materials template");
        Matcher product = PRODUCT.matcher(products.body());
        assertThat(product.find()).isTrue();

        HttpResponse<String> form = get("/footprints/systems/new?product=" + product.group(1));
        assertThat(form.statusCode()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("productId", product.group(1));
        fields.put("version", "0");
        fields.put("name", "Page test line");
        fields.put("site", "CN-JS");
        fields.put("producedAmount", "1");
        fields.put("producedUnit", "t");
        fields.put("gwpSet", "AR6");
        fields.put("materials[0].name", "Billet");
        fields.put("materials[0].amount", "1.02");
        fields.put("materials[0].unit", "t");
        fields.put("materials[0].supplierKgCo2ePerUnit", "1900");
        fields.put("energy[0].kind", "ELECTRICITY");
        fields.put("energy[0].amount", "abc");
        fields.put("energy[0].unit", "kWh");
        HttpResponse<String> invalid = post("/footprints/systems", form.body(), fields);
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("energy[0].amount", "not a number");

        fields.put("energy[0].amount", "120");
        HttpResponse<String> saved = post("/footprints/systems", form.body(), fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String system = saved.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> edit = get(path(system));
        assertThat(edit.body()).contains("Billet", "Calculate footprint");

        String systemId = path(system).replaceAll(".*/systems/([0-9a-f-]{36}).*", "$1");
        HttpResponse<String> calculated = post("/footprints/systems/" + systemId + "/calculation", edit.body(), Map.of());
        String resultPath = path(calculated.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> result = get(resultPath);
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("Location-based", "Market-based", "chart-data", "greenlane-builtin@2025.1",
                "Upstream tree", "GHG Protocol");

        for (Matcher script = Pattern.compile("<script src=\"([^\"]+)\"").matcher(result.body()); script.find(); ) {
            assertThat(get(script.group(1)).statusCode()).as(script.group(1)).isEqualTo(200);
        }
        HttpResponse<String> chinese = get(resultPath + "?lang=zh-CN");
        assertThat(chinese.body()).contains("碳足迹", "基于位置");
        get(resultPath + "?lang=en");

        HttpResponse<String> report = get(resultPath + "/report");
        assertThat(report.body()).contains("<svg", "Product carbon footprint");
        HttpResponse<byte[]> pdf = web.sendBytes(web.request(resultPath + "/report.pdf").GET());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdfText(pdf.body())).contains("Product carbon footprint");
        get(resultPath + "?lang=zh-CN");
        HttpResponse<byte[]> chinesePdf = web.sendBytes(web.request(resultPath + "/report.pdf").GET());
        // .ci/run installs Debian's fonts-droid-fallback, a TrueType CJK font PDFBox can embed (decision 019).
        assertThat(pdfText(chinesePdf.body())).contains("碳足迹");
        get(resultPath + "?lang=en");

        HttpResponse<String> scenarios = get("/footprints/systems/" + systemId + "/scenarios");
        Map<String, String> scenario = new LinkedHashMap<>();
        scenario.put("rows[0].enabled", "true");
        scenario.put("rows[0].name", "All green");
        scenario.put("rows[0].type", "GREEN_ELECTRICITY");
        scenario.put("rows[0].share", "1");
        HttpResponse<String> compared = post("/footprints/systems/" + systemId + "/scenarios", scenarios.body(), scenario);
        assertThat(compared.statusCode()).isEqualTo(200);
        assertThat(compared.body()).contains("All green", "chart-scenarios");

        HttpResponse<String> publishForm = get(resultPath + "/publication");
        Map<String, String> publication = new LinkedHashMap<>();
        publication.put("referencePeriodStart", "2024-01-01");
        publication.put("referencePeriodEnd", "2024-12-31");
        publication.put("geographyKind", "country");
        publication.put("geographyCountry", "CN");
        publication.put("productMassPerDeclaredUnit", "1000");
        publication.put("fossilCarbonContent", "1.2");
        publication.put("electricityMethod", "MARKET");
        HttpResponse<String> published = post(resultPath + "/publication", publishForm.body(), publication);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
        HttpResponse<String> pf = get(path(published.headers().firstValue("Location").orElseThrow()));
        assertThat(pf.body()).contains("&quot;specVersion&quot; : &quot;3.0.3&quot;", "Active");
    }

    @Test
    void spreadsheetProblemsAreShownBySheetRowAndColumn() {
        HttpResponse<String> products = get("/footprints");
        Matcher product = PRODUCT.matcher(products.body());
        assertThat(product.find()).isTrue();
        String csv = "sheet,field,value,name,amount,unit,supplier,supplier_kg_co2e_per_unit\n"
                + "Product,site,CN-ZJ,,,,,\n"
                + "Product,produced_amount,1,,,,,\n"
                + "Product,produced_unit,t,,,,,\n"
                + "Materials,,,Slab,1.0x,t,Mill,1800\n";

        HttpResponse<String> upload = web.send(multipart("/footprints/systems/upload", csrf(products.body()),
                Map.of("productId", product.group(1), "name", "Broken upload"), "bom.csv", csv));

        assertThat(upload.statusCode()).isEqualTo(302);
        HttpResponse<String> shown = get(path(upload.headers().firstValue("Location").orElseThrow()));
        assertThat(shown.body()).contains("sheet &#39;Materials&#39;, row 5, column E (amount): &#39;1.0x&#39; is not a number");
    }

    @Test
    void factorLibraryCertificatesAndDashboard() {
        assertThat(get("/footprints/factors?q=grid&region=CN").body()).contains("electricity.grid", "greenlane-builtin@2025.1");
        assertThat(get("/footprints/factors/suggestions?materials%5B0%5D.activity=natural").body())
                .contains("fuel.combustion.natural-gas");
        assertThat(get("/footprints/certificates").body()).contains("GEC-2024-ZJ-0012345");
        assertThat(get("/dashboard").body()).contains("Carbon footprints", "Hot-rolled steel coil");
    }

    private HttpResponse<String> get(String path) {
        return web.send(web.request(path).GET());
    }

    private HttpResponse<String> post(String path, String page, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf(page));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return web.send(web.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpRequest.Builder multipartRequest(Https web, String path, String csrf, Map<String, String> fields,
                                                        String fileName, String content) {
        String boundary = "----greenlane-test-boundary";
        StringBuilder body = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        all.forEach((k, v) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n--")
                .append(boundary).append("--\r\n");
        return web.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private HttpRequest.Builder multipart(String path, String csrf, Map<String, String> fields, String fileName,
                                          String content) {
        return multipartRequest(web, path, csrf, fields, fileName, content);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return m.group(1);
    }

    /** The path of an absolute or relative redirect target. */
    private static String path(String location) {
        return location.replaceFirst("^https://[^/]+", "");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = PDDocument.load(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
