package org.greenlane.server.verification;

import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In a real headless Chromium: the demo verifier signs in, finds its queue on the landing page, opens the completed
 * verification of the steel coil and sees the signed statement, its log entry and the certificate, then in Chinese.
 */
class VerificationBrowserTest extends ServerTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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
                "--user-data-dir=" + profile, "--ignore-certificate-errors", "--lang=en-US", "--window-size=1280,1800");
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
    void verifierOpensTheCompletedVerificationFromItsQueue() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("https://localhost:" + port + "/login");
        browser.findElement(By.id("email")).sendKeys(DemoLogins.VERIFIER);
        browser.findElement(By.id("password")).sendKeys(DemoLogins.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBe(By.id("dashboard-title"), "Verifier dashboard"));
        assertThat(browser.findElement(By.id("panel-verification-verifier")).getText()).isEqualTo("Verification queue");
        screenshot("verifier-dashboard.png");
        browser.findElement(By.cssSelector("#panel-verification-verifier ~ p a")).click();

        wait.until(ExpectedConditions.textToBe(By.id("requests-heading"), "Requests to your organisation"));
        screenshot("verification-queue.png");
        browser.findElement(By.linkText("Hot-rolled steel coil, S235JR")).click();

        wait.until(ExpectedConditions.textToBe(By.id("request-status"), "Statement issued"));
        assertThat(browser.findElement(By.id("statement-log")).getText()).startsWith("Logged as entry");
        assertThat(browser.findElement(By.id("signed-note")).getText()).contains("\"opinion\":\"unmodified\"", "\u2014 ");
        assertThat(browser.findElement(By.id("statement")).getText()).contains("Carbon footprint label", "Valid today");
        screenshot("verification-request.png");

        browser.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.id("request-status"), "已签发声明"));
        screenshot("verification-request-zh.png");
    }

    /** Kept under target/ so a failing run can be looked at. */
    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
