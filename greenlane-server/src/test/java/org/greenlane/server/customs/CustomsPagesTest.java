package org.greenlane.server.customs;

import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbench and the enterprise view over HTTP, in English and Simplified Chinese. */
class CustomsPagesTest extends ServerTest {

    private static final Pattern DECLARATION_LINK = Pattern.compile("href=\"(/customs/declarations/[0-9a-f-]{36})\"");

    private Https signedIn(String email) {
        Https http = https();
        http.signIn(email, DemoLogins.PASSWORD);
        return http;
    }

    @Test
    void theOfficerWorksTheQueuesInEnglishAndChinese() {
        Https officer = signedIn(DemoLogins.CUSTOMS_OFFICER);
        String queues = officer.send(officer.request("/customs?lane=YELLOW&lang=en").GET()).body();
        assertThat(queues).contains("Green channel queues", "id=\"queue\"", "lane-yellow");

        Matcher link = DECLARATION_LINK.matcher(queues);
        assertThat(link.find()).as("a YELLOW declaration in the demo queue").isTrue();
        String detail = officer.send(officer.request(link.group(1)).GET()).body();
        assertThat(detail).contains("Lane decision", "Why", "History of trader");

        String chinese = officer.send(officer.request("/customs?lane=RED&lang=zh-CN").GET()).body();
        assertThat(chinese).contains("绿色通道查验队列", "红色通道");
        for (String page : new String[]{"/customs/kpis", "/customs/criteria", "/customs/offices", "/customs/models"}) {
            var response = officer.send(officer.request(page).GET());
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).doesNotContain("??");
        }
        String kpis = officer.send(officer.request("/customs/kpis?lang=en").GET()).body();
        assertThat(kpis).contains("id=\"kpi-rates\"", "data-series=", "/js/customs-kpis.js").doesNotContain("<script>");
        Matcher echarts = Pattern.compile("src=\"(/webjars/echarts/[^\"]*echarts.min.js)\"").matcher(kpis);
        assertThat(echarts.find()).isTrue();
        assertThat(officer.send(officer.request(echarts.group(1)).GET()).statusCode()).isEqualTo(200);
        assertThat(officer.send(officer.request("/customs/enterprises/" + CustomsDemoData.STEEL_CODE + "?lang=en").GET()).body())
                .contains("Green indicators and their sources", "unverified", "cert:iso14064:lvyuan-steel:2025");
    }

    @Test
    void theExporterSeesItsDeclarationsWithoutReasons() {
        Https exporter = signedIn(DemoLogins.STEEL_EXPORTER);
        String mine = exporter.send(exporter.request("/customs?lang=en").GET()).body();
        assertThat(mine).contains("Your customs declarations", "LVS-");
        Matcher link = DECLARATION_LINK.matcher(mine);
        assertThat(link.find()).isTrue();
        String detail = exporter.send(exporter.request(link.group(1)).GET()).body();
        assertThat(detail).contains("reasons for a selection confidential").doesNotContain("Criterion", "Risk model", "score");
        assertThat(exporter.send(exporter.request("/customs/kpis").GET()).statusCode()).isEqualTo(403);
        assertThat(exporter.send(exporter.request("/customs?lang=zh-CN").GET()).body()).contains("您的报关单");
    }

    @Test
    void otherRolesHaveNoCustomsPages() {
        Https verifier = signedIn(DemoLogins.VERIFIER);
        assertThat(verifier.send(verifier.request("/customs").GET()).statusCode()).isEqualTo(403);
    }
}
