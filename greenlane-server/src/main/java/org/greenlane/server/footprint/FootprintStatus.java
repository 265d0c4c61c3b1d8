package org.greenlane.server.footprint;

import com.fasterxml.jackson.annotation.JsonValue;

/** PACT v3 status of a published footprint: Active is the current version, Deprecated a superseded one. */
public enum FootprintStatus {
    ACTIVE("Active"), DEPRECATED("Deprecated");

    private final String pact;

    FootprintStatus(String pact) {
        this.pact = pact;
    }

    @JsonValue
    public String pact() {
        return pact;
    }

    public static FootprintStatus ofPact(String value) {
        for (FootprintStatus s : values()) {
            if (s.pact.equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a PACT footprint status (Active, Deprecated)");
    }
}
