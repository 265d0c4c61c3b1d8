package org.greenlane.server.footprint.results;

import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * In a real headless Chromium: the demo steel exporter opens a footprint result, whose charts are drawn by the
 * static script under the page's Content Security Policy (no inline script), and expands the upstream tree.
 */
class FootprintBrowserTest extends ServerTest {

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
        assumeTrue(installed, "chromium and chromium-driver are not installed: skipping the footprint browser test");
        profile = Files.createTempDirectory("greenlane-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--ignore-certificate-errors", "--lang=en-US", "--window-size=1280,2600");
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
    void resultChartsRenderUnderTheContentSecurityPolicy() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("https://localhost:" + port + "/login");
        browser.findElement(By.id("email")).sendKeys(DemoLogins.STEEL_EXPORTER);
        browser.findElement(By.id("password")).sendKeys(DemoLogins.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-title")));

        browser.get("https://localhost:" + port + "/footprints");
        browser.findElement(By.cssSelector("a[href^='/footprints/results/']")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-stages svg")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-sankey svg")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Carbon footprint of");
        assertThat(browser.findElement(By.cssSelector("ul.tree")).getText()).contains("kg CO2e");
        screenshot("footprint-result.png");

        browser.get(browser.getCurrentUrl().replaceAll("\\?.*", "") + "?lang=zh-CN");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-stages svg")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("碳足迹");
        screenshot("footprint-result-zh.png");
        browser.get("https://localhost:" + port + "/footprints?lang=en");
    }

    /** Kept under target/ so the pages can be looked at after a run. */
    private void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            Files.write(target.resolve(name), ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
