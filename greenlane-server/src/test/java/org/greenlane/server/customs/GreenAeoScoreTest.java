package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.TraderStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The green-AEO score of decision 048, by hand. */
class GreenAeoScoreTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

    @Test
    void complianceEarnsUpToFortyPointsFromTheSmoothedFindingRate() {
        // 0 findings in 20 inspections: r = (0 + 1) / (20 + 5) = 0.04; 40 × (0.25 − 0.04) / 0.25 = 33.6 → 34.
        assertThat(GreenAeoScore.findingRate(20, 0)).isCloseTo(0.04, within(1e-12));
        assertThat(GreenAeoScore.compliancePoints(20, 0, null, TODAY)).isEqualTo(34);
        // 2 findings in 20: r = 3 / 25 = 0.12; 40 × 0.13 / 0.25 = 20.8 → 21.
        assertThat(GreenAeoScore.compliancePoints(20, 2, null, TODAY)).isEqualTo(21);
        // No inspection: r = 1 / 5 = 0.2; 40 × 0.05 / 0.25 = 8.
        assertThat(GreenAeoScore.compliancePoints(0, 0, null, TODAY)).isEqualTo(8);
        // A critical finding 100 days ago zeroes the part, one 400 days ago does not.
        assertThat(GreenAeoScore.compliancePoints(20, 1, TODAY.minusDays(100), TODAY)).isZero();
        assertThat(GreenAeoScore.compliancePoints(20, 1, TODAY.minusDays(400), TODAY)).isPositive();
    }

    @Test
    void onlyVerifiedEvidenceEarnsAndRevokedCertificatesCost() {
        List<GreenAeoScore.Indicator> verified = List.of(
                indicator("FOOTPRINT", null, VerifiableRecords.Status.VERIFIED),
                indicator("FOOTPRINT", null, VerifiableRecords.Status.VERIFIED),
                indicator("CERTIFICATE", null, VerifiableRecords.Status.VERIFIED),
                indicator("GREEN_ELECTRICITY", 0.5, VerifiableRecords.Status.VERIFIED));
        // 34 + 20 (footprints count once) + 20 + 20 × 0.5 = 84.
        assertThat(GreenAeoScore.score(34, verified)).isEqualTo(84);
        assertThat(GreenAeoScore.status(true, 84)).isEqualTo(TraderStatus.GREEN_AEO);
        assertThat(GreenAeoScore.status(false, 84)).isEqualTo(TraderStatus.NONE);

        List<GreenAeoScore.Indicator> unverified = List.of(indicator("FOOTPRINT", null, VerifiableRecords.Status.UNVERIFIED),
                indicator("CERTIFICATE", null, VerifiableRecords.Status.REVOKED));
        // Unverified earns 0; the revoked certificate costs 20 of the green part, which cannot go below 0.
        assertThat(GreenAeoScore.score(34, unverified)).isEqualTo(34);
        assertThat(GreenAeoScore.status(true, 34)).isEqualTo(TraderStatus.AEO);
    }

    private static GreenAeoScore.Indicator indicator(String kind, Double share, VerifiableRecords.Status status) {
        return new GreenAeoScore.Indicator(kind, "ref", share, "test", TODAY, status, GreenAeoScore.points(kind, share, status));
    }
}
