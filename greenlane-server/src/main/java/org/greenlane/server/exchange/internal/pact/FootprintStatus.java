package org.greenlane.server.exchange.internal.pact;

import java.util.Arrays;
import java.util.Locale;

/** PACT v3 footprint status: the current version, or one superseded or withdrawn by its owner. */
public enum FootprintStatus {
    ACTIVE("Active"), DEPRECATED("Deprecated");

    private final String text;

    FootprintStatus(String text) {
        this.text = text;
    }

    /** Exact PACT spelling, as documents must carry it. */
    public static FootprintStatus of(String text) {
        return Arrays.stream(values()).filter(status -> status.text.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a status; use Active or Deprecated"));
    }

    /** Case-insensitive, as the ListFootprints {@code status} filter must match. */
    public static FootprintStatus ofIgnoringCase(String text) {
        return of(Arrays.stream(values()).map(FootprintStatus::toString)
                .filter(name -> name.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(text));
    }

    @Override
    public String toString() {
        return text;
    }
}
