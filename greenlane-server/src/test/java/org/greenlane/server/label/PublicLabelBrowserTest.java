package org.greenlane.server.label;

import org.greenlane.server.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public label page in a real headless Chromium, signed in as nobody: the browser redoes the leaf hash,
 * the inclusion proof and the checkpoint's Ed25519 signature with WebCrypto and comes to the server's result.
 */
class PublicLabelBrowserTest extends ServerTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String COIL_PATH = "/01/06901234500011/10/" + LabelDemo.COIL_BATCH;

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startChromium() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null) {
            assertThat(installed).as("CI must provide chromium and chromium-driver (.ci/run installs them)").isTrue();
        }
        assumeTrue(installed, "chromium and chromium-driver are not installed: skipping the browser test");
        profile = Files.createTempDirectory("greenlane-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--ignore-certificate-errors", "--lang=en-US", "--window-size=1280,900");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
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
