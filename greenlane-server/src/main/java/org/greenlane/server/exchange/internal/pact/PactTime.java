package org.greenlane.server.exchange.internal.pact;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * An RFC 3339 date-time with its offset ({@code 2025-04-30T00:00:00Z} or {@code ...+00:00}); the
 * text is kept as received so documents round-trip unchanged, {@link #instant()} is the moment.
 */
public record PactTime(String text, Instant instant) {

    public static PactTime parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a date-time is required");
        }
        try {
            return new PactTime(text, OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException notRfc3339) {
            throw new IllegalArgumentException("'" + text + "' is not an RFC 3339 date-time with offset, "
                    + "e.g. 2025-04-01T00:00:00Z");
        }
    }

    public static PactTime of(Instant instant) {
        return new PactTime(DateTimeFormatter.ISO_INSTANT.format(instant), instant);
    }

    @Override
    public String toString() {
        return text;
    }
}
