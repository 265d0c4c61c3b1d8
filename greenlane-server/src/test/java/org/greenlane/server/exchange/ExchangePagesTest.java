package org.greenlane.server.exchange;

import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The exporter's Data exchange page, in both languages: partners with credentials shown once, sharing, hosts. */
class ExchangePagesTest extends ServerTest {

    private static final Pattern INPUT_ID = Pattern.compile("<(?:input|select|textarea)(?![^>]*type=\"hidden\")[^>]*\\sid=\"([^\"]+)\"");

    @Test
    void theExporterSeesItsFootprintsPartnersAndEventsInEnglishAndChinese() {
        Https browser = signedIn();
        String english = page(browser, "/exchange?lang=en");
        assertThat(english).contains("Data exchange (PACT)", "Hot-rolled steel coil, S235JR", "Steel wire rod, 6.5 mm",
                "Galvanised sheet DX51D+Z275",
                "PACT demo partner (all footprints)", "Shenzhen Sunpath Solar", "Deprecated", "/auth/token");
        assertThat(english).as("another organisation's footprint").doesNotContain("PV module, 550 W");
        everyFieldHasALabel(english);

        String chinese = page(browser, "/exchange?lang=zh-CN");
        assertThat(chinese).contains("数据交换（PACT）", "合作伙伴", "已废止", "收到的供应商碳足迹");
        everyFieldHasALabel(chinese);
        page(browser, "/exchange?lang=en");
    }

    @Test
    void aNewPartnersSecretIsShownOnceAndItsCredentialsWork() {
        Https browser = signedIn();
        String name = "Page partner " + UUID.randomUUID();

        HttpResponse<String> added = browser.postForm("/exchange/partners", "/exchange", Map.of("name", name, "shareAll", "true"));
        assertThat(added.statusCode()).isEqualTo(302);
        String shown = page(browser, "/exchange");
        String clientId = code(shown, "issued-client-id");
        String secret = code(shown, "issued-client-secret");
        assertThat(page(browser, "/exchange")).as("shown once").doesNotContain(secret);

        String token = https().token(clientId, secret);
        assertThat(Https.read(https().get("/3/footprints", token).body()).get("data")).hasSizeGreaterThanOrEqualTo(5);

        HttpResponse<String> duplicate = browser.postForm("/exchange/partners", "/exchange", Map.of("name", name));
        assertThat(duplicate.statusCode()).isEqualTo(302);
        assertThat(page(browser, "/exchange")).contains("You already have a partner of that name.");
    }

    @Test
    void sharingOneFootprintWithAPartnerAndStoppingIt() {
        Https browser = signedIn();
        String name = "Share-one " + UUID.randomUUID();
        browser.postForm("/exchange/partners", "/exchange", Map.of("name", name));
        String shown = page(browser, "/exchange");
        String token = https().token(code(shown, "issued-client-id"), code(shown, "issued-client-secret"));
        String partner = partnerId(shown, name);
        assertThat(https().get("/3/footprints", token).body()).isEqualTo("{\"data\":[]}");

        String footprint = ExchangeDemo.GALVANISED.toString();
        HttpResponse<String> share = browser.postForm("/exchange/footprints/" + footprint + "/share", "/exchange",
                Map.of("partner", partner));
        assertThat(share.statusCode()).isEqualTo(302);
        assertThat(https().get("/3/footprints/" + footprint, token).statusCode()).isEqualTo(200);

        browser.postForm("/exchange/footprints/" + footprint + "/unshare", "/exchange", Map.of("partner", partner));
        assertThat(https().get("/3/footprints/" + footprint, token).statusCode()).isEqualTo(403);

        browser.postForm("/exchange/partners/" + partner + "/share-all", "/exchange", Map.of("shareAll", "true"));
        assertThat(https().get("/3/footprints/" + footprint, token).statusCode()).isEqualTo(200);
        browser.postForm("/exchange/partners/" + partner + "/delete", "/exchange");
        assertThat(page(browser, "/exchange")).doesNotContain(name);
    }

    @Test
    void anInvalidHostRegistrationNamesTheProblem() {
        Https browser = signedIn();
        String name = "Host check " + UUID.randomUUID();
        browser.postForm("/exchange/partners", "/exchange", Map.of("name", name));
        String partner = partnerId(page(browser, "/exchange"), name);

        browser.postForm("/exchange/partners/" + partner + "/host", "/exchange",
                Map.of("baseUrl", "http://plain.example", "clientId", "id", "clientSecret", "secret"));
        assertThat(page(browser, "/exchange")).contains("The base URL must be an https address");

        browser.postForm("/exchange/partners/" + partner + "/host", "/exchange", Map.of("baseUrl", "https://pact.example.com",
                "clientId", "id", "clientSecret", "secret", "certificate", "not a certificate"));
        assertThat(page(browser, "/exchange")).contains("The certificate is not a PEM certificate");

        browser.postForm("/exchange/partners/" + partner + "/requests", "/exchange", Map.of("productId", "urn:gtin:1"));
        assertThat(page(browser, "/exchange")).contains("PACT host before requesting footprints");

        browser.postForm("/exchange/partners/" + partner + "/host", "/exchange",
                Map.of("baseUrl", "https://pact.example.com", "clientId", "id", "clientSecret", "secret"));
        assertThat(page(browser, "/exchange")).contains("Host https://pact.example.com, signing in as id.");
    }

    @Test
    void theDashboardShowsTheExchangePanelToExporters() {
        assertThat(page(signedIn(), "/dashboard?lang=en")).contains("Data exchange (PACT)", "Manage data exchange");
    }

    private Https signedIn() {
        Https browser = https();
        browser.signIn(DemoLogins.STEEL_EXPORTER, DemoLogins.PASSWORD);
        return browser;
    }

    private static String page(Https browser, String path) {
        HttpResponse<String> response = browser.send(browser.request(path).GET());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The id of the partner of that name, from its row in the partners table. */
    private static String partnerId(String page, String name) {
        Matcher matcher = Pattern.compile("(?s)<strong>" + Pattern.quote(name)
                + "</strong>.*?action=\"/exchange/partners/([0-9a-f-]{36})/share-all\"").matcher(page);
        assertThat(matcher.find()).as("partner " + name).isTrue();
        return matcher.group(1);
    }

    private static String code(String page, String id) {
        Matcher matcher = Pattern.compile("<code id=\"" + id + "\">([^<]+)</code>").matcher(page);
        assertThat(matcher.find()).as(id).isTrue();
        return matcher.group(1);
    }

    private static void everyFieldHasALabel(String page) {
        Matcher inputs = INPUT_ID.matcher(page);
        while (inputs.find()) {
            assertThat(page).as("a label for " + inputs.group(1)).contains("for=\"" + inputs.group(1) + "\"");
        }
    }
}
