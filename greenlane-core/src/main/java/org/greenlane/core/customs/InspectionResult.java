package org.greenlane.core.customs;

/**
 * What an examination found: any non-compliance (fraud), and whether it was critical (in the
 * Korea Customs Service datasets, Critical Fraud = 2: a major offence such as smuggling or heavy
 * undervaluation). A critical finding is always a finding.
 */
public record InspectionResult(boolean fraud, boolean critical) {

    public static final InspectionResult COMPLIANT = new InspectionResult(false, false);

    public InspectionResult {
        if (critical && !fraud) {
            throw new IllegalArgumentException("a critical finding must also be a finding (fraud)");
        }
    }
}
