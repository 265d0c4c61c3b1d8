package org.greenlane.server.cbam;

import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The Carbon border costs pages render computed, traced figures in English and Simplified Chinese. */
class CbamPagesTest extends ServerTest {

    @Test
    void exporterSeesComputedFiguresWithTheirLegalBasisInEnglishAndChinese() {
        Https browser = https();
        browser.signIn(DemoLogins.STEEL_EXPORTER, DemoLogins.PASSWORD);

        HttpResponse<String> english = browser.send(browser.request("/cbam?year=2026&lang=en").GET());
        assertThat(english.statusCode()).isEqualTo(200);
        // the demo coil to Rheinstahl: 1582.727814950934720 certificates (see CbamApiTest), EUR 119274.37
        assertThat(english.body()).contains("Rheinstahl Handel GmbH", "Acciai Lombardi S.p.A.", "1,582.728", "119,274.37",
                "Implementing Regulation (EU) 2025/2621", "Regulation (EU) 2023/956, Article 22", "Saving from verified actual data",
                "data-projection=", "echarts.min.js", "Lvyuan Ningbo steel works", "communication.xlsx",
                "explicit fallback");
        assertThat(english.body()).doesNotContain("not available in this release");

        HttpResponse<String> chinese = browser.send(browser.request("/cbam?year=2026&lang=zh-CN").GET());
        assertThat(chinese.body()).contains("lang=\"zh-CN\"", "碳边境成本", "每吨隐含排放", "经核查实际数据节省", "1,582.728", "法律依据");

        HttpResponse<String> dashboard = browser.send(browser.request("/dashboard?lang=en").GET());
        assertThat(dashboard.body()).contains("CBAM exposure 2026", "Saved by actual data");
    }

    @Test
    void scopeLookupWorksForEveryRoleAndOtherRolesSeeNoTradeData() {
        Https verifier = https();
        verifier.signIn(DemoLogins.VERIFIER, DemoLogins.PASSWORD);
        String page = verifier.send(verifier.request("/cbam?code=7604+29+10&lang=en").GET()).body();
        assertThat(page).contains("In scope", "aluminium", "for exporters and for organisations importing");
        assertThat(page).doesNotContain("Rheinstahl");

        Https solar = https();
        solar.signIn(DemoLogins.SOLAR_EXPORTER, DemoLogins.PASSWORD);
        assertThat(solar.send(solar.request("/cbam?lang=en").GET()).body()).contains("No CBAM data yet").doesNotContain("Rheinstahl");
    }
}
