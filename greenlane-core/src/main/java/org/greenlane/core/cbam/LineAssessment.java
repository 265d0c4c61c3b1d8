package org.greenlane.core.cbam;

import java.util.List;
import java.util.Objects;

/**
 * What one import line owes in a year, every step traced: embedded emissions per unit, the free-allocation
 * adjustment (CBAM factor × cross-sectoral correction × benchmark), the Article 9 reduction, the certificates per
 * unit and in total, and their cost at the certificate price.
 */
public record LineAssessment(ImportLine line, int year, AnnexIRow good, boolean actualData, Figure embeddedPerUnit,
                             Figure benchmarkPerUnit, Figure freeAllocationPerUnit, Figure obligationPerUnit,
                             Figure carbonPriceReductionPerUnit, Figure certificatesPerUnit, Figure embeddedTotal,
                             Figure certificates, Figure certificatePrice, Figure cost, List<Notice> notices) {

    public LineAssessment {
        Objects.requireNonNull(line, "line");
        notices = List.copyOf(notices);
    }
}
