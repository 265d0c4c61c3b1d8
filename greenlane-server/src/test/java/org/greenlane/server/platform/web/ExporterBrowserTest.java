package org.greenlane.server.platform.web;

import org.greenlane.server.BrowserTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): a demo exporter signs in, switches to Chinese and back, and sees the dashboard.
 */
class ExporterBrowserTest extends BrowserTest {

    ExporterBrowserTest() {
        super(900);
    }

    @Test
    void exporterSignsInSwitchesToChineseAndBackAndSeesTheDashboard() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signIn(DemoLogins.STEEL_EXPORTER);

        wait.until(ExpectedConditions.textToBe(By.id("dashboard-title"), "Exporter dashboard"));
        assertThat(browser.findElement(By.id("panel-products")).getText()).isEqualTo("Your products");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hot-rolled steel coil, S235JR");

        browser.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.id("dashboard-title"), "出口企业工作台"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.findElement(By.cssSelector("nav.mainnav")).getText()).contains("碳足迹", "碳边境成本");
        chromium.screenshot("dashboard-zh.png");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("dashboard-title"), "Exporter dashboard"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Zhejiang Lvyuan Steel Co., Ltd.");
        chromium.screenshot("dashboard-en.png");
    }
}
