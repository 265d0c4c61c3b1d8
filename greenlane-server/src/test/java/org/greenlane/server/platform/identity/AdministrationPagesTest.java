package org.greenlane.server.platform.identity;

import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation administrator adds a user and an API client from the web UI, and both work; administrators grant
 * only their organisation's line of work; the platform operator registers tenants (decision 072).
 */
class AdministrationPagesTest extends ServerTest {

    @Autowired
    Organisations organisations;

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

    @Test
    void administratorsGrantOnlyTheirOrganisationsLineOfWork() {
        Https admin = https();
        admin.signIn(DemoLogins.STEEL_ADMIN, DemoLogins.PASSWORD);
        String page = admin.send(admin.request("/admin").GET()).body();
        assertThat(page).contains("value=\"EXPORTER\"").doesNotContain("value=\"CUSTOMS_OFFICER\"");

        admin.postForm("/admin/users", "/admin", Map.of("email", "would-be.officer@lvyuan-steel.example",
                "displayName", "Would-be officer", "password", "a-long-password-1", "roles", "CUSTOMS_OFFICER"));
        assertThat(admin.send(admin.request("/admin").GET()).body()).contains("cannot grant that role")
                .doesNotContain("would-be.officer@lvyuan-steel.example");

        admin.postForm("/admin/api-clients", "/admin", Map.of("name", "Verifier pretender", "roles", "VERIFIER"));
        assertThat(admin.send(admin.request("/admin").GET()).body()).doesNotContain("issued-client-secret");
    }

    @Test
    void theOperatorRegistersATenantWhoseAdministratorSignsInAndAddsPeople() {
        Https operator = https();
        operator.signIn(DemoLogins.OPERATOR_ADMIN, DemoLogins.PASSWORD);
        String name = "Shanghai Customs District " + UUID.randomUUID();
        String email = "admin." + UUID.randomUUID() + "@customs.example";

        operator.postForm("/admin/organisations", "/admin", Map.of("name", name, "kind", "CUSTOMS_AUTHORITY",
                "country", "cn", "adminEmail", email, "adminName", "Ma Jun"));
        String page = operator.send(operator.request("/admin").GET()).body();
        assertThat(page).contains(name, "Customs authority");
        String password = code(page, "onboarded-password");
        assertThat(operator.send(operator.request("/admin").GET()).body()).as("shown once").doesNotContain(password);

        Https tenantAdmin = https();
        assertThat(tenantAdmin.signIn(email, password)).endsWith("/");
        String tenantPage = tenantAdmin.send(tenantAdmin.request("/admin").GET()).body();
        assertThat(tenantPage).contains("value=\"CUSTOMS_OFFICER\"").doesNotContain("value=\"EXPORTER\"")
                .doesNotContain("organisation-kind");
        String officer = "officer." + UUID.randomUUID() + "@customs.example";
        tenantAdmin.postForm("/admin/users", "/admin", Map.of("email", officer, "displayName", "Officer",
                "password", "a-long-password-1", "roles", "CUSTOMS_OFFICER"));
        assertThat(https().signIn(officer, "a-long-password-1")).endsWith("/");

        tenantAdmin.postForm("/account/password", "/account", Map.of("currentPassword", password,
                "newPassword", "a-new-long-password-2", "repeatedPassword", "a-new-long-password-3"));
        assertThat(tenantAdmin.send(tenantAdmin.request("/account").GET()).body()).contains("The two new passwords differ");
        tenantAdmin.postForm("/account/password", "/account", Map.of("currentPassword", password,
                "newPassword", "a-new-long-password-2", "repeatedPassword", "a-new-long-password-2"));
        assertThat(tenantAdmin.send(tenantAdmin.request("/account").GET()).body()).contains("Your password was changed");
        assertThat(https().signIn(email, "a-new-long-password-2")).endsWith("/");
    }

    @Test
    void aRefusedRegistrationNamesEveryFieldAndStoresNothing() {
        Https operator = https();
        operator.signIn(DemoLogins.OPERATOR_ADMIN, DemoLogins.PASSWORD);
        String name = "Half registered " + UUID.randomUUID();
        operator.postForm("/admin/organisations", "/admin", Map.of("name", name, "kind", "ENTERPRISE",
                "country", "China", "adminEmail", DemoLogins.STEEL_EXPORTER, "adminName", " "));
        String page = operator.send(operator.request("/admin").GET()).body();
        assertThat(page).contains("country: an ISO 3166-1 alpha-2 code", "adminEmail: this email is already registered",
                "adminName: a name");
        assertThat(organisations.findByName(name)).isEmpty();
    }

    @Test
    void onlyTheOperatorRegistersOrganisations() {
        Https admin = https();
        admin.signIn(DemoLogins.STEEL_ADMIN, DemoLogins.PASSWORD);
        HttpResponse<String> refused = admin.postForm("/admin/organisations", "/admin", Map.of("name", "Shadow tenant",
                "kind", "CUSTOMS_AUTHORITY", "country", "CN", "adminEmail", "shadow@example.com", "adminName", "Shadow"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(organisations.findByName("Shadow tenant")).isEmpty();
        assertThat(admin.send(admin.request("/api/v1/organisations").GET()).statusCode()).isEqualTo(403);
    }

    private static String code(String page, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\">([^<]+)<").matcher(page);
        assertThat(matcher.find()).as(id + " on the page").isTrue();
        return matcher.group(1);
    }
}
