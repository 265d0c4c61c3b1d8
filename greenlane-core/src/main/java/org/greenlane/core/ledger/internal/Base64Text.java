package org.greenlane.core.ledger.internal;

import java.util.Base64;
import java.util.Optional;

/**
 * Standard base64 (RFC 4648 section 4, with padding) read canonically: the JDK decoder accepts
 * missing padding and non-zero trailing bits, which would let one value have many spellings.
 */
public final class Base64Text {

    private Base64Text() {
    }

    public static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Decodes canonical padded standard base64, or returns empty if the text is anything else. */
    public static Optional<byte[]> decode(String text) {
        if (text.length() % 4 != 0) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return encode(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
    }
}
