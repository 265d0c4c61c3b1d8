package org.greenlane.server.exchange;

import org.greenlane.server.exchange.internal.pact.FootprintCriteria;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The cursor of a ListFootprints pagination link: where the next page starts, signed (HMAC-SHA256)
 * and bound to the partner, the filters and the limit it continues, valid for a configured time
 * (PACT asks for at least 180 seconds). A link may be called again while it is valid; nothing is
 * stored on the server.
 */
@Component
class PaginationLinks {

    private static final byte VERSION = 1;
    private static final int DIGEST_BYTES = 32;
    private static final int CONTENT_BYTES = 1 + 16 + 8 + 8 + DIGEST_BYTES;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretBox keys;
    private final ExchangeProperties properties;
    private final Clock clock;

    @Autowired
    PaginationLinks(SecretBox keys, ExchangeProperties properties) {
        this(keys, properties, Clock.systemUTC());
    }

    PaginationLinks(SecretBox keys, ExchangeProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /** A cursor to continue after {@code position}. */
    String after(UUID partnerId, FootprintCriteria criteria, Integer limit, long position) {
        Instant expires = clock.instant().plus(properties.linkLifetime());
        byte[] content = ByteBuffer.allocate(CONTENT_BYTES)
                .put(VERSION)
                .putLong(partnerId.getMostSignificantBits()).putLong(partnerId.getLeastSignificantBits())
                .putLong(position)
                .putLong(expires.getEpochSecond())
                .put(digest(criteria, limit))
                .array();
        return ENCODER.encodeToString(content) + "." + ENCODER.encodeToString(keys.signLink(content));
    }

    /** The position a cursor continues after; a {@link PactError} when it is forged, expired or reused elsewhere. */
    long position(String cursor, UUID partnerId, FootprintCriteria criteria, Integer limit) {
        int dot = cursor.indexOf('.');
        byte[] content;
        byte[] signature;
        try {
            content = DECODER.decode(cursor.substring(0, Math.max(dot, 0)));
            signature = DECODER.decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (dot < 0 || content.length != CONTENT_BYTES || content[0] != VERSION
                || !MessageDigest.isEqual(signature, keys.signLink(content))) {
            throw invalid();
        }
        ByteBuffer fields = ByteBuffer.wrap(content, 1, CONTENT_BYTES - 1);
        UUID partner = new UUID(fields.getLong(), fields.getLong());
        long position = fields.getLong();
        Instant expires = Instant.ofEpochSecond(fields.getLong());
        byte[] digest = new byte[DIGEST_BYTES];
        fields.get(digest);
        if (!partner.equals(partnerId) || !MessageDigest.isEqual(digest, digest(criteria, limit))) {
            throw PactError.badRequest("The pagination link belongs to another listing; follow the Link header "
                    + "unchanged, or start again at /3/footprints");
        }
        if (clock.instant().isAfter(expires)) {
            throw PactError.badRequest("The pagination link expired at " + expires + "; start again at /3/footprints");
        }
        return position;
    }

    private static PactError invalid() {
        return PactError.badRequest("cursor: not a pagination link of this host; follow the Link header unchanged");
    }

    private static byte[] digest(FootprintCriteria criteria, Integer limit) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest((criteria.canonical() + "|" + limit).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
