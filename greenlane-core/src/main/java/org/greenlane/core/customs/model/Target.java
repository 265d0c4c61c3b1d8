package org.greenlane.core.customs.model;

import org.greenlane.core.customs.InspectionResult;

/** What a risk model predicts. */
public enum Target {
    /** Any non-compliance found at examination. */
    FRAUD,
    /** A critical finding (Critical Fraud = 2 in the Korea Customs Service datasets). */
    CRITICAL_FRAUD;

    public boolean of(InspectionResult result) {
        return this == FRAUD ? result.fraud() : result.critical();
    }
}
