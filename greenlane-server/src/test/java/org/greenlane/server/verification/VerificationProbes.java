package org.greenlane.server.verification;

import org.greenlane.server.Https;
import org.greenlane.server.demo.DemoLogins;
import org.greenlane.server.platform.identity.ApiClients;
import org.greenlane.server.platform.identity.Organisation;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.greenlane.server.platform.identity.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant-isolation probes of the verification endpoints for {@code TenantIsolationTest}: the demo steel exporter's
 * completed verification (request, statement, certificate with the demo verifier) probed by a verifier of another
 * verification body and by another exporter, each holding the role the endpoint needs (reads: both), through the API
 * and the pages. A probe answers 404 only if every prober got 404.
 */
public final class VerificationProbes {

    /** Who probes an endpoint: the other body's verifier, the other exporter, or both (reads open to either side). */
    private static final int VERIFIER = 1;
    private static final int EXPORTER = 2;
    private static final int BOTH = VERIFIER | EXPORTER;

    private final JdbcClient jdbc;
    private final Supplier<Https> https;
    private final String request;
    private final String statement;
    private final String certificate;
    private final String otherVerifier;
    private final String otherExporter;
    private final Https otherVerifierSignedIn;
    private final Https otherExporterSignedIn;

    public VerificationProbes(Organisations organisations, ApiClients clients, UserAccounts users, JdbcClient jdbc,
                              Supplier<Https> https) {
        this.jdbc = jdbc;
        this.https = https;
        UUID steel = organisations.findByName("Zhejiang Lvyuan Steel Co., Ltd.").orElseThrow().id();
        UUID solar = organisations.findByName("Shenzhen Sunpath Solar Technology Co., Ltd.").orElseThrow().id();
        request = jdbc.sql("select id::text from verification_request where exporter_id = :o and status = 'ISSUED' "
                + "order by created_at limit 1").param("o", steel).query(String.class).single();
        statement = jdbc.sql("select id::text from verification_statement where request_id = :r::uuid")
                .param("r", request).query(String.class).single();
        certificate = jdbc.sql("select id::text from verification_certificate where statement_id = :s::uuid limit 1")
                .param("s", statement).query(String.class).single();
        Organisation body = organisations.register("Isolation Verify " + UUID.randomUUID(), OrganisationKind.VERIFICATION_BODY, "CN");
        ApiClients.Issued verifier = clients.register(body.id(), "isolation verifier", Set.of(Role.VERIFIER));
        otherVerifier = https.get().token(verifier.client().clientId(), verifier.secret());
        ApiClients.Issued exporter = clients.register(solar, "isolation verification exporter", Set.of(Role.EXPORTER));
        otherExporter = https.get().token(exporter.client().clientId(), exporter.secret());
        String email = "verifier-" + UUID.randomUUID() + "@isolation-verify.example";
        users.register(body.id(), email, "Isolation Verifier", "isolation-password-1", Set.of(Role.VERIFIER));
        otherVerifierSignedIn = https.get();
        otherVerifierSignedIn.signIn(email, "isolation-password-1");
        otherExporterSignedIn = https.get();
        otherExporterSignedIn.signIn(DemoLogins.SOLAR_EXPORTER, DemoLogins.PASSWORD);
    }

