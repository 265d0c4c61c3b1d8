package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.Lane;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the enterprise that lodged a declaration sees of it: its data, the lane and whether the goods
 * are released, and the inspection outcome. Never the criteria, the score or the random draw:
 * selectivity reasons are confidential to customs (decision 045).
 */
public record TraderDeclaration(UUID id, String reference, Flow flow, LocalDate date, String office, String trader,
                                String hsCode, String originCountry, String departureCountry, double netMassKg,
                                double customsValue, String footprintRef, String certificateRef,
                                Double embeddedEmissions, Lane lane, String status, Boolean compliant,
                                Finding.Category findingCategory, Instant lodgedAt, Instant releasedAt) {

    /** RELEASED, HELD_FOR_DOCUMENT_CHECK, HELD_FOR_EXAMINATION or INSPECTED. */
    static String status(Lane lane, Boolean compliant, Instant releasedAt) {
        if (compliant != null) {
            return "INSPECTED";
        }
        if (releasedAt != null || lane == null) {
            return "RELEASED";
        }
        return lane == Lane.RED ? "HELD_FOR_EXAMINATION" : "HELD_FOR_DOCUMENT_CHECK";
    }
}
