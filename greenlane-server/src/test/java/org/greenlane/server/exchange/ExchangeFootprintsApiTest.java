package org.greenlane.server.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.greenlane.server.exchange.internal.pact.InvalidPactDocument;
import org.greenlane.server.exchange.internal.pact.PactJson;
import org.greenlane.server.footprint.FootprintPublication;
import org.greenlane.server.platform.identity.Organisations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PACT v3 ListFootprints and GetFootprint against the running platform: filters and their negative
 * cases, pagination, access control, errors, HTTPS only, and every response checked against the
 * PACT OpenAPI schemas (where ../shared/data/pact is present).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeFootprintsApiTest extends ServerTest {

    private static final String COIL = "urn:pact:test.example:product:coil-A";
    private static final String HS_COIL = "urn:pact:productclassification:hs:720839";
    private static final String MAIN = "urn:pact:test.example:company:main";
    private static final String SUB = "urn:pact:test.example:company:sub";

    @Autowired
    Organisations organisations;
    @Autowired
    PactPartners partners;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JWKSource<SecurityContext> tokenKeys;

    private PactFixtures fixtures;
    private UUID owner;
    private PactPartners.Issued all;
    private String allToken;
    private String someToken;
    private String noneToken;
    private PactFixtures.Footprint f1;
    private PactFixtures.Footprint f2;
    private PactFixtures.Footprint f3;
    private PactFixtures.Footprint f4;
    private PactFixtures.Footprint f5;

    @BeforeAll
    void fiveFootprintsAndThreePartners() {
        fixtures = new PactFixtures(organisations, partners, events, transaction);
        owner = fixtures.organisation("Exchange filter steel");
        f1 = PactFixtures.footprint().productIds(COIL, "urn:gtin:04012345000011").companyIds(MAIN)
                .geography("geographyCountry", "CN").classifications(HS_COIL)
                .validity("2025-01-01T00:00:00Z", "2025-12-31T00:00:00Z");
        f2 = PactFixtures.footprint().productIds("urn:pact:test.example:product:bolt").companyIds(SUB)
                .geography("geographyCountrySubdivision", "CN-ZJ").classifications("urn:pact:productclassification:hs:731815")
                .validity("2026-01-01T00:00:00Z", "2027-12-31T00:00:00Z");
        f3 = PactFixtures.footprint().status("Deprecated").productIds(COIL).companyIds(MAIN)
                .geography("geographyRegionOrSubregion", "Western Europe")
                .classifications(HS_COIL, "urn:pact:productclassification:un-cpc:41231")
                .validity("2023-01-01T00:00:00Z", "2024-12-31T00:00:00Z");
        // No validity period: valid from the end of the reference period (2025-06-01) for three years.
        f4 = PactFixtures.footprint().productIds("urn:pact:test.example:product:rod").companyIds(MAIN, SUB)
                .geography("geographyCountry", "DE").referencePeriodEnd("2025-06-01T00:00:00Z");
        f5 = PactFixtures.footprint().productIds("urn:pact:test.example:product:sheet")
                .companyIds("urn:pact:test.example:company:other").geography("geographyRegionOrSubregion", "Eastern Asia")
                .classifications("urn:pact:productclassification:hs:721049")
                .validity("2027-01-01T00:00:00Z", "2029-12-31T00:00:00Z");
        for (PactFixtures.Footprint footprint : List.of(f1, f2, f3, f4, f5)) {
            fixtures.publish(owner, footprint.json());
        }
        all = fixtures.partner(owner, true);
        PactPartners.Issued some = fixtures.partner(owner, false);
        partners.share(owner, some.partnerId(), f1.id());
        PactPartners.Issued none = fixtures.partner(owner, false);
        allToken = https().token(all.clientId(), all.clientSecret());
        someToken = https().token(some.clientId(), some.clientSecret());
        noneToken = https().token(none.clientId(), none.clientSecret());
    }

    @Test
    void listFootprintsReturnsWhatIsSharedAsPublished() {
        HttpResponse<String> response = https().get("/3/footprints", allToken);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Link")).isEmpty();
        JsonNode body = Https.read(response.body());
        PactSpecification.assertValidResponse(body, true);
        assertThat(ids(body)).containsExactly(f1.id(), f2.id(), f3.id(), f4.id(), f5.id());
        assertThat(body.at("/data/0")).isEqualTo(f1.json());
    }

    @Test
    void theDemoExporterPublishesDiverseValidFootprints() {
        String token = https().token(ExchangeDemo.PARTNER_CLIENT_ID, ExchangeDemo.PARTNER_CLIENT_SECRET);
        JsonNode demo = list("", token);

        PactSpecification.assertValidResponse(demo, true);
        assertThat(demo.get("data").size()).isGreaterThanOrEqualTo(5);
        List<JsonNode> footprints = StreamSupport.stream(demo.get("data").spliterator(), false).toList();
        assertThat(footprints.stream().map(f -> f.get("status").asText()).distinct()).contains("Active", "Deprecated");
        assertThat(footprints.stream().map(f -> f.at("/pcf/geographyCountry").asText(f.at("/pcf/geographyCountrySubdivision")
                .asText(f.at("/pcf/geographyRegionOrSubregion").asText()))).distinct()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(footprints.stream().map(f -> f.at("/productIds/0").asText()).distinct()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(footprints).anySatisfy(f -> assertThat(f.has("precedingPfIds")).isTrue());
        assertThat(ids(list("validOn=" + Instant.now(), token))).as("some are valid now").isNotEmpty()
                .hasSizeLessThan(footprints.size());
    }

    @Test
    void partnersSeeOnlyWhatIsSharedWithThemAndAnEmptyListIsAnArray() {
        assertThat(ids(list("", someToken))).containsExactly(f1.id());
        HttpResponse<String> nothing = https().get("/3/footprints", noneToken);
        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(nothing.body()).isEqualTo("{\"data\":[]}");
    }

    @Test
    void filtersMatchIgnoringCaseWithOrWithinAndAndBetweenCriteria() {
        assertThat(ids(list("productId=" + enc(COIL), allToken))).containsExactly(f1.id(), f3.id());
        assertThat(ids(list("productId=" + enc("URN:PACT:TEST.EXAMPLE:PRODUCT:COIL-a"), allToken))).containsExactly(f1.id(), f3.id());
        assertThat(ids(list("productId=" + enc(COIL) + "&productid=" + enc("urn:pact:test.example:product:rod"), allToken)))
                .as("several values of one criterion combine with OR; parameter names ignore case")
                .containsExactly(f1.id(), f3.id(), f4.id());
        assertThat(ids(list("companyId=" + enc(SUB), allToken))).containsExactly(f2.id(), f4.id());
        assertThat(ids(list("geography=CN", allToken))).as("a CN-ZJ footprint lies within CN").containsExactly(f1.id(), f2.id());
        assertThat(ids(list("geography=cn-zj", allToken))).containsExactly(f2.id());
        assertThat(ids(list("geography=" + enc("western europe"), allToken))).containsExactly(f3.id());
        assertThat(ids(list("geography=DE&geography=" + enc("Eastern Asia"), allToken))).containsExactly(f4.id(), f5.id());
        assertThat(ids(list("classification=" + enc(HS_COIL), allToken))).containsExactly(f1.id(), f3.id());
        // f1 2025-01-01..2025-12-31 and f4 2025-06-01..2028-06-01 cover 2025-07-01.
        assertThat(ids(list("validOn=2025-07-01T00:00:00Z", allToken))).containsExactly(f1.id(), f4.id());
        assertThat(ids(list("validAfter=2025-12-31T00:00:00Z", allToken))).containsExactly(f2.id(), f5.id());
        assertThat(ids(list("validBefore=2025-06-01T00:00:00Z", allToken))).containsExactly(f3.id());
        assertThat(ids(list("status=Active", allToken))).containsExactly(f1.id(), f2.id(), f4.id(), f5.id());
        assertThat(ids(list("STATUS=deprecated", allToken))).containsExactly(f3.id());
        assertThat(ids(list("productId=" + enc(COIL) + "&status=Active", allToken))).containsExactly(f1.id());
        assertThat(ids(list("geography=CN&companyId=" + enc(SUB) + "&validOn=2026-06-01T00:00:00Z", allToken))).containsExactly(f2.id());
        assertThat(ids(list("x-atq-invoice-id=12345&geography=DE", allToken))).as("custom filters of other hosts are ignored")
                .containsExactly(f4.id());
    }

    @Test
    void filtersWithoutMatchGiveAnEmptyList() {
        for (String query : List.of("productId=" + enc("urn:pact:test.example:product:none"), "companyId=" + enc("urn:x:none"),
                "geography=FR", "classification=" + enc("urn:pact:productclassification:hs:000000"),
                "validOn=2020-01-01T00:00:00Z", "validAfter=2040-01-01T00:00:00Z", "validBefore=2020-01-01T00:00:00Z",
                "productId=" + enc(COIL) + "&geography=DE")) {
            HttpResponse<String> response = https().get("/3/footprints?" + query, allToken);
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(response.body()).as(query).isEqualTo("{\"data\":[]}");
        }
    }

    @Test
    void malformedFiltersAreBadRequests() {
        for (String query : List.of("unknown=1", "productId=4012345000011", "productId=", "validOn=yesterday",
                "validOn=2025-07-01", "validAfter=2025-01-01T00:00:00Z&validAfter=2025-02-01T00:00:00Z", "status=Withdrawn",
                "limit=0", "limit=-3", "limit=ten", "cursor=forged")) {
            HttpResponse<String> response = https().get("/3/footprints?" + query, allToken);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            PactSpecification.assertError(Https.read(response.body()), "BadRequest");
            assertThat(response.body()).as(query).doesNotContain("Exception", "at org.");
        }
    }

    @Test
    void paginationFollowsAbsoluteLinksOnTheSameHost() {
        List<UUID> seen = new ArrayList<>();
        String next = "/3/footprints?limit=2";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = https().get(next, allToken);
            assertThat(page.statusCode()).isEqualTo(200);
            JsonNode body = Https.read(page.body());
            PactSpecification.assertValidResponse(body, true);
            assertThat(body.get("data").size()).isLessThanOrEqualTo(2);
            seen.addAll(ids(body));
            pages++;
            String link = page.headers().firstValue("Link").orElse(null);
            if (link == null) {
                next = null;
            } else {
                URI target = LinkHeader.nextTarget(link).orElseThrow();
                assertThat(target.getScheme()).isEqualTo("https");
                assertThat(target.getHost() + ":" + target.getPort()).isEqualTo("localhost:" + port);
                // The link can be called more than once.
                assertThat(https().get(target.getRawPath() + "?" + target.getRawQuery(), allToken).body())
                        .isEqualTo(https().get(target.getRawPath() + "?" + target.getRawQuery(), allToken).body());
                next = target.getRawPath() + "?" + target.getRawQuery();
            }
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly(f1.id(), f2.id(), f3.id(), f4.id(), f5.id());
    }

    @Test
    void paginationKeepsTheFiltersAndBelongsToItsPartner() {
        HttpResponse<String> first = https().get("/3/footprints?status=Active&limit=1", allToken);
        URI next = LinkHeader.nextTarget(first.headers().firstValue("Link").orElseThrow()).orElseThrow();
        assertThat(next.getQuery()).contains("status=Active", "limit=1");

        List<UUID> active = new ArrayList<>(ids(Https.read(first.body())));
        URI link = next;
        while (link != null) {
            HttpResponse<String> page = https().get(link.getRawPath() + "?" + link.getRawQuery(), allToken);
            active.addAll(ids(Https.read(page.body())));
            link = page.headers().firstValue("Link").flatMap(LinkHeader::nextTarget).orElse(null);
        }
        assertThat(active).containsExactly(f1.id(), f2.id(), f4.id(), f5.id());

        String cursor = next.getRawQuery().replaceAll(".*cursor=", "");
        HttpResponse<String> otherPartner = https().get("/3/footprints?status=Active&limit=1&cursor=" + cursor, someToken);
        assertThat(otherPartner.statusCode()).isEqualTo(400);
        PactSpecification.assertError(Https.read(otherPartner.body()), "BadRequest");
        HttpResponse<String> otherFilters = https().get("/3/footprints?status=Deprecated&limit=1&cursor=" + cursor, allToken);
        assertThat(otherFilters.statusCode()).isEqualTo(400);
    }

    @Test
    void getFootprintAnswersTheDocumentOr403Or404() {
        HttpResponse<String> found = https().get("/3/footprints/" + f2.id(), allToken);
        assertThat(found.statusCode()).isEqualTo(200);
        JsonNode body = Https.read(found.body());
        PactSpecification.assertValidResponse(body, false);
        assertThat(body.get("data")).isEqualTo(f2.json());

        HttpResponse<String> notShared = https().get("/3/footprints/" + f2.id(), someToken);
        assertThat(notShared.statusCode()).isEqualTo(403);
        PactSpecification.assertError(Https.read(notShared.body()), "AccessDenied");

        HttpResponse<String> unknown = https().get("/3/footprints/" + UUID.randomUUID(), allToken);
        assertThat(unknown.statusCode()).isEqualTo(404);
        PactSpecification.assertError(Https.read(unknown.body()), "NotFound");

        HttpResponse<String> otherOrganisation = https().get("/3/footprints/" + ExchangeDemo.GALVANISED, allToken);
        assertThat(otherOrganisation.statusCode()).as("another data owner's footprint is unknown here").isEqualTo(404);

        HttpResponse<String> notAnId = https().get("/3/footprints/not-a-uuid", allToken);
        assertThat(notAnId.statusCode()).isEqualTo(400);
        PactSpecification.assertError(Https.read(notAnId.body()), "BadRequest");
    }

    @Test
    void tokensAreCheckedWithPactErrors() {
        HttpResponse<String> missing = https().get("/3/footprints", null);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        PactSpecification.assertError(Https.read(missing.body()), "AccessDenied");

        HttpResponse<String> invalid = https().get("/3/footprints/" + f1.id(), "very-invalid-access-token");
        assertThat(invalid.statusCode()).isEqualTo(401);
        PactSpecification.assertError(Https.read(invalid.body()), "AccessDenied");

        HttpResponse<String> expired = https().get("/3/footprints", expiredToken(all.clientId()));
        assertThat(expired.statusCode()).isEqualTo(401);
        PactSpecification.assertError(Https.read(expired.body()), "TokenExpired");

        HttpResponse<String> events = https().json("POST", "/3/events", "very-invalid-access-token", "{}");
        assertThat(events.statusCode()).isEqualTo(401);
        PactSpecification.assertError(Https.read(events.body()), "AccessDenied");
    }

    @Test
    void scopesAndPartnershipAreEnforced() {
        String readOnly = Https.read(https().tokenResponse(all.clientId(), all.clientSecret(),
                "grant_type=client_credentials&scope=footprint:read").body()).get("access_token").asText();
        HttpResponse<String> list = https().get("/3/footprints", readOnly);
        assertThat(list.statusCode()).isEqualTo(403);
        PactSpecification.assertError(Https.read(list.body()), "AccessDenied");
        assertThat(https().get("/3/footprints/" + f1.id(), readOnly).statusCode()).isEqualTo(200);

        HttpResponse<String> apiScope = https().tokenResponse(all.clientId(), all.clientSecret(), "grant_type=client_credentials&scope=api");
        assertThat(apiScope.statusCode()).as("a partner's client holds the PACT scopes only").isEqualTo(400);
        assertThat(Https.read(apiScope.body()).get("error").asText()).isEqualTo("invalid_scope");
        assertThat(https().get("/api/v1/products", allToken).statusCode()).as("and no role").isEqualTo(403);

        String erpClient = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        HttpResponse<String> notAPartner = https().get("/3/footprints", erpClient);
        assertThat(notAPartner.statusCode()).isEqualTo(403);
        PactSpecification.assertError(Https.read(notAPartner.body()), "AccessDenied");
    }

    @Test
    void deletingAPartnerEndsItsTokensAtOnce() {
        PactPartners.Issued leaving = fixtures.partner(owner, true);
        String token = https().token(leaving.clientId(), leaving.clientSecret());
        assertThat(https().get("/3/footprints", token).statusCode()).isEqualTo(200);

        assertThat(partners.delete(owner, leaving.partnerId())).isTrue();

        HttpResponse<String> after = https().get("/3/footprints", token);
        assertThat(after.statusCode()).isEqualTo(401);
        PactSpecification.assertError(Https.read(after.body()), "AccessDenied");
    }

    @Test
    void otherPathsAndMethodsAnswerPactErrors() {
        HttpResponse<String> unknownPath = https().get("/3/nothing-here", allToken);
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        PactSpecification.assertError(Https.read(unknownPath.body()), "NotFound");

        HttpResponse<String> wrongMethod = https().json("DELETE", "/3/footprints/" + f1.id(), allToken, "");
        assertThat(wrongMethod.statusCode()).isEqualTo(501);
        PactSpecification.assertError(Https.read(wrongMethod.body()), "NotImplemented");

        HttpResponse<String> trailingSlash = https().get("/3/footprints/?status=Deprecated", allToken);
        assertThat(ids(Https.read(trailingSlash.body()))).as("the specification writes /3/footprints/?...").containsExactly(f3.id());
    }

    @Test
    void plainHttpOnTheHttpsPortGetsNoData() throws IOException {
        String footprints = plainHttp("GET /3/footprints HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + allToken
                + "\r\nConnection: close\r\n\r\n");
        String token = plainHttp("POST /auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 29\r\nConnection: close\r\n\r\ngrant_type=client_credentials");

        assertThat(footprints).startsWith("HTTP/1.1 400").doesNotContain("productIds", "\"data\"");
        assertThat(token).startsWith("HTTP/1.1 400").doesNotContain("access_token");
    }

    @Test
    void deprecationAndSuccessorReachTheirPartners() {
        UUID dataOwner = fixtures.organisation("Exchange lifecycle steel");
        PactFixtures.Footprint first = PactFixtures.footprint().productIds("urn:pact:test.example:product:lifecycle");
        fixtures.publish(dataOwner, first.json(), Instant.parse("2026-01-01T00:00:00Z"));
        PactPartners.Issued customer = fixtures.partner(dataOwner, false);
        partners.share(dataOwner, customer.partnerId(), first.id());
        String token = https().token(customer.clientId(), customer.clientSecret());

        PactFixtures.Footprint successor = PactFixtures.footprint().productIds("urn:pact:test.example:product:lifecycle")
                .preceding(first.id());
        fixtures.publish(dataOwner, first.status("Deprecated").json(), Instant.parse("2026-02-01T00:00:00Z"));
        fixtures.publish(dataOwner, successor.json(), Instant.parse("2026-02-01T00:00:01Z"));

        JsonNode listed = list("", token);
        PactSpecification.assertValidResponse(listed, true);
        assertThat(ids(listed)).as("the successor inherits the share; order by first publication").containsExactly(first.id(), successor.id());
        assertThat(listed.at("/data/0/status").asText()).isEqualTo("Deprecated");
        assertThat(ids(list("status=Active", token))).containsExactly(successor.id());
        assertThat(Https.read(https().get("/3/footprints/" + successor.id(), token).body()).at("/data/precedingPfIds/0").asText())
                .isEqualTo(first.id().toString());

        // A publication older than the hosted one (an event redelivered late) does not undo the deprecation.
        fixtures.publish(dataOwner, first.status("Active").json(), Instant.parse("2026-01-15T00:00:00Z"));
        assertThat(list("", token).at("/data/0/status").asText()).isEqualTo("Deprecated");
    }

    @Test
    void aPublicationTheExchangeCannotServeIsRefusedWithNothingKept() {
        UUID dataOwner = fixtures.organisation("Exchange refusal steel");
        PactFixtures.Footprint broken = PactFixtures.footprint();
        var json = broken.json();
        ((ObjectNode) json.get("pcf")).put("declaredUnitAmount", "0");

        assertThatThrownBy(() -> fixtures.publish(dataOwner, json))
                .isInstanceOf(InvalidPactDocument.class).hasMessageContaining("pcf.declaredUnitAmount");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> events.publishEvent(
                new FootprintPublication(UUID.randomUUID(), dataOwner,
                        PactJson.write(PactFixtures.footprint().json()), Instant.now()))))
                .isInstanceOf(InvalidPactDocument.class).hasMessageContaining("differs from the published footprint id");
        assertThatThrownBy(() -> fixtures.publish(dataOwner, f1.json()))
                .hasMessageContaining("already published by another organisation");

        PactPartners.Issued viewer = fixtures.partner(dataOwner, true);
        assertThat(list("", https().token(viewer.clientId(), viewer.clientSecret())).get("data")).isEmpty();
    }

    private JsonNode list(String query, String token) {
        HttpResponse<String> response = https().get("/3/footprints" + (query.isEmpty() ? "" : "?" + query), token);
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return Https.read(response.body());
    }

    private static List<UUID> ids(JsonNode body) {
        return StreamSupport.stream(body.get("data").spliterator(), false).map(f -> UUID.fromString(f.get("id").asText())).toList();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A token signed with the platform's own key that expired ten minutes ago. */
    private String expiredToken(String clientId) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(clientId)
                .issuedAt(now.minusSeconds(4200))
                .expiresAt(now.minusSeconds(600))
                .claim("org", owner.toString())
                .claim("scope", Set.of("footprint:list", "footprint:read"))
                .build();
        return new NimbusJwtEncoder(tokenKeys).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }

    private String plainHttp(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
