package org.greenlane.server.label;

import org.greenlane.server.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public label page in a real headless Chromium, signed in as nobody: the browser redoes the leaf hash,
 * the inclusion proof and the checkpoint's Ed25519 signature with WebCrypto and comes to the server's result.
 */
class PublicLabelBrowserTest extends BrowserTest {

    private static final String COIL_PATH = "/01/06901234500011/10/" + LabelDemo.COIL_BATCH;

    PublicLabelBrowserTest() {
        super(900);
    }

    @Test
    void theBrowserChecksTheLogEntryAgainWithWebCrypto() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.pollingEvery(Duration.ofMillis(500)).until(driver -> {
            driver.get("https://localhost:" + port + COIL_PATH);
            return !driver.findElements(By.id("browser-check")).isEmpty();
        });
        wait.until(driver -> driver.findElement(By.cssSelector("[data-browser=signature]")).getAttribute("data-outcome") != null);

        assertThat(outcome("leaf")).isEqualTo("OK");
        assertThat(outcome("root")).isEqualTo("OK");
        assertThat(outcome("signature")).isEqualTo("OK");
        String serverLeaf = browser.findElement(By.cssSelector("[data-step=leaf] .details code")).getText();
        assertThat(browser.findElement(By.cssSelector("[data-browser=leaf] code")).getText()).isEqualTo(serverLeaf);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(LabelDemo.COIL);
    }

    private String outcome(String step) {
        return browser.findElement(By.cssSelector("[data-browser=" + step + "]")).getAttribute("data-outcome");
    }
}
