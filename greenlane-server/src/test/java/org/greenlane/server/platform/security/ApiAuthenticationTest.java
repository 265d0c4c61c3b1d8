package org.greenlane.server.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.greenlane.server.platform.identity.ApiClients;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The "done when": no token gives 401 problem+json, a token from /auth/token gives 200. */
class ApiAuthenticationTest extends ServerTest {

    @Autowired
    ApiClients clients;
    @Autowired
    Organisations organisations;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void protectedResourceWithoutTokenIs401ProblemJson() {
        HttpResponse<String> response = https().get("/api/v1/products", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        JsonNode problem = Https.read(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/products");
    }

    @Test
    void clientCredentialsTokenOpensTheApi() {
        HttpResponse<String> issued = https().tokenResponse(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET,
                "grant_type=client_credentials");
        assertThat(issued.statusCode()).isEqualTo(200);
        JsonNode body = Https.read(issued.body());
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asInt()).isBetween(3500, 3600);

        HttpResponse<String> products = https().get("/api/v1/products", body.get("access_token").asText());
        assertThat(products.statusCode()).isEqualTo(200);
        assertThat(Https.read(products.body())).hasSizeGreaterThanOrEqualTo(3);

        JsonNode me = Https.read(https().get("/api/v1/me", body.get("access_token").asText()).body());
        assertThat(me.get("kind").asText()).isEqualTo("API_CLIENT");
        assertThat(me.at("/organisation/name").asText()).startsWith("Zhejiang Lvyuan Steel");
    }

    @Test
    void wrongSecretIsInvalidClient() {
        HttpResponse<String> response = https().tokenResponse(DemoLogins.CLIENT_ID, "wrong", "grant_type=client_credentials");

        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(Https.read(response.body()).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void unknownClientIsInvalidClient() {
        HttpResponse<String> response = https().tokenResponse("nobody", "nothing", "grant_type=client_credentials");

        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(Https.read(response.body()).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void otherGrantTypesAreRefused() {
        HttpResponse<String> response = https().tokenResponse(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET,
                "grant_type=password&username=a&password=b");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Https.read(response.body()).get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void forgedOrGarbageTokensAre401() {
        String token = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThat(https().get("/api/v1/products", tampered).statusCode()).isEqualTo(401);
        assertThat(https().get("/api/v1/products", "not-a-jwt").statusCode()).isEqualTo(401);
        assertThat(https().get("/api/v1/products", "not-a-jwt").headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("invalid_token"));
    }

    @Test
    void deletingAClientEndsItsTokensAtOnce() {
        var organisation = organisations.findByName("Shenzhen Sunpath Solar Technology Co., Ltd.").orElseThrow();
        ApiClients.Issued issued = clients.register(organisation.id(), "short-lived", Set.of(Role.EXPORTER));
        String token = https().token(issued.client().clientId(), issued.secret());
        assertThat(https().get("/api/v1/products", token).statusCode()).isEqualTo(200);

        clients.delete(organisation.id(), issued.client().clientId());

        assertThat(https().get("/api/v1/products", token).statusCode()).isEqualTo(401);
        assertThat(https().tokenResponse(issued.client().clientId(), issued.secret(), "grant_type=client_credentials")
                .statusCode()).isIn(400, 401);
    }

    /** Decision 068: token checks reuse a recent read of the client, but never across a committed deletion. */
    @Test
    void aClientDeletedInATransactionIsRefusedAsSoonAsItCommits() {
        var organisation = organisations.findByName("Shenzhen Sunpath Solar Technology Co., Ltd.").orElseThrow();
        ApiClients.Issued issued = clients.register(organisation.id(), "deleted in a transaction", Set.of(Role.EXPORTER));
        String token = https().token(issued.client().clientId(), issued.secret());
        assertThat(https().get("/api/v1/products", token).statusCode()).isEqualTo(200);

        transaction.executeWithoutResult(status -> {
            clients.delete(organisation.id(), issued.client().clientId());
            // Not committed yet: the server's connections still see the client (and may remember it).
            assertThat(https().get("/api/v1/products", token).statusCode()).isEqualTo(200);
        });

        assertThat(https().get("/api/v1/products", token).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenCallsOpenNoSession() {
        String token = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);

        HttpResponse<String> response = https().get("/api/v1/products", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void roleWithoutPermissionIs403ProblemJson() {
        String exporterToken = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);

        HttpResponse<String> response = https().get("/api/v1/users", exporterToken);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void discoveryNamesTheTokenEndpoint() {
        JsonNode configuration = Https.read(https().get("/.well-known/openid-configuration", null).body());

        assertThat(configuration.get("token_endpoint").asText()).isEqualTo(https().uri("/auth/token").toString());
        assertThat(configuration.get("grant_types_supported").toString()).contains("client_credentials");
    }

    @Test
    void healthIsPublicButMetricsNeedAnAdministrator() {
        assertThat(https().get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(https().get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(https().get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        String exporterToken = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        assertThat(https().get("/actuator/prometheus", exporterToken).statusCode()).isEqualTo(403);
    }
}
