package org.greenlane.server.cbam;

import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.greenlane.server.platform.identity.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CBAM data entry pages as a browser uses them (session, CSRF): an exporter of a new organisation enters an EU
 * importer, an installation, a goods line from its process and a price scenario, sees each problem beside its field with
 * nothing stored, and cannot overwrite a newer version.
 */
class CbamFormsTest extends ServerTest {

    @Autowired
    Organisations organisations;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    private UUID organisation;
    private Https browser;

    @BeforeEach
    void newExporter() {
        organisation = organisations.register("Forms Test Steel " + UUID.randomUUID(), OrganisationKind.ENTERPRISE, "CN").id();
        String email = "exporter-" + UUID.randomUUID() + "@forms-test.example";
        users.register(organisation, email, "Forms Tester", "forms-password-1", Set.of(Role.EXPORTER));
        browser = https();
        browser.signIn(email, "forms-password-1");
    }

    @Test
    void anExporterEntersImporterInstallationAndGoodsLineAndSeesTheResult() {
        assertThat(page("/cbam?lang=en")).contains("Enter your CBAM data", "/cbam/installations/new", "/cbam/importers/new",
                "/cbam/goods-lines/new");

        HttpResponse<String> badImporter = post("/cbam/importers", "/cbam/importers/new",
                Map.of("name", "Rhein Import GmbH", "eori", "Germany-1", "country", "DE", "city", "Duisburg"));
        assertThat(badImporter.statusCode()).isEqualTo(200);
        assertThat(fieldError(badImporter.body(), "eori")).contains("must be an EORI number");
        assertThat(count("cbam_importer")).isZero();

        HttpResponse<String> importer = post("/cbam/importers", "/cbam/importers/new",
                Map.of("name", "Rhein Import GmbH", "eori", "DE123456789012345", "country", "de", "city", "Duisburg"));
        assertThat(importer.statusCode()).isEqualTo(302);
        UUID importerId = jdbc.sql("select id from cbam_importer where organisation_id = :o").param("o", organisation)
                .query(UUID.class).single();

        Map<String, String> works = installation();
        works.put("processes[0].activityLevel", "ten thousand");
        works.put("processes[0].boundary.sourceStreams[0].netCalorificValue", "");
        HttpResponse<String> badWorks = post("/cbam/installations", "/cbam/installations/new", works);
        assertThat(badWorks.statusCode()).isEqualTo(200);
        assertThat(fieldError(badWorks.body(), "processes-0-activityLevel")).contains("ten thousand&#39; is not a number").doesNotContain("must not be null");
        assertThat(badWorks.body()).contains("Nothing was saved");
        assertThat(count("cbam_installation")).isZero();

        works = installation();
        works.put("processes[0].boundary.sourceStreams[0].netCalorificValue", "");
        HttpResponse<String> incomplete = post("/cbam/installations", "/cbam/installations/new", works);
        // the engine refuses a combustion stream without its net calorific value; the error sits on that stream's row
        assertThat(incomplete.statusCode()).isEqualTo(200);
        assertThat(incomplete.body()).containsPattern("<td colspan=\"10\">\\s*<p class=\"field-error\" role=\"alert\">[^<]+</p>");
        assertThat(count("cbam_installation")).isZero();

        HttpResponse<String> saved = post("/cbam/installations", "/cbam/installations/new", installation());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String installationPage = location(saved);
        UUID installationId = UUID.fromString(installationPage.substring(installationPage.lastIndexOf('/') + 1));
        String shown = page(installationPage + "?lang=en");
        // SEE direct = 10000 t × 0.0282 TJ/t × 94.6 t CO2/TJ × 1 / 10000 t = 2.66772 t CO2e/t
        // SEE indirect = 5000 MWh × 0.5703 t CO2e/MWh / 10000 t = 0.28515 t CO2e/t
        assertThat(shown).contains("2.66772", "0.28515", "Add a goods line made by this process",
                "/cbam/goods-lines/new?installationId=" + installationId + "&amp;processKey=rolling");

        // choosing the installation in the goods line form loads its processes (htmx)
        assertThat(page("/cbam/goods-lines/processes?installationId=" + installationId)).contains("<datalist id=\"process-keys\"",
                "value=\"rolling\"", "Forms test mill · rolling · CN 72083900");

        String prefilled = page("/cbam/goods-lines/new?installationId=" + installationId + "&processKey=rolling&lang=en");
        assertThat(prefilled).contains("value=\"72083900\"", "value=\"CN\"");

        Map<String, String> line = new HashMap<>(Map.of("importerId", importerId.toString(), "description", "Coil", "cnCode", "7208 39 00",
                "countryOfOrigin", "CN", "netMass", "100", "importDate", "2026-03-02", "basis", "ACTUAL_DATA",
                "installationId", installationId.toString(), "processKey", "rolling", "version", "0"));
        line.put("netMass", "-5");
        HttpResponse<String> negative = post("/cbam/goods-lines", "/cbam/goods-lines/new", line);
        assertThat(fieldError(negative.body(), "netMass")).contains("must be greater than or equal to 0");
        assertThat(count("cbam_goods_line")).isZero();

        line.put("netMass", "100");
        HttpResponse<String> added = post("/cbam/goods-lines", "/cbam/goods-lines/new", line);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        String linePage = location(added);
        String result = page(linePage + "?lang=en");
        assertThat(result).contains("What it owes in 2026", "EU CBAM cost (law)", "UK CBAM", "US Clean Competition Act",
                "scenario", "proposal, not law", "Regulation (EU) 2023/956");

        // optimistic editing: the first change from version 0 wins, a second from version 0 is refused and changes nothing
        line.put("netMass", "120");
        assertThat(post(linePage, linePage, line).statusCode()).isEqualTo(302);
        line.put("netMass", "999");
        HttpResponse<String> stale = post(linePage, linePage, line);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("someone else changed this record");
        assertThat(jdbc.sql("select net_mass from cbam_goods_line where organisation_id = :o").param("o", organisation)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("120");

        assertThat(page(linePage + "?lang=zh-CN")).contains("货物行", "情景", "提案，非现行法律");
        assertThat(page("/cbam?year=2026&lang=en")).contains("Rhein Import GmbH", "Coil", linePage);

        // the installation and the importer stay while the line uses them; the refusal is said, nothing is removed
        HttpResponse<String> keep = post("/cbam/installations/" + installationId + "/delete", installationPage, Map.of());
        assertThat(page(location(keep) + "?lang=en")).contains("Not deleted: goods lines take their actual data from Forms test mill");
        assertThat(post("/cbam/importers/" + importerId + "/delete", "/cbam", Map.of()).statusCode()).isEqualTo(302);
        assertThat(page("/cbam?lang=en")).contains("Not removed: goods lines still refer to Rhein Import GmbH");
        assertThat(count("cbam_installation")).isEqualTo(1);
        assertThat(count("cbam_importer")).isEqualTo(1);
        assertThat(post(linePage + "/delete", linePage, Map.of()).statusCode()).isEqualTo(302);
        assertThat(post("/cbam/installations/" + installationId + "/delete", installationPage, Map.of()).statusCode()).isEqualTo(302);
        assertThat(count("cbam_installation")).isZero();
    }

    @Test
    void aPriceScenarioNeedsAPriceForEveryYear() {
        Map<String, String> scenario = new HashMap<>(Map.of("name", "Steep", "assumption", "EUR 100 rising 10 EUR a year"));
        for (int i = 0; i < 9; i++) {
            scenario.put("prices[" + i + "]", String.valueOf(100 + 10 * i));
        }
        scenario.put("prices[3]", "");
        HttpResponse<String> gap = post("/cbam/scenarios", "/cbam/scenarios/new", scenario);
        assertThat(fieldError(gap.body(), "prices-3")).contains("a price is needed for 2029");
        assertThat(count("cbam_price_scenario")).isZero();

        scenario.put("prices[3]", "130");
        assertThat(post("/cbam/scenarios", "/cbam/scenarios/new", scenario).statusCode()).isEqualTo(302);
        assertThat(page("/cbam?lang=en")).contains("Steep", "EUR 100 rising 10 EUR a year");
    }

    /** A hot-rolling mill: natural gas burnt and grid electricity, 10000 t of coil. */
    private static Map<String, String> installation() {
        Map<String, String> fields = new HashMap<>(Map.of("identifier", "CN-FT-0001", "name", "Forms test mill", "operator", "Forms Test Steel",
                "country", "CN", "city", "Tangshan", "periodStart", "2025-01-01", "periodEnd", "2025-12-31", "version", "0"));
        fields.putAll(Map.of("processes[0].key", "rolling", "processes[0].cnCode", "72083900", "processes[0].productionRoute", "(C)",
                "processes[0].activityLevel", "10000"));
        String stream = "processes[0].boundary.sourceStreams[0].";
        fields.putAll(Map.of(stream + "type", "COMBUSTION", stream + "name", "natural gas", stream + "activityData", "10000",
                stream + "netCalorificValue", "0.0282", stream + "emissionFactor", "94.6", stream + "oxidationFactor", "1"));
        String power = "processes[0].boundary.electricityConsumed[0].";
        fields.putAll(Map.of(power + "name", "grid", power + "megawattHours", "5000", power + "factor", "0.5703",
                power + "factorKind", "GRID_OF_COUNTRY_OF_ORIGIN", power + "factorSource", "grid factor, test"));
        return fields;
    }

    /** The errors shown right below the input with this id. */
    private static String fieldError(String html, String id) {
        Matcher m = Pattern.compile("(?s)id=\"" + Pattern.quote(id) + "\"[^>]*>\\s*(?:<p class=\"hint\"[^<]*</p>\\s*)?"
                + "((?:<p class=\"field-error\"[^>]*>[^<]*</p>\\s*)+)").matcher(html);
        assertThat(m.find()).as("errors beside field " + id).isTrue();
        return m.group(1);
    }

    /** The path a redirect points to. */
    private static String location(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https://[^/]+", "");
    }

    private String page(String path) {
        HttpResponse<String> response = browser.send(browser.request(path).GET());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> post(String path, String pageWithForm, Map<String, String> fields) {
        return browser.postForm(path, pageWithForm, fields);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table + " where organisation_id = :o").param("o", organisation)
                .query(Integer.class).single();
    }
}
