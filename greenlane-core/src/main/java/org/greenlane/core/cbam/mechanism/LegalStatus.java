package org.greenlane.core.cbam.mechanism;

/** Whether a carbon border mechanism is law, a bill or proposal, or an assumption of the user. */
public enum LegalStatus {
    LAW,
    PROPOSAL,
    SCENARIO
}