    public void addTo(Map<String, Function<Https, HttpResponse<String>>> probes) {
        String r = "/api/v1/verification/requests/" + request;
        String s = "/api/v1/verification/statements/" + statement;
        String c = "/api/v1/verification/certificates/" + certificate;
        api(probes, BOTH, "GET", "/api/v1/verification/requests/{id}", r, null);
        api(probes, BOTH, "GET", "/api/v1/verification/requests/{id}/footprint", r + "/footprint", null);
        api(probes, EXPORTER, "POST", "/api/v1/verification/requests/{id}/withdrawal", r + "/withdrawal", "");
        api(probes, EXPORTER, "POST", "/api/v1/verification/requests/{id}/revision", r + "/revision",
                "{\"footprintId\":\"" + UUID.randomUUID() + "\"}");
        api(probes, VERIFIER, "POST", "/api/v1/verification/requests/{id}/acceptance", r + "/acceptance", "");
        api(probes, VERIFIER, "POST", "/api/v1/verification/requests/{id}/decline", r + "/decline", "{\"reason\":\"taken over\"}");
        api(probes, VERIFIER, "POST", "/api/v1/verification/requests/{id}/findings", r + "/findings",
                "{\"severity\":\"MAJOR\",\"text\":\"taken over\"}");
        api(probes, EXPORTER, "POST", "/api/v1/verification/requests/{id}/findings/{number}/answer", r + "/findings/1/answer",
                "{\"answer\":\"taken over\"}");
        api(probes, VERIFIER, "POST", "/api/v1/verification/requests/{id}/findings/{number}/closure", r + "/findings/1/closure", "");
        api(probes, VERIFIER, "POST", "/api/v1/verification/requests/{id}/statement", r + "/statement", "{\"opinion\":\"adverse\"}");
        api(probes, BOTH, "GET", "/api/v1/verification/statements/{id}", s, null);
        api(probes, VERIFIER, "POST", "/api/v1/verification/statements/{id}/certificates", s + "/certificates",
                "{\"kind\":\"carbon-footprint-label\",\"validFrom\":\"2026-01-01\",\"validUntil\":\"2026-12-31\"}");
        api(probes, BOTH, "GET", "/api/v1/verification/certificates/{id}", c, null);
        api(probes, VERIFIER, "POST", "/api/v1/verification/certificates/{id}/revocation", c + "/revocation",
                "{\"reason\":\"taken over\"}");

        String p = "/verification/requests/" + request;
        probes.put("GET /verification/requests/{id}", http -> either(otherVerifierSignedIn.send(otherVerifierSignedIn.request(p).GET()),
                otherExporterSignedIn.send(otherExporterSignedIn.request(p).GET())));
        page(probes, EXPORTER, "/verification/requests/{id}/withdrawal", p + "/withdrawal", Map.of());
        page(probes, EXPORTER, "/verification/requests/{id}/revision", p + "/revision", Map.of("footprintId", UUID.randomUUID().toString()));
        page(probes, VERIFIER, "/verification/requests/{id}/acceptance", p + "/acceptance", Map.of());
        page(probes, VERIFIER, "/verification/requests/{id}/decline", p + "/decline", Map.of("reason", "taken over"));
        page(probes, VERIFIER, "/verification/requests/{id}/findings", p + "/findings", Map.of("severity", "MAJOR", "text", "taken over"));
        page(probes, EXPORTER, "/verification/requests/{id}/findings/{number}/answer", p + "/findings/1/answer", Map.of("answer", "taken over"));
        page(probes, VERIFIER, "/verification/requests/{id}/findings/{number}/closure", p + "/findings/1/closure", Map.of());
        page(probes, VERIFIER, "/verification/requests/{id}/statement", p + "/statement", Map.of("opinion", "adverse"));
        page(probes, VERIFIER, "/verification/statements/{id}/certificates", "/verification/statements/" + statement + "/certificates",
                Map.of("kind", "carbon-footprint-label", "validFrom", "2026-01-01", "validUntil", "2026-12-31"));
        page(probes, VERIFIER, "/verification/certificates/{id}/revocation", "/verification/certificates/" + certificate + "/revocation",
                Map.of("reason", "taken over"));
    }

    /** Nothing the probes sent changed the steel exporter's verification. */
    public void assertUnchanged() {
        assertThat(jdbc.sql("select status from verification_request where id = :id::uuid").param("id", request)
                .query(String.class).single()).isEqualTo("ISSUED");
        assertThat(jdbc.sql("select count(*) from verification_finding where request_id = :id::uuid and text = 'taken over'")
                .param("id", request).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select revoked_at is null from verification_certificate where id = :id::uuid")
                .param("id", certificate).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from verification_certificate where statement_id = :id::uuid")
                .param("id", statement).query(Integer.class).single()).isEqualTo(1);
    }

    private void api(Map<String, Function<Https, HttpResponse<String>>> probes, int who, String method, String pattern,
                     String path, String body) {
        probes.put(method + " " + pattern, http -> either(
                (who & VERIFIER) != 0 ? call(method, path, body, otherVerifier) : null,
                (who & EXPORTER) != 0 ? call(method, path, body, otherExporter) : null));
    }

    private HttpResponse<String> call(String method, String path, String body, String token) {
        Https client = https.get();
        return body == null ? client.get(path, token) : client.json(method, path, token, body);
    }

    private void page(Map<String, Function<Https, HttpResponse<String>>> probes, int who, String pattern, String path,
                      Map<String, String> fields) {
        probes.put("POST " + pattern, http -> either(
                (who & VERIFIER) != 0 ? otherVerifierSignedIn.postForm(path, "/verification", fields) : null,
                (who & EXPORTER) != 0 ? otherExporterSignedIn.postForm(path, "/verification", fields) : null));
    }

    /** A non-404 answer wins, so the probe fails if either the other verifier or the other exporter sees the record. */
    private static HttpResponse<String> either(HttpResponse<String> first, HttpResponse<String> second) {
        if (first == null) {
            return second;
        }
        return first.statusCode() != 404 || second == null ? first : second;
    }
}
