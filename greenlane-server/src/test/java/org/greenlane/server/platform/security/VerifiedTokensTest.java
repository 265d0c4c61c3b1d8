package org.greenlane.server.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Decision 068: a token's signature is checked once per exact text and trusted until its expiry, never longer. */
class VerifiedTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-11-22T10:00:00Z");

    /** Accepts tokens named "good-*", expiring an hour after ISSUED; records each check. */
    private final List<String> checked = new ArrayList<>();
    private final JwtDecoder verifier = token -> {
        checked.add(token);
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("glc_client")
                .issuedAt(ISSUED).expiresAt(ISSUED.plus(Duration.ofHours(1))).build();
    };

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void theSameTokenIsVerifiedOnceWhileItIsValid() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, at(ISSUED.plusSeconds(60)), 16);

        Jwt first = tokens.decode("good-a");
        Jwt second = tokens.decode("good-a");

        assertThat(second).isSameAs(first);
        assertThat(checked).containsExactly("good-a");
    }

    @Test
    void anyOtherTextIsVerifiedInFullAndFailuresAreNotRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, at(ISSUED.plusSeconds(60)), 16);
        tokens.decode("good-a");

        tokens.decode("good-b");
        assertThatThrownBy(() -> tokens.decode("forged-a")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-a")).isInstanceOf(BadJwtException.class);

        assertThat(checked).containsExactly("good-a", "good-b", "forged-a", "forged-a");
        assertThat(tokens.size()).isEqualTo(2);
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndNotKept() {
        Instant[] now = {ISSUED.plusSeconds(60)};
        Clock moving = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        JwtDecoder rejectsExpired = token -> {
            Jwt jwt = verifier.decode(token);
            if (!now[0].isBefore(jwt.getExpiresAt())) {
                throw new BadJwtException("expired");
            }
            return jwt;
        };
        VerifiedTokens tokens = new VerifiedTokens(rejectsExpired, moving, 16);
        tokens.decode("good-a");

        now[0] = ISSUED.plus(Duration.ofHours(1));

        assertThatThrownBy(() -> tokens.decode("good-a")).isInstanceOf(BadJwtException.class);
        assertThat(checked).containsExactly("good-a", "good-a");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void theCacheStaysWithinItsCapacity() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, at(ISSUED.plusSeconds(60)), 4);

        for (int i = 0; i < 50; i++) {
            tokens.decode("good-" + i);
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(4);
        assertThat(tokens.decode("good-49").getTokenValue()).isEqualTo("good-49");
    }
}
