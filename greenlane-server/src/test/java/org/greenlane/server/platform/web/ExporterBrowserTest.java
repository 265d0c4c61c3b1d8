package org.greenlane.server.platform.web;

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
 * End to end in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): a demo exporter signs in, switches to Chinese and back, and sees the dashboard.
 */
class ExporterBrowserTest extends ServerTest {

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
        assumeTrue(installed, "chromium and chromium-driver are not installed: skipping the browser test "
                + "(sudo apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("greenlane-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--ignore-certificate-errors", "--lang=en-US", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
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
    void exporterSignsInSwitchesToChineseAndBackAndSeesTheDashboard() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("https://localhost:" + port + "/login");
        browser.findElement(By.id("email")).sendKeys(DemoLogins.STEEL_EXPORTER);
        browser.findElement(By.id("password")).sendKeys(DemoLogins.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBe(By.id("dashboard-title"), "Exporter dashboard"));
        assertThat(browser.findElement(By.id("panel-products")).getText()).isEqualTo("Your products");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hot-rolled steel coil, S235JR");

        browser.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.id("dashboard-title"), "出口企业工作台"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.findElement(By.cssSelector("nav.mainnav")).getText()).contains("碳足迹", "碳边境成本");
        screenshot("dashboard-zh.png");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("dashboard-title"), "Exporter dashboard"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Zhejiang Lvyuan Steel Co., Ltd.");
        screenshot("dashboard-en.png");
    }

    /** Kept under target/ so a failing run can be looked at. */
    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
