package org.greenlane.core.cbam;

import java.util.Objects;

/**
 * The legal act and provision a figure or rule rests on, e.g. "Regulation (EU) 2023/956", "Annex IV point 3".
 * Engine assumptions where the law is silent cite the decision record instead, so nothing is unsourced.
 */
public record LegalBasis(String act, String provision) {

    public static final String CBAM_REGULATION = "Regulation (EU) 2023/956";
    public static final String METHODOLOGY = "Implementing Regulation (EU) 2025/2547";
    public static final String BENCHMARKS = "Implementing Regulation (EU) 2025/2620";
    public static final String DEFAULT_VALUES = "Implementing Regulation (EU) 2025/2621";
    public static final String MARK_UP_APPLICATION = "Implementing Regulation (EU) 2026/1740";
    public static final String ETS_DIRECTIVE = "Directive 2003/87/EC";
    public static final String DECISION_RECORD = "Greenlane decision record";

    public LegalBasis {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(provision, "provision");
        if (act.isBlank()) {
            throw new IllegalArgumentException("legal basis needs an act");
        }
    }

    public static LegalBasis cbam(String provision) {
        return new LegalBasis(CBAM_REGULATION, provision);
    }

    public static LegalBasis decision(String number, String title) {
        return new LegalBasis(DECISION_RECORD, number + " " + title);
    }

    @Override
    public String toString() {
        return provision.isBlank() ? act : act + ", " + provision;
    }
}
