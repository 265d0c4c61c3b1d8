package org.greenlane.core.footprint.factors;

import java.util.Objects;

/** Where a factor comes from: the citation a reviewer can check, who published it, the year, the licence. */
public record Provenance(String source, String publisher, int year, String licence) {

    public Provenance {
        requireText(source, "source");
        requireText(publisher, "publisher");
        requireText(licence, "licence");
        if (year < 1900 || year > 2100) {
            throw new IllegalArgumentException("provenance year out of range: " + year);
        }
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException("provenance " + field + " must not be blank");
        }
    }
}
