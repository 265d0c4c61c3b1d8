package org.greenlane.server.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers access tokens whose RS256 signature and timestamps were checked, keyed by their exact
 * text, until they expire (decision 068). A client calls with the same token for up to an hour, and
 * the signature check is the most expensive step of an API call; any other text, a single byte
 * changed included, is checked in full. Whether the token's client still exists is not cached here:
 * {@link ActorTokens} asks on every call.
 */
final class VerifiedTokens implements JwtDecoder {

    static final int CAPACITY = 4_096;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder verifier, Clock clock, int capacity) {
        this.verifier = verifier;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt known = verified.get(token);
        if (known != null) {
            if (now.isBefore(known.getExpiresAt())) {
                return known;
            }
            verified.remove(token, known);
        }
        Jwt checked = verifier.decode(token);
        // Tokens without an expiry are not ours (ours always have one); they are checked every time.
        if (checked.getExpiresAt() != null && now.isBefore(checked.getExpiresAt())) {
            if (verified.size() >= capacity) {
                verified.values().removeIf(jwt -> !now.isBefore(jwt.getExpiresAt()));
                if (verified.size() >= capacity) {
                    verified.clear();
                }
            }
            verified.put(token, checked);
        }
        return checked;
    }

    int size() {
        return verified.size();
    }
}
