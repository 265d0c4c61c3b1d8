package org.greenlane.core.ledger.internal;

import java.util.OptionalLong;

/** Unsigned decimal numbers as the C2SP formats write them: ASCII digits, no sign, no leading zero. */
public final class Decimal {

    private Decimal() {
    }

    /** Parses a canonical non-negative decimal that fits a signed 64-bit long, or returns empty. */
    public static OptionalLong parse(String text) {
        if (text.isEmpty() || text.length() > 19 || (text.length() > 1 && text.charAt(0) == '0')) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalLong.empty();
            }
        }
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
