package org.greenlane.server.exchange;

import org.greenlane.server.exchange.internal.pact.FootprintCriteria;
import org.greenlane.server.platform.GreenlaneProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exchange's small policies: links, backoff, reply addresses, the secret box, pagination cursors, per-unit values. */
class ExchangeUnitsTest {

    @TempDir
    Path var;

    @Test
    void linkHeadersGiveTheNextTarget() {
        assertThat(LinkHeader.nextTarget("<https://a.example/3/footprints?cursor=x>; rel=\"next\""))
                .hasValue(URI.create("https://a.example/3/footprints?cursor=x"));
        assertThat(LinkHeader.nextTarget("<https://a.example/p1>; rel=\"prev\", <https://a.example/p3>; rel=next"))
                .hasValue(URI.create("https://a.example/p3"));
        assertThat(LinkHeader.nextTarget("<https://a.example/p>; title=\"x\"; rel=\"last next\"")).hasValue(URI.create("https://a.example/p"));
        assertThat(LinkHeader.nextTarget("<https://a.example/p>; rel=\"prev\"")).isEmpty();
        assertThat(LinkHeader.nextTarget(null)).isEmpty();
        assertThat(LinkHeader.next(URI.create("https://a.example/x"))).isEqualTo("<https://a.example/x>; rel=\"next\"");
    }

    @Test
    void backoffDoublesFromThirtySecondsUpToAnHour() {
        assertThat(Backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(5)).isEqualTo(Duration.ofMinutes(8));
        // 30 s * 2^7 = 64 min, capped.
        assertThat(Backoff.after(8)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.after(1000)).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> Backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void repliesGoOnlyToPublicHttpsSources() {
        assertThat(ReplyAddress.of("//api.example.com/3/events")).hasValue(URI.create("https://api.example.com/3/events"));
        assertThat(ReplyAddress.of("https://93.184.215.14/3/events")).isPresent();
        assertThat(ReplyAddress.of("http://api.example.com/3/events")).isEmpty();
        assertThat(ReplyAddress.of("https://localhost:8443/3/events")).isEmpty();
        assertThat(ReplyAddress.of("https://127.0.0.1/3/events")).isEmpty();
        assertThat(ReplyAddress.of("https://10.1.2.3/3/events")).isEmpty();
        assertThat(ReplyAddress.of("https://169.254.169.254/latest")).isEmpty();
        assertThat(ReplyAddress.of("https://[::1]/3/events")).isEmpty();
        assertThat(ReplyAddress.of("https://[fd00::1]/3/events")).isEmpty();
        assertThat(ReplyAddress.of("https://user@api.example.com/")).isEmpty();
        assertThat(ReplyAddress.of("urn:example:source")).isEmpty();
        assertThat(ReplyAddress.resolvesPublicly(URI.create("https://127.0.0.1/"))).isFalse();
    }

    @Test
    void secretsAreSealedWithAuthenticatedEncryptionBoundToTheirRecord() throws Exception {
        SecretBox box = new SecretBox(properties(null), platform());

        byte[] sealed = box.seal("partner-secret", "pact-partner:1");

        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("partner-secret");
        assertThat(box.open(sealed, "pact-partner:1")).isEqualTo("partner-secret");
        assertThat(box.seal("partner-secret", "pact-partner:1")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> box.open(sealed, "pact-partner:2")).hasMessageContaining("cannot be decrypted");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> box.open(sealed, "pact-partner:1")).hasMessageContaining("cannot be decrypted");
        Path key = var.resolve("keys").resolve("exchange.key");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(new SecretBox(properties(null), platform()).open(box.seal("again", "c"), "c"))
                .as("the generated key is reused").isEqualTo("again");
    }

