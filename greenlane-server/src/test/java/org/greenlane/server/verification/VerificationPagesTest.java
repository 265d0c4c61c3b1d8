package org.greenlane.server.verification;

import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.greenlane.server.platform.identity.Organisation;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.greenlane.server.platform.identity.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Verification pages as people use them: the exporter asks and answers, the verifier accepts, raises and closes a
 * finding and issues the statement, a refused certificate comes back as a message, the body's administrator edits the
 * profile; panels on both landing pages; English and Chinese.
 */
class VerificationPagesTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisations organisations;
    @Autowired
    UserAccounts users;

    @Test
    void exporterAndVerifierWorkARequestThroughThePages() {
        Https exporter = https();
        exporter.signIn(DemoLogins.STEEL_EXPORTER, DemoLogins.PASSWORD);
        Https verifier = https();
        verifier.signIn(DemoLogins.VERIFIER, DemoLogins.PASSWORD);
        UUID greenVerify = organisations.findByName(VerificationDemo.VERIFIER).orElseThrow().id();
        String footprint = publishBolts();

        assertThat(page(exporter, "/dashboard")).contains("Findings to answer");
        assertThat(page(verifier, "/dashboard")).contains("Verification queue", "Waiting for acceptance");
        assertThat(page(exporter, "/verification")).contains("Ask for verification", "Green Verify Certification Co.");

        HttpResponse<String> asked = exporter.postForm("/verification/requests", "/verification", Map.of("footprintId", footprint,
                "verifierId", greenVerify.toString(), "standard", "ISO 14067:2018", "assuranceLevel", "limited"));
        assertThat(asked.statusCode()).isEqualTo(302);
        String path = asked.headers().firstValue("Location").orElseThrow().replaceFirst("^https://[^/]+", "");
        assertThat(path).startsWith("/verification/requests/");
        assertThat(page(verifier, "/verification")).contains("Requests to your organisation", path);

        verifier.postForm(path + "/acceptance", path, Map.of());
        verifier.postForm(path + "/findings", path, Map.of("severity", "MINOR", "text", "Transport distance to the port is estimated."));
        assertThat(page(exporter, path)).contains("Transport distance to the port is estimated.", "Your answer to finding 1");
        exporter.postForm(path + "/findings/1/answer", path, Map.of("answer", "Measured with the haulier's GPS logs."));
        verifier.postForm(path + "/findings/1/closure", path, Map.of());
        verifier.postForm(path + "/statement", path, Map.of("opinion", "unmodified"));

        String reviewed = page(verifier, path);
        assertThat(reviewed).contains("Statement issued", "Measured with the haulier&#39;s GPS logs.", "Logged as entry",
                "\u2014 ", "Issue a certificate");
        String statement = jdbc.sql("select s.id::text from verification_statement s join verification_request r on r.id = s.request_id "
                + "where r.footprint_id = :f::uuid").param("f", footprint).query(String.class).single();
        verifier.postForm("/verification/statements/" + statement + "/certificates", path, Map.of("kind", "carbon-neutral",
                "validFrom", "2026-01-01", "validUntil", "2026-12-31"));
        assertThat(page(verifier, path)).contains("Not done: coveredDeclaredUnits");
        assertThat(page(exporter, path + "?lang=zh-CN")).contains("核查声明", "已签发声明");

        Https officer = https();
        officer.signIn(DemoLogins.CUSTOMS_OFFICER, DemoLogins.PASSWORD);
        assertThat(page(officer, "/verification")).contains("Customs officers see its results").doesNotContain(path);
        assertThat(officer.send(officer.request(path).GET()).statusCode()).isEqualTo(403);
    }

    @Test
    void theBodysAdministratorEditsItsProfile() {
        Https admin = signedInAdministrator(newBody("Pages Verify"));
        assertThat(page(admin, "/verification")).contains("Your verifier profile", "No profile yet");

        Map<String, String> profile = Map.of("accreditationBody", "UKAS", "accreditationId", "UKAS 0999 (test)",
                "sectors", "Iron and steel, Glass", "hsChapters", "72, 70", "standards", "ISO 14067:2018",
                "assuranceLevels", "limited", "version", "");
        admin.postForm("/verification/profile", "/verification", profile);
        assertThat(page(admin, "/verification")).contains("Profile saved.", "UKAS 0999 (test)", "Iron and steel, Glass");

        Map<String, String> invalid = new java.util.HashMap<>(profile);
        invalid.put("hsChapters", "7");
        invalid.put("version", "0");
        admin.postForm("/verification/profile", "/verification", invalid);
        assertThat(page(admin, "/verification")).contains("Not done: hsChapters");

        Map<String, String> stale = new java.util.HashMap<>(profile);
        stale.put("version", "7");
        admin.postForm("/verification/profile", "/verification", stale);
        assertThat(page(admin, "/verification")).contains("Not done: verifier profile changed since version 7");
        assertThat(page(admin, "/verification?lang=zh-CN")).contains("本机构核查资料");
    }

    @Test
    void theBodysAdministratorRotatesItsSigningKey() {
        Organisation body = newBody("Keys Verify");
        Https admin = signedInAdministrator(body);
        assertThat(page(admin, "/verification")).contains("Signing keys", "No key yet");

        assertThat(admin.postForm("/verification/keys/rotation", "/verification", Map.of()).statusCode()).isEqualTo(302);
        String first = jdbc.sql("select verifier_key from verifier_key where organisation_id = :o").param("o", body.id())
                .query(String.class).single();
        assertThat(page(admin, "/verification")).contains("A new signing key is now current", first, "current");

        admin.postForm("/verification/keys/rotation", "/verification", Map.of());
        String second = jdbc.sql("select verifier_key from verifier_key where organisation_id = :o and retired_at is null")
                .param("o", body.id()).query(String.class).single();
        assertThat(second).isNotEqualTo(first);
        assertThat(page(admin, "/verification")).contains(first, second, "retired ");
        assertThat(page(admin, "/verification?lang=zh-CN")).contains("签名密钥", "当前使用", "停用");

        Https verifier = https();
        verifier.signIn(DemoLogins.VERIFIER, DemoLogins.PASSWORD);
        assertThat(page(verifier, "/verification")).contains("Signing keys").doesNotContain("Rotate the signing key");
        assertThat(verifier.postForm("/verification/keys/rotation", "/verification", Map.of()).statusCode())
                .as("a verifier who is not an administrator").isEqualTo(403);
    }

    private Organisation newBody(String name) {
        return organisations.register(name + " " + UUID.randomUUID(), OrganisationKind.VERIFICATION_BODY, "CN");
    }

    /** A session of a new administrator of the body. */
    private Https signedInAdministrator(Organisation body) {
        String email = "admin-" + UUID.randomUUID() + "@verify.example";
        users.register(body.id(), email, "Verify Admin", "verify-admin-password-1", Set.of(Role.ADMIN));
        Https admin = https();
        admin.signIn(email, "verify-admin-password-1");
        return admin;
    }

    private String publishBolts() {
        String token = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        UUID steel = organisations.findByName("Zhejiang Lvyuan Steel Co., Ltd.").orElseThrow().id();
        String result = jdbc.sql("""
                        select p.result_id::text from published_footprint p join product pr on pr.id = p.product_id
                        where p.organisation_id = :o and pr.name = 'Hexagon bolts M12 x 60, zinc-plated' order by p.created_at limit 1""")
                .param("o", steel).query(String.class).single();
        HttpResponse<String> published = https().json("POST", "/api/v1/footprint-results/" + result + "/publication", token, """
                {"referencePeriodStart":"2024-01-01T00:00:00Z","referencePeriodEnd":"2025-01-01T00:00:00Z",
                 "productMassPerDeclaredUnit":1,"fossilCarbonContent":0.004}""");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        return Https.read(published.body()).get("id").asText();
    }

    private static String page(Https http, String path) {
        HttpResponse<String> response = http.send(http.request(path).GET());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
