package org.greenlane.server.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import org.greenlane.server.exchange.internal.pact.FootprintCriteria;
import org.greenlane.server.exchange.internal.pact.InvalidPactDocument;
import org.greenlane.server.exchange.internal.pact.PactEvent;
import org.greenlane.server.exchange.internal.pact.PactJson;
import org.greenlane.server.exchange.internal.pact.ProductFootprint;
import org.springframework.stereotype.Component;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Our PACT v3 client of partners' hosts: an access token by client credentials (RFC 6749 §4.4,
 * HTTP Basic), ListFootprints with filters following {@code rel="next"} links, GetFootprint, and
 * events. Every footprint received is checked against the v3 data model before it is used.
 */
@Component
class PartnerHosts {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** A page or a document larger than this is refused rather than read into memory. */
    private static final int MAX_RESPONSE_BYTES = 20 * 1024 * 1024;
    private static final int MAX_PAGES = 1000;
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

    private final PactPartners partners;
    private final Map<UUID, Token> tokens = new ConcurrentHashMap<>();

    PartnerHosts(PactPartners partners) {
        this.partners = partners;
    }

    private record Token(String value, Instant expiresAt) {
    }

    /** A footprint received from a partner: the checked model and the document as it came. */
    record Received(ProductFootprint footprint, String document) {
    }

    /**
     * All footprints the partner's ListFootprints returns for the criteria, asking for pages of
     * {@code pageSize} and following every pagination link.
     */
    List<Received> list(Partner partner, FootprintCriteria criteria, int pageSize) {
        String query = query(criteria);
        URI next = URI.create(partner.host().footprints() + query + (query.isEmpty() ? "?" : "&") + "limit=" + pageSize);
        List<Received> received = new ArrayList<>();
        for (int page = 0; next != null; page++) {
            if (page == MAX_PAGES) {
                throw new PartnerHostException(partner.name() + ": more than " + MAX_PAGES + " pages; narrow the filters", 0);
            }
            HttpResponse<byte[]> response = authorised(partner, HttpRequest.newBuilder(next).GET());
            JsonNode data = body(partner, response).get("data");
            if (data == null || !data.isArray()) {
                throw new PartnerHostException(partner.name() + ": ListFootprints answered without a data array", response.statusCode());
            }
            for (int i = 0; i < data.size(); i++) {
                received.add(checked(partner, data.get(i), "data[" + i + "]"));
            }
            next = nextPage(partner, response);
        }
        return received;
    }

    Received get(Partner partner, UUID id) {
        HttpResponse<byte[]> response = authorised(partner, HttpRequest.newBuilder(partner.host().resolve("/3/footprints/" + id)).GET());
        JsonNode data = body(partner, response).get("data");
        Received footprint = checked(partner, data, "data");
        if (!footprint.footprint().id().equals(id)) {
            throw new PartnerHostException(partner.name() + ": asked for footprint " + id + ", got " + footprint.footprint().id(), 200);
        }
        return footprint;
    }

    /** Sends one of our events to the partner's {@code /3/events}. */
    void send(Partner partner, String event) {
        HttpResponse<byte[]> response = authorised(partner, HttpRequest.newBuilder(partner.host().events())
                .header("Content-Type", PactEvent.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(event)));
        accepted(partner.name(), response);
    }

    /** Sends an event to a requester without registered host, at its CloudEvents source (no credentials to offer). */
    void send(URI target, String event) {
        HttpResponse<byte[]> response = exchange(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build(),
                target.getHost(), HttpRequest.newBuilder(target).header("Content-Type", PactEvent.MEDIA_TYPE)
                        .POST(HttpRequest.BodyPublishers.ofString(event)));
        accepted(target.getHost(), response);
    }

