package org.greenlane.server.verification;

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
 * In a real headless Chromium: the demo verifier signs in, finds its queue on the landing page, opens the completed
 * verification of the steel coil and sees the signed statement, its log entry and the certificate, then in Chinese.
 */
class VerificationBrowserTest extends BrowserTest {

    VerificationBrowserTest() {
        super(1800);
    }

    @Test
    void verifierOpensTheCompletedVerificationFromItsQueue() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signIn(DemoLogins.VERIFIER);

        wait.until(ExpectedConditions.textToBe(By.id("dashboard-title"), "Verifier dashboard"));
        assertThat(browser.findElement(By.id("panel-verification-verifier")).getText()).isEqualTo("Verification queue");
        chromium.screenshot("verifier-dashboard.png");
        browser.findElement(By.cssSelector("#panel-verification-verifier ~ p a")).click();

        wait.until(ExpectedConditions.textToBe(By.id("requests-heading"), "Requests to your organisation"));
        chromium.screenshot("verification-queue.png");
        browser.findElement(By.linkText("Hot-rolled steel coil, S235JR")).click();

        wait.until(ExpectedConditions.textToBe(By.id("request-status"), "Statement issued"));
        assertThat(browser.findElement(By.id("statement-log")).getText()).startsWith("Logged as entry");
        assertThat(browser.findElement(By.id("signed-note")).getText()).contains("\"opinion\":\"unmodified\"", "\u2014 ");
        assertThat(browser.findElement(By.id("statement")).getText()).contains("Carbon footprint label", "Valid today");
        chromium.screenshot("verification-request.png");

        browser.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.id("request-status"), "已签发声明"));
        chromium.screenshot("verification-request-zh.png");
    }
}