    @Test
    void aConfiguredKeyMustBe32Bytes() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        SecretBox box = new SecretBox(properties(key), platform());
        assertThat(box.open(box.seal("s", "c"), "c")).isEqualTo("s");
        assertThat(Files.exists(var.resolve("keys"))).as("no key file when one is configured").isFalse();
        assertThatThrownBy(() -> new SecretBox(properties("c2hvcnQ="), platform())).hasMessageContaining("must be 32 bytes");
    }

    @Test
    void paginationCursorsAreSignedBoundAndExpire() {
        SecretBox keys = new SecretBox(properties(null), platform());
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        PaginationLinks issuing = new PaginationLinks(keys, properties(null), Clock.fixed(now, ZoneOffset.UTC));
        UUID partner = UUID.randomUUID();
        FootprintCriteria criteria = FootprintCriteria.fromParameters(Map.of("geography", List.of("DE")));

        String cursor = issuing.after(partner, criteria, 2, 42);

        assertThat(issuing.position(cursor, partner, criteria, 2)).isEqualTo(42);
        assertThat(issuing.position(cursor, partner, criteria, 2)).as("a link may be called again").isEqualTo(42);
        assertThatThrownBy(() -> issuing.position(cursor, UUID.randomUUID(), criteria, 2)).hasMessageContaining("another listing");
        assertThatThrownBy(() -> issuing.position(cursor, partner, FootprintCriteria.ANY, 2)).hasMessageContaining("another listing");
        assertThatThrownBy(() -> issuing.position(cursor, partner, criteria, 3)).hasMessageContaining("another listing");
        String forged = cursor.substring(0, 10) + (cursor.charAt(10) == 'A' ? 'B' : 'A') + cursor.substring(11);
        assertThatThrownBy(() -> issuing.position(forged, partner, criteria, 2)).hasMessageContaining("not a pagination link");
        assertThatThrownBy(() -> issuing.position("garbage", partner, criteria, 2)).hasMessageContaining("not a pagination link");
        // Valid 15 minutes (the default, above PACT's 180 seconds): still fine at 14:59, expired at 15:01.
        assertThat(new PaginationLinks(keys, properties(null), Clock.fixed(now.plusSeconds(899), ZoneOffset.UTC))
                .position(cursor, partner, criteria, 2)).isEqualTo(42);
        assertThatThrownBy(() -> new PaginationLinks(keys, properties(null), Clock.fixed(now.plusSeconds(901), ZoneOffset.UTC))
                .position(cursor, partner, criteria, 2)).hasMessageContaining("expired");
    }

    @Test
    void aLinkLifetimeBelowThePactMinimumIsRefused() {
        assertThatThrownBy(() -> new ExchangeProperties(null, Duration.ofDays(30), true, DataSize.ofMegabytes(5), 100,
                Duration.ofSeconds(179), Duration.ofSeconds(2), null)).hasMessageContaining("at least 180 seconds");
    }

    @Test
    void perUnitValuesDivideExactlyWhenTheQuotientTerminates() {
        // The PACT example: 2.0 kg CO2e per 12.5 liter = 0.16 kg CO2e per liter.
        assertThat(SupplierFactors.perUnit(new BigDecimal("2.0"), new BigDecimal("12.5"))).isEqualByComparingTo("0.16");
        // 1980.5 kg CO2e per 1000 kg = 1.9805 per kg.
        assertThat(SupplierFactors.perUnit(new BigDecimal("1980.5"), new BigDecimal("1000"))).isEqualByComparingTo("1.9805");
        // 1 / 3 does not terminate: 34 significant digits (IEEE 754 decimal128).
        assertThat(SupplierFactors.perUnit(BigDecimal.ONE, new BigDecimal("3")).toPlainString())
                .isEqualTo("0.3333333333333333333333333333333333");
    }

    private ExchangeProperties properties(String key) {
        return new ExchangeProperties(key, Duration.ofDays(30), true, DataSize.ofMegabytes(5), 100,
                Duration.ofMinutes(15), Duration.ofSeconds(2), null);
    }

    private GreenlaneProperties platform() {
        return new GreenlaneProperties(var, new GreenlaneProperties.Db(null, null, null),
                new GreenlaneProperties.Tls(null, null, "PKCS12", null),
                new GreenlaneProperties.Api(DataSize.ofMegabytes(1), DataSize.ofMegabytes(20)),
                new GreenlaneProperties.Demo(false), new GreenlaneProperties.Bootstrap(null, null));
    }
}