    /** The certificates of a PEM text; throws {@link IllegalArgumentException} when there are none. */
    static Collection<? extends Certificate> certificates(String pem) {
        try {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("holds no certificate");
            }
            return certificates;
        } catch (CertificateException notPem) {
            throw new IllegalArgumentException("is not a PEM certificate (" + notPem.getMessage() + ")");
        }
    }

    private void accepted(String who, HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            throw new PartnerHostException(who + " refused the event: " + describe(response), response.statusCode());
        }
    }

    private Received checked(Partner partner, JsonNode document, String path) {
        if (document == null) {
            throw new PartnerHostException(partner.name() + ": the answer has no " + path, 200);
        }
        try {
            return new Received(ProductFootprint.read(document), PactJson.write(document));
        } catch (InvalidPactDocument invalid) {
            throw new PartnerHostException(partner.name() + " sent a footprint that is not valid PACT v3 at " + path
                    + ": " + invalid.getMessage(), 200);
        }
    }

    /** The next page, only on the host we called: our token must not travel anywhere else. */
    private URI nextPage(Partner partner, HttpResponse<byte[]> response) {
        Optional<URI> next = LinkHeader.nextTarget(response.headers().firstValue("Link").orElse(null));
        if (next.isEmpty()) {
            return null;
        }
        URI link = next.get();
        URI base = partner.host().baseUrl();
        if (!"https".equalsIgnoreCase(link.getScheme()) || !base.getHost().equalsIgnoreCase(link.getHost())
                || base.getPort() != link.getPort()) {
            throw new PartnerHostException(partner.name() + ": the pagination link " + link
                    + " leaves the partner's host; not followed", response.statusCode());
        }
        return link;
    }

    private JsonNode body(Partner partner, HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new PartnerHostException(partner.name() + " answered " + describe(response), response.statusCode());
        }
        try {
            return PactJson.read(new String(response.body(), StandardCharsets.UTF_8), "body");
        } catch (InvalidPactDocument malformed) {
            throw new PartnerHostException(partner.name() + " answered with a body that is not JSON", response.statusCode());
        }
    }

    /** A request with the partner's access token; an expired or revoked token is renewed once. */
    private HttpResponse<byte[]> authorised(Partner partner, HttpRequest.Builder request) {
        HttpClient client = client(partner);
        HttpResponse<byte[]> response = exchange(client, partner.name(),
                request.copy().header("Authorization", "Bearer " + token(partner, client)));
        if (response.statusCode() == 401) {
            tokens.remove(partner.id());
            response = exchange(client, partner.name(), request.header("Authorization", "Bearer " + token(partner, client)));
        }
        return response;
    }

    private String token(Partner partner, HttpClient client) {
        Token cached = tokens.get(partner.id());
        if (cached != null && cached.expiresAt().isAfter(Instant.now())) {
            return cached.value();
        }
        URI endpoint = tokenEndpoint(partner, client);
        String credentials = URLEncoder.encode(partner.host().clientId(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(partners.hostSecret(partner), StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = exchange(client, partner.name(), HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        if (response.statusCode() != 200) {
            throw new PartnerHostException(partner.name() + ": no access token from " + endpoint + " (" + describe(response)
                    + "); check the client id and secret it issued to us", response.statusCode());
        }
        JsonNode answer = body(partner, response);
        if (!answer.path("access_token").isTextual()) {
            throw new PartnerHostException(partner.name() + ": the token endpoint answered without access_token", 200);
        }
        long lifetime = answer.path("expires_in").canConvertToLong() ? answer.path("expires_in").asLong() : 3600;
        Token token = new Token(answer.get("access_token").textValue(),
                Instant.now().plusSeconds(lifetime).minus(TOKEN_MARGIN));
        tokens.put(partner.id(), token);
        return token.value();
    }

    /** The registered token endpoint, else the one the host's OpenID configuration names, else {@code /auth/token}. */
    private URI tokenEndpoint(Partner partner, HttpClient client) {
        if (partner.host().tokenUrl() != null) {
            return partner.host().tokenUrl();
        }
        HttpResponse<byte[]> discovery = exchange(client, partner.name(),
                HttpRequest.newBuilder(partner.host().resolve("/.well-known/openid-configuration")).GET());
        if (discovery.statusCode() == 200) {
            try {
                JsonNode configuration = PactJson.read(new String(discovery.body(), StandardCharsets.UTF_8), "body");
                String endpoint = configuration.path("token_endpoint").asText("");
                if (endpoint.startsWith("https://")) {
                    return URI.create(endpoint);
                }
            } catch (InvalidPactDocument | IllegalArgumentException notUsable) {
                // Fall back to the PACT default path below.
            }
        }
        return partner.host().resolve("/auth/token");
    }

    private HttpResponse<byte[]> exchange(HttpClient client, String who, HttpRequest.Builder request) {
        try {
            HttpResponse<InputStream> response = client.send(request.timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] bytes = body.readNBytes(MAX_RESPONSE_BYTES + 1);
                if (bytes.length > MAX_RESPONSE_BYTES) {
                    throw new PartnerHostException(who + " answered more than " + MAX_RESPONSE_BYTES + " bytes; not read",
                            response.statusCode());
                }
                return new Bytes(response, bytes);
            }
        } catch (IOException unreachable) {
            throw new PartnerHostException(who + " cannot be reached: " + unreachable.getMessage(), unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PartnerHostException(who + ": interrupted", interrupted);
        }
    }

    /** Trusts the certificate registered for the host, or else the JDK's certificate authorities. */
    private HttpClient client(Partner partner) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (partner.host().certificate() != null) {
            try {
                KeyStore trusted = KeyStore.getInstance("PKCS12");
                trusted.load(null, null);
                int n = 0;
                for (Certificate certificate : certificates(partner.host().certificate())) {
                    trusted.setCertificateEntry("partner-" + n++, certificate);
                }
                TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(trusted);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, trust.getTrustManagers(), null);
                builder.sslContext(context);
            } catch (GeneralSecurityException | IOException | IllegalArgumentException unusable) {
                throw new PartnerHostException(partner.name() + ": the registered certificate cannot be used ("
                        + unusable.getMessage() + ")", 0);
            }
        }
        return builder.build();
    }

    private static String query(FootprintCriteria criteria) {
        List<String> parameters = new ArrayList<>();
        criteria.toEventData().properties().forEach(entry -> {
            if (entry.getValue().isArray()) {
                entry.getValue().forEach(value -> parameters.add(parameter(entry.getKey(), value.asText())));
            } else {
                parameters.add(parameter(entry.getKey(), entry.getValue().asText()));
            }
        });
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    private static String parameter(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String describe(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        try {
            JsonNode error = PactJson.read(body, "body");
            if (error.path("code").isTextual()) {
                return "HTTP " + response.statusCode() + " " + error.get("code").asText() + ": " + error.path("message").asText();
            }
        } catch (InvalidPactDocument notJson) {
            // Described by status and the start of the body below.
        }
        return "HTTP " + response.statusCode() + (body.isBlank() ? "" : " " + body.strip().lines().limit(1)
                .map(line -> line.length() > 200 ? line.substring(0, 200) : line).collect(Collectors.joining()));
    }

    /** A response whose body was read with a size cap. */
    private record Bytes(HttpResponse<InputStream> response, byte[] body) implements HttpResponse<byte[]> {
        public int statusCode() {
            return response.statusCode();
        }

        public HttpRequest request() {
            return response.request();
        }

        public Optional<HttpResponse<byte[]>> previousResponse() {
            return Optional.empty();
        }

        public java.net.http.HttpHeaders headers() {
            return response.headers();
        }

        public Optional<javax.net.ssl.SSLSession> sslSession() {
            return response.sslSession();
        }

        public URI uri() {
            return response.uri();
        }

        public HttpClient.Version version() {
            return response.version();
        }
    }
}
