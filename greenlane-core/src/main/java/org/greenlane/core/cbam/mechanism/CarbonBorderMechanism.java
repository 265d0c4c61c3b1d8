package org.greenlane.core.cbam.mechanism;

/**
 * A carbon border mechanism as a pluggable policy, so the same consignment can be costed under the EU CBAM (law),
 * the UK CBAM (scenario until its rules and rates are final) or the US Clean Competition Act (proposal).
 */
public interface CarbonBorderMechanism {

    String name();

    LegalStatus status();

    /** Why the status is what it is and what the model assumes; shown with every result. */
    String statusNote();

    MechanismCharge charge(Consignment consignment);
}
