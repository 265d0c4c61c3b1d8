package org.greenlane.server.footprint.results;

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
 * In a real headless Chromium: the demo steel exporter opens a footprint result, whose charts are drawn by the
 * static script under the page's Content Security Policy (no inline script), and expands the upstream tree.
 */
class FootprintBrowserTest extends BrowserTest {

    FootprintBrowserTest() {
        super(2600);
    }

    @Test
    void resultChartsRenderUnderTheContentSecurityPolicy() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        signIn(DemoLogins.STEEL_EXPORTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-title")));

        browser.get("https://localhost:" + port + "/footprints");
        browser.findElement(By.cssSelector("a[href^='/footprints/results/']")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-stages svg")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-sankey svg")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Carbon footprint of");
        assertThat(browser.findElement(By.cssSelector("ul.tree")).getText()).contains("kg CO2e");
        chromium.screenshot("footprint-result.png");

        browser.get(browser.getCurrentUrl().replaceAll("\\?.*", "") + "?lang=zh-CN");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-stages svg")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("碳足迹");
        chromium.screenshot("footprint-result-zh.png");
        browser.get("https://localhost:" + port + "/footprints?lang=en");
    }
}
