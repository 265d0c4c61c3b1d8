package org.greenlane.server.platform.security;

import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.greenlane.server.platform.identity.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Form sign-in: passwords hashed, CSRF required, session cookie secure, guessing throttled. */
class WebSignInTest extends ServerTest {

    @Autowired
    UserAccounts users;
    @Autowired
    Organisations organisations;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void demoExporterSignsInToTheDashboard() {
        Https browser = https();
        assertThat(browser.signIn(DemoLogins.STEEL_EXPORTER, DemoLogins.PASSWORD)).endsWith("/");

        HttpResponse<String> dashboard = browser.send(browser.request("/dashboard").GET());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Exporter dashboard", "Hot-rolled steel coil");
    }

    @Test
    void sessionCookieIsSecureAndHttpOnly() {
        Https browser = https();
        HttpResponse<String> login = browser.send(browser.request("/login").GET());

        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).contains("GREENLANE_SESSION=", "Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() {
        Https browser = https();
        browser.send(browser.request("/login").GET());
        HttpResponse<String> response = browser.send(browser.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + DemoLogins.STEEL_EXPORTER + "&password=" + DemoLogins.PASSWORD)));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from app_user where email = :email")
                .param("email", DemoLogins.STEEL_EXPORTER).query(String.class).single();

        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain(DemoLogins.PASSWORD);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightOne() {
        var organisation = organisations.register("Throttle Test Ltd.", OrganisationKind.ENTERPRISE, "GB");
        users.register(organisation.id(), "throttle@test.example", "Throttle", "right-password-123", Set.of(Role.EXPORTER));

        for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
            assertThat(https().signIn("throttle@test.example", "wrong-password")).endsWith("/login?error");
        }

        assertThat(https().signIn("throttle@test.example", "right-password-123")).endsWith("/login?locked");
    }

    @Test
    void pagesNeedSignInAndSendTheBrowserToTheForm() {
        HttpResponse<String> response = https().get("/dashboard", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }
}
