package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.TraderStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * The green-AEO score of a trader, 0 to 100 (decision 048): up to 40 points for compliance and up
 * to 60 for verified green evidence. Unverified claims are shown but earn nothing; a revoked
 * certificate costs 20; a critical finding in the last year zeroes the compliance part. A trader is
 * GREEN_AEO when it holds AEO status and scores at least {@link #GREEN_AEO_THRESHOLD}.
 */
final class GreenAeoScore {

    static final int GREEN_AEO_THRESHOLD = 70;
    static final int COMPLIANCE_POINTS = 40;
    /** Finding rate at which the compliance part reaches zero. */
    static final double TOLERATED_RATE = 0.25;

    /** One green indicator as it counts: its status and points. */
    record Indicator(String kind, String reference, Double share, String source, LocalDate observedOn,
                     VerifiableRecords.Status status, int points) {
    }

    private GreenAeoScore() {
    }

    /** Smoothed finding rate with a prior of one finding in five inspections, so few inspections prove little. */
    static double findingRate(long inspections, long findings) {
        return (findings + 1.0) / (inspections + 5.0);
    }

    static int compliancePoints(long inspections, long findings, LocalDate lastCritical, LocalDate today) {
        if (lastCritical != null && lastCritical.isAfter(today.minusYears(1))) {
            return 0;
        }
        double rate = findingRate(inspections, findings);
        return (int) Math.round(COMPLIANCE_POINTS * Math.max(0, Math.min(1, (TOLERATED_RATE - rate) / TOLERATED_RATE)));
    }

    /** Points of one indicator: only verified evidence earns, a revoked certificate costs. */
    static int points(String kind, Double share, VerifiableRecords.Status status) {
        if (status == VerifiableRecords.Status.REVOKED) {
            return kind.equals("CERTIFICATE") ? -20 : 0;
        }
        if (status != VerifiableRecords.Status.VERIFIED) {
            return 0;
        }
        return switch (kind) {
            case "FOOTPRINT", "CERTIFICATE" -> 20;
            case "GREEN_ELECTRICITY" -> (int) Math.round(20 * (share == null ? 0 : share));
            default -> throw new IllegalArgumentException("unknown green indicator kind " + kind);
        };
    }

    /** Compliance plus green points, where each kind earns at most once (20) and revocations subtract. */
    static int score(int compliancePoints, List<Indicator> indicators) {
        int green = 0;
        for (String kind : List.of("FOOTPRINT", "CERTIFICATE", "GREEN_ELECTRICITY")) {
            green += indicators.stream().filter(i -> i.kind().equals(kind)).mapToInt(Indicator::points)
                    .filter(p -> p > 0).max().orElse(0);
        }
        green += indicators.stream().mapToInt(Indicator::points).filter(p -> p < 0).sum();
        return Math.max(0, Math.min(100, compliancePoints + Math.max(0, green)));
    }

    static TraderStatus status(boolean aeo, int score) {
        if (!aeo) {
            return TraderStatus.NONE;
        }
        return score >= GREEN_AEO_THRESHOLD ? TraderStatus.GREEN_AEO : TraderStatus.AEO;
    }
}
