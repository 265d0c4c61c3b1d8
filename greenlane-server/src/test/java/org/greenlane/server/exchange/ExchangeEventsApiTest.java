package org.greenlane.server.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenlane.core.footprint.factors.FactorMatch;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.exchange.internal.pact.FootprintCriteria;
import org.greenlane.server.exchange.internal.pact.PactJson;
import org.greenlane.server.footprint.factors.FactorDatasetRecord;
import org.greenlane.server.footprint.factors.FactorDatasets;
import org.greenlane.server.platform.identity.Organisations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * PACT v3 events between two organisations of this platform, each the other's partner, calling each
 * other over real HTTPS through their registered hosts: requests answered at once, answered when a
 * footprint is published or shared, rejected by the data owner; published footprints pulled by the
 * recipient; malformed events refused with PACT errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeEventsApiTest extends ServerTest {

    private static final Duration DELIVERED = Duration.ofSeconds(60);

    @Autowired
    Organisations organisations;
    @Autowired
    PactPartners partners;
    @Autowired
    PartnerSharing sharing;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RequestsSent requestsSent;
    @Autowired
    RequestsReceived requestsReceived;
    @Autowired
    SupplierFactors supplierFactors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SupplierPulls pulls;
    @Autowired
    AdoptingSupplierFootprints adopting;
    @Autowired
    FactorDatasets factorDatasets;

    private PactFixtures fixtures;
    private UUID supplier;
    private UUID buyer;
    /** The buyer as a partner of the supplier, and the supplier as a partner of the buyer. */
    private Partner buyerAtSupplier;
    private Partner supplierAtBuyer;
    private String buyerToken;

    @BeforeAll
    void twoOrganisationsThatArePartners() throws Exception {
        fixtures = new PactFixtures(organisations, partners, events, transaction);
        supplier = fixtures.organisation("Events steel supplier");
        buyer = fixtures.organisation("Events machinery buyer");
        PactPartners.Issued issuedBySupplier = partners.create(supplier, "Machinery buyer", false);
        PactPartners.Issued issuedByBuyer = partners.create(buyer, "Steel supplier", false);
        URI base = URI.create("https://localhost:" + port);
        String certificate = serverCertificate();
        partners.registerHost(supplier, issuedBySupplier.partnerId(), base, null, issuedByBuyer.clientId(),
                issuedByBuyer.clientSecret(), certificate, true);
        partners.registerHost(buyer, issuedByBuyer.partnerId(), base, URI.create(base + "/auth/token"),
                issuedBySupplier.clientId(), issuedBySupplier.clientSecret(), certificate, true);
        buyerAtSupplier = partners.find(supplier, issuedBySupplier.partnerId()).orElseThrow();
        supplierAtBuyer = partners.find(buyer, issuedByBuyer.partnerId()).orElseThrow();
        buyerToken = https().token(issuedBySupplier.clientId(), issuedBySupplier.clientSecret());
    }

    @Test
    void aRequestForSharedFootprintsIsFulfilledAtOnce() {
        String product = "urn:pact:test.example:product:" + UUID.randomUUID();
        PactFixtures.Footprint coil = PactFixtures.footprint().productIds(product).product("Coil for the buyer");
        fixtures.publish(supplier, coil.json());
        sharing.share(supplier, buyerAtSupplier.id(), coil.id());

        UUID request = requestsSent.send(supplierAtBuyer, criteria(product), "for our 2026 footprint");

        await().atMost(DELIVERED).until(() -> requestsSent.find(buyer, request).orElseThrow().status().equals("FULFILLED"));
        assertThat(requestsSent.find(buyer, request).orElseThrow().footprints()).isEqualTo(1);
        RequestsReceived.Received received = requestsReceived.of(supplier).stream()
                .filter(r -> r.eventId().equals(request.toString())).findFirst().orElseThrow();
        assertThat(received.status()).isEqualTo("FULFILLED");
        assertThat(received.comment()).isEqualTo("for our 2026 footprint");

        SupplierEmissionFactor factor = supplierFactors.forProduct(buyer, product.toUpperCase()).get(0);
        // 1980.5 kg CO2e per 1000 kg (the fixture's declared unit) = 1.9805 kg CO2e per kg.
        assertThat(factor.kgCo2ePerUnit()).isEqualByComparingTo("1.9805");
        assertThat(factor.kgCo2ePerUnitWithUptake()).isEqualByComparingTo("1.975");
        assertThat(factor.unit()).isEqualTo("kg");
        assertThat(factor.provenance().partnerName()).isEqualTo("Steel supplier");
        assertThat(factor.provenance().footprintId()).isEqualTo(coil.id());
        assertThat(factor.provenance().specVersion()).isEqualTo("3.0.0");
        assertThat(factor.toEngineFactor().kgPerUnit()).containsValue(1.9805);
        assertThat(factor.toEngineFactor().provenance().source()).contains(coil.id().toString(), "Steel supplier");

        // Adopted as primary data: the footprint engine's library for a new calculation finds the supplied product
        // by its id wherever the buyer's process is (GLOBAL), with the PACT provenance as its source.
        FactorDatasetRecord adopted = adopting.adopt(buyer);
        assertThat(adopted.key()).isEqualTo("supplier-footprints");
        FactorMatch match = factorDatasets.libraryFor(buyer).library().find(product, "DE");
        assertThat(match.dataset().reference()).isEqualTo("supplier-footprints@" + adopted.version());
        assertThat(match.factor().kgPerUnit()).containsEntry(GreenhouseGas.CO2E, 1.9805);
        assertThat(match.factor().provenance().source()).contains(coil.id().toString(), "Steel supplier");
        assertThat(factorDatasets.libraryFor(supplier).library().findExact(product, "GLOBAL")).isEmpty();
        assertSentEventsConformToTheSchemas();
    }

    @Test
    void aRequestForAFootprintNotYetPublishedIsFulfilledWhenItIsPublishedAndShared() {
        String product = "urn:pact:test.example:product:" + UUID.randomUUID();
        UUID request = requestsSent.send(supplierAtBuyer, criteria(product), null);
        await().atMost(DELIVERED).until(() -> requestsReceived.of(supplier).stream()
                .anyMatch(r -> r.eventId().equals(request.toString()) && r.status().equals("OPEN")));

        PactFixtures.Footprint later = PactFixtures.footprint().productIds(product);
        fixtures.publish(supplier, later.json());
        assertThat(requestsSent.find(buyer, request).orElseThrow().status()).as("published, not yet shared").isEqualTo("SENT");
        sharing.share(supplier, buyerAtSupplier.id(), later.id());

        await().atMost(DELIVERED).until(() -> requestsSent.find(buyer, request).orElseThrow().status().equals("FULFILLED"));
        assertThat(supplierFactors.find(buyer, later.id())).isPresent();
    }

    @Test
    void theDataOwnerCanRejectARequest() {
        UUID request = requestsSent.send(supplierAtBuyer, criteria("urn:pact:test.example:product:" + UUID.randomUUID()), null);
        await().atMost(DELIVERED).until(() -> requestsReceived.of(supplier).stream()
                .anyMatch(r -> r.eventId().equals(request.toString())));
        RequestsReceived.Received open = requestsReceived.of(supplier).stream()
                .filter(r -> r.eventId().equals(request.toString())).findFirst().orElseThrow();

        assertThat(requestsReceived.reject(supplier, open.id(), "AccessDenied", "We do not share this product's footprint")).isTrue();

        await().atMost(DELIVERED).until(() -> requestsSent.find(buyer, request).orElseThrow().status().equals("REJECTED"));
        RequestsSent.Sent rejected = requestsSent.find(buyer, request).orElseThrow();
        assertThat(rejected.errorCode()).isEqualTo("AccessDenied");
        assertThat(rejected.errorMessage()).isEqualTo("We do not share this product's footprint");
        assertThat(requestsReceived.reject(supplier, open.id(), "NotFound", "again")).as("answered once").isFalse();
    }

    @Test
    void aPublishedFootprintIsAnnouncedAndPulledByThePartner() {
        PactFixtures.Footprint sheet = PactFixtures.footprint().product("Announced sheet");
        fixtures.publish(supplier, sheet.json());

        sharing.share(supplier, buyerAtSupplier.id(), sheet.id());

        await().atMost(DELIVERED).until(() -> supplierFactors.find(buyer, sheet.id()).isPresent());
        assertThat(supplierFactors.find(buyer, sheet.id()).orElseThrow().provenance().receivedVia()).isEqualTo("PUBLISHED_EVENT");
    }

    @Test
    void theBuyerPullsFootprintsWithFiltersAcrossPages() {
        String company = "urn:pact:test.example:company:" + UUID.randomUUID();
        List<PactFixtures.Footprint> three = List.of(PactFixtures.footprint().companyIds(company),
                PactFixtures.footprint().companyIds(company), PactFixtures.footprint().companyIds(company).status("Deprecated"));
        three.forEach(footprint -> {
            fixtures.publish(supplier, footprint.json());
            sharing.share(supplier, buyerAtSupplier.id(), footprint.id());
        });

        int pulled = pulls.pull(supplierAtBuyer, FootprintCriteria.fromParameters(Map.of("companyId", List.of(company))), 2);

        assertThat(pulled).as("three footprints on two pages").isEqualTo(3);
        three.forEach(footprint -> assertThat(supplierFactors.find(buyer, footprint.id())).isPresent());
        assertThat(supplierFactors.find(buyer, three.get(2).id()).orElseThrow().active()).isFalse();
        assertThat(pulls.pullOne(supplierAtBuyer, three.get(0).id()).footprintId()).isEqualTo(three.get(0).id());
    }

    @Test
    void wrongCredentialsForAPartnerHostAreNamed() {
        PactPartners.Issued elsewhere = partners.create(buyer, "Wrong credentials " + UUID.randomUUID(), false);
        partners.registerHost(buyer, elsewhere.partnerId(), URI.create("https://localhost:" + port), null, "nobody", "nothing",
                partners.find(buyer, supplierAtBuyer.id()).orElseThrow().host().certificate(), false);
        Partner wrong = partners.find(buyer, elsewhere.partnerId()).orElseThrow();

        assertThatThrownBy(() -> pulls.pull(wrong, FootprintCriteria.ANY, 10))
                .isInstanceOf(PartnerHostException.class)
                .hasMessageContaining("no access token").hasMessageContaining("invalid_client");
    }

    @Test
    void malformedEventsAreBadRequestsAndNothingIsKept() {
        String valid = event("org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3", "{\"productId\":[\"urn:gtin:1\"]}");
        Map<String, String> malformed = Map.ofEntries(
                Map.entry("not JSON", "{\"type\":"),
                Map.entry("an array", "[]"),
                Map.entry("CloudEvents 0.3", valid.replace("\"1.0\"", "\"0.3\"")),
                Map.entry("unknown type", valid.replace("RequestCreatedEvent.3", "RequestCreatedEvent.2")),
                Map.entry("no id", valid.replaceAll("\"id\":\"[^\"]*\",", "")),
                Map.entry("no time", valid.replaceAll("\"time\":\"[^\"]*\",", "")),
                Map.entry("bad time", valid.replaceAll("\"time\":\"[^\"]*\"", "\"time\":\"yesterday\"")),
                Map.entry("data not an object", event("org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3", "[]")),
                Map.entry("criterion not a URN", event("org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3", "{\"productId\":[\"gtin 1\"]}")),
                Map.entry("unknown request", event("org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3",
                        "{\"requestEventId\":\"" + UUID.randomUUID() + "\",\"error\":{\"code\":\"NotFound\",\"message\":\"none\"}}")),
                Map.entry("pfIds not UUIDs", event("org.wbcsd.pact.ProductFootprint.PublishedEvent.3", "{\"pfIds\":[\"x\"]}")),
                Map.entry("no pfIds", event("org.wbcsd.pact.ProductFootprint.PublishedEvent.3", "{}")));
        long before = eventsReceived();
        malformed.forEach((what, body) -> {
            HttpResponse<String> response = post(body, "application/cloudevents+json");
            assertThat(response.statusCode()).as(what).isEqualTo(400);
            PactSpecification.assertError(Https.read(response.body()), "BadRequest");
        });
        HttpResponse<String> wrongType = post(valid, "text/plain");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        PactSpecification.assertError(Https.read(wrongType.body()), "BadRequest");
        String tooLarge = "{\"pad\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        HttpResponse<String> declared = post(tooLarge, "application/cloudevents+json");
        assertThat(declared.statusCode()).isEqualTo(400);
        assertThat(Https.read(declared.body()).get("message").asText()).contains("exceeds the limit of 5242880 bytes");
        HttpResponse<String> streamed = https().send(https().request("/3/events")
                .header("Authorization", "Bearer " + buyerToken).header("Content-Type", "application/cloudevents+json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge.getBytes(StandardCharsets.UTF_8)))));
        assertThat(streamed.statusCode()).as("sent without a length").isEqualTo(400);
        PactSpecification.assertError(Https.read(streamed.body()), "BadRequest");
        assertThat(eventsReceived()).as("refused events leave no trace").isEqualTo(before);
    }

    @Test
    void anEventIsHandledOncePerSourceAndId() {
        String product = "urn:pact:test.example:product:" + UUID.randomUUID();
        String body = event("org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3", "{\"productId\":[\"" + product + "\"]}");

        HttpResponse<String> first = post(body, "application/cloudevents+json");
        HttpResponse<String> again = post(body, "application/cloudevents+json; charset=utf-8");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEmpty();
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(requestsReceived.of(supplier).stream().filter(r -> r.criteria().productIds().contains(product))).hasSize(1);
    }

    @Test
    void aRequesterWithoutHostIsAnsweredAtItsPublicSourceOnly() {
        PactPartners.Issued hostless = partners.create(supplier, "Hostless " + UUID.randomUUID(), true);
        String token = https().token(hostless.clientId(), hostless.clientSecret());
        String local = event("org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3", "{}").replace("//buyer.example/3/events", "//localhost:1/3/events");

        HttpResponse<String> refused = https().send(https().request("/3/events").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/cloudevents+json").POST(HttpRequest.BodyPublishers.ofString(local)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Https.read(refused.body()).get("message").asText()).contains("not a public https address");
        String publicSource = event("org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3",
                "{\"productId\":[\"urn:pact:test.example:product:" + UUID.randomUUID() + "\"]}");
        HttpResponse<String> accepted = https().send(https().request("/3/events").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/cloudevents+json").POST(HttpRequest.BodyPublishers.ofString(publicSource)));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(requestsReceived.of(supplier).stream().filter(r -> r.partnerId().equals(hostless.partnerId())))
                .singleElement().satisfies(r -> assertThat(r.replyTo()).isEqualTo("https://buyer.example/3/events"));
    }

    /** Every event this platform queued, of every type, is a valid PACT v3 event. */
    private void assertSentEventsConformToTheSchemas() {
        if (!PactSpecification.present()) {
            return;
        }
        Map<String, String> schemas = Map.of(
                "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3", "RequestCreatedEvent",
                "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3", "RequestFulfilledEvent",
                "org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3", "RequestRejectedEvent",
                "org.wbcsd.pact.ProductFootprint.PublishedEvent.3", "PublishedEvent");
        List<String> bodies = jdbc.sql("select body from pact_event_out where organisation_id in (:a, :b)")
                .param("a", supplier).param("b", buyer).query(String.class).list();
        assertThat(bodies).isNotEmpty();
        for (String body : bodies) {
            JsonNode event = Https.read(body);
            assertThat(PactSpecification.violations(schemas.get(event.get("type").asText()), event)).as(body).isEmpty();
            if (event.has("data") && event.get("data").has("pfs")) {
                event.get("data").get("pfs").forEach(pf -> assertThat(PactSpecification.violations("ProductFootprint", pf)).isEmpty());
            }
        }
    }

    private long eventsReceived() {
        return jdbc.sql("select count(*) from pact_event_in where organisation_id = :o").param("o", supplier).query(Long.class).single();
    }

    private HttpResponse<String> post(String body, String contentType) {
        return https().send(https().request("/3/events").header("Authorization", "Bearer " + buyerToken)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String event(String type, String data) {
        ObjectNode event = PactJson.object();
        event.put("type", type);
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "//buyer.example/3/events");
        event.put("time", "2026-03-05T17:31:00Z");
        event.set("data", PactJson.read(data, "data"));
        return PactJson.write(event);
    }

    private static FootprintCriteria criteria(String productId) {
        return FootprintCriteria.fromParameters(Map.of("productId", List.of(productId)));
    }

    /** The test server's generated certificate, registered as the partner hosts' trusted certificate. */
    private static String serverCertificate() throws Exception {
        String password = Files.readString(VAR.resolve("tls").resolve("greenlane.p12.password")).strip();
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(VAR.resolve("tls").resolve("greenlane.p12"))) {
            keystore.load(in, password.toCharArray());
        }
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(keystore.getCertificate("greenlane").getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
