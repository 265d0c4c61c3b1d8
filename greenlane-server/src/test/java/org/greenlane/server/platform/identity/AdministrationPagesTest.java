package org.greenlane.server.platform.identity;

import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** An organisation administrator adds a user and an API client from the web UI, and both work. */
class AdministrationPagesTest extends ServerTest {

    @Test
    void administratorCreatesAnApiClientWhoseSecretIsShownOnceAndWorks() {
        Https admin = https();
        admin.signIn(DemoLogins.STEEL_ADMIN, DemoLogins.PASSWORD);

        HttpResponse<String> created = admin.postForm("/admin/api-clients", "/admin",
                Map.of("name", "Warehouse system", "roles", "EXPORTER"));
        assertThat(created.statusCode()).isEqualTo(302);
        String page = admin.send(admin.request("/admin").GET()).body();
        String clientId = code(page, "issued-client-id");
        String secret = code(page, "issued-client-secret");

        assertThat(https().get("/api/v1/products", https().token(clientId, secret)).statusCode()).isEqualTo(200);
        assertThat(admin.send(admin.request("/admin").GET()).body()).doesNotContain(secret);
    }

    @Test
    void administratorAddsAUserWhoCanSignIn() {
        Https admin = https();
        admin.signIn(DemoLogins.STEEL_ADMIN, DemoLogins.PASSWORD);

        admin.postForm("/admin/users", "/admin", Map.of("email", "new.analyst@lvyuan-steel.example",
                "displayName", "New Colleague", "password", "a-long-password-1", "roles", "EXPORTER"));

        assertThat(https().signIn("new.analyst@lvyuan-steel.example", "a-long-password-1")).endsWith("/");
    }

    @Test
    void shortPasswordsAreRefusedWithAMessage() {
        Https admin = https();
        admin.signIn(DemoLogins.STEEL_ADMIN, DemoLogins.PASSWORD);

        admin.postForm("/admin/users", "/admin", Map.of("email", "short@lvyuan-steel.example",
                "displayName", "Short", "password", "short", "roles", "EXPORTER"));

        assertThat(admin.send(admin.request("/admin").GET()).body()).contains("at least 12 characters");
    }

    @Test
    void exportersCannotOpenAdministration() {
        Https exporter = https();
        exporter.signIn(DemoLogins.STEEL_EXPORTER, DemoLogins.PASSWORD);

        assertThat(exporter.send(exporter.request("/admin").GET()).statusCode()).isEqualTo(403);
    }

    private static String code(String page, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\">([^<]+)<").matcher(page);
        assertThat(matcher.find()).as(id + " on the page").isTrue();
        return matcher.group(1);
    }
}
