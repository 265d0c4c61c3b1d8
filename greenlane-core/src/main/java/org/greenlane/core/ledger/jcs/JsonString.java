package org.greenlane.core.ledger.jcs;

/** A JSON string; lone surrogates are refused because RFC 8785 serialises strings as UTF-8. */
public record JsonString(String value) implements JsonValue {

    public JsonString {
        requireWellFormed(value, "string");
    }

    static void requireWellFormed(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("JSON " + what + " has a lone surrogate U+"
                        + Integer.toHexString(c).toUpperCase() + " at index " + i);
            }
        }
    }
}
