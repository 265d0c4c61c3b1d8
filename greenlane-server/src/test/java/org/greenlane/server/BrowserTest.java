package org.greenlane.server;

import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.IOException;

/** A server test driven through a real headless Chromium ({@link HeadlessChromium}), a fresh browser per test. */
public abstract class BrowserTest extends ServerTest {

    private final int windowHeight;
    protected HeadlessChromium chromium;
    protected WebDriver browser;

    /** @param windowHeight tall enough for the page's screenshots */
    protected BrowserTest(int windowHeight) {
        this.windowHeight = windowHeight;
    }

    @BeforeEach
    protected void startChromium() throws IOException {
        chromium = HeadlessChromium.start(windowHeight);
        browser = chromium.driver();
    }

    @AfterEach
    protected void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Submits the sign-in form for a demo login. */
    protected void signIn(String email) {
        browser.get("https://localhost:" + port + "/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(DemoLogins.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }
}
