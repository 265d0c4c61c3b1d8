package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.TraderStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * What customs knows of a trader: AEO status, compliance history from recorded inspection results
 * (inspections, findings by severity, the latest finding), green indicators with their source and
 * verification status, and the green-AEO score and trust status these give (decision 048).
 */
public record EnterpriseProfile(String code, String name, boolean aeo, LocalDate aeoSince, long declarations,
                                long inspections, long findings, long minorFindings, long majorFindings,
                                long criticalFindings, LocalDate lastFinding, LocalDate lastCriticalFinding,
                                double findingRate, int compliancePoints, List<GreenAeoScore.Indicator> indicators,
                                int greenAeoScore, TraderStatus status) {

    public EnterpriseProfile {
        indicators = List.copyOf(indicators);
    }
}
