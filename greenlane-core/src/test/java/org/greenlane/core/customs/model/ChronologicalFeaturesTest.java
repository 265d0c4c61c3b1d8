package org.greenlane.core.customs.model;

import org.greenlane.core.customs.Declaration;
import org.greenlane.core.customs.InspectedDeclaration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenlane.core.customs.TestDeclarations.declaration;
import static org.greenlane.core.customs.TestDeclarations.inspected;
import static org.assertj.core.api.Assertions.within;

/** The history features must see only outcomes dated strictly before the declaration (no leakage). */
class ChronologicalFeaturesTest {

    private static final LocalDate DAY1 = LocalDate.of(2020, 1, 1);
    private static final LocalDate DAY2 = DAY1.plusDays(1);
    private static final LocalDate DAY3 = DAY1.plusDays(2);

    private static int column(String name) {
        return RiskFeatures.names().indexOf(name);
    }

    private static float[] row(FeatureMatrix matrix, int row) {
        return Arrays.copyOfRange(matrix.values(), row * matrix.columns(), (row + 1) * matrix.columns());
    }

    /** Day 1: A and B, both frauds, same HS 440890; day 2: C; day 3: D. */
    private static FeatureMatrix replay(boolean bFraud, boolean cFraud, boolean dFraud, LabelDelay delay) {
        List<InspectedDeclaration> rows = List.of(
                inspected(declaration("A", DAY1, "440890"), true),
                inspected(declaration("B", DAY1, "440890"), bFraud),
                inspected(declaration("C", DAY2, "440890"), cFraud),
                inspected(declaration("D", DAY3, "440890"), dFraud));
        return new ChronologicalFeatures(new ComplianceHistory()).next(rows, delay);
    }

    @Test
    void smoothedRatesFollowTheHandComputedHierarchy() {
        FeatureMatrix features = replay(true, false, false, LabelDelay.NEXT_DAY);
        // Day 1 sees an empty history: the global Laplace prior (0 + 1) / (0 + 2) = 0.5 everywhere.
        assertThat(features.get(0, column("hs6.fraud_rate"))).isEqualTo(0.5f);
        assertThat(features.get(0, column("hs6.count"))).isZero();
        // Day 2 sees A and B (2 frauds of 2): global (2 + 1) / (2 + 2) = 0.75;
        // HS2 44: (2 + 2 × 0.75) / (2 + 2) = 0.875; HS4 4408: (2 + 2 × 0.875) / 4 = 0.9375;
        // HS6 440890: (2 + 2 × 0.9375) / 4 = 0.96875.
        assertThat(features.get(2, column("hs2.fraud_rate"))).isCloseTo(0.875f, within(1e-6f));
        assertThat(features.get(2, column("hs4.fraud_rate"))).isCloseTo(0.9375f, within(1e-6f));
        assertThat(features.get(2, column("hs6.fraud_rate"))).isCloseTo(0.96875f, within(1e-6f));
        assertThat(features.get(2, column("hs6.count"))).isEqualTo(2f);
        assertThat(features.get(3, column("hs6.count"))).isEqualTo(3f);
    }

    @Test
    void aDeclarationsOwnLabelAndLaterLabelsNeverChangeItsFeatures() {
        FeatureMatrix base = replay(true, false, false, LabelDelay.NEXT_DAY);
        FeatureMatrix otherOwnLabel = replay(true, true, false, LabelDelay.NEXT_DAY);
        FeatureMatrix otherLaterLabel = replay(true, false, true, LabelDelay.NEXT_DAY);
        FeatureMatrix otherSameDayLabel = replay(false, false, false, LabelDelay.NEXT_DAY);
        assertThat(row(otherOwnLabel, 2)).containsExactly(row(base, 2));
        assertThat(row(otherLaterLabel, 2)).containsExactly(row(base, 2));
        // B's label is on A's day: A must not see it.
        assertThat(row(otherSameDayLabel, 0)).containsExactly(row(base, 0));
        // ...but the next day does (the check has teeth).
        assertThat(row(otherSameDayLabel, 2)).isNotEqualTo(row(base, 2));
    }

    @Test
    void aLongerLabelDelayHidesRecentResults() {
        FeatureMatrix delayed = replay(true, false, false, LabelDelay.afterDays(2));
        assertThat(delayed.get(2, column("hs6.count"))).isZero();
        assertThat(delayed.get(3, column("hs6.count"))).isEqualTo(2f);
        FeatureMatrix frozen = replay(true, false, false, LabelDelay.NEVER);
        assertThat(frozen.get(3, column("hs6.count"))).isZero();
    }

    @Test
    void theHistoryRefusesDeclarationsNotStrictlyAfterItsOutcomes() {
        ComplianceHistory history = new ComplianceHistory();
        history.record(inspected(declaration("A", DAY2, "440890"), true));
        Declaration sameDay = declaration("B", DAY2, "440890");
        assertThatThrownBy(() -> RiskFeatures.compute(sameDay, history, new float[RiskFeatures.count()], 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not strictly before declaration B of 2020-01-02");
        ChronologicalFeatures replay = new ChronologicalFeatures(new ComplianceHistory());
        replay.next(List.of(inspected(declaration("C", DAY3, "440890"), false)), LabelDelay.NEXT_DAY);
        assertThatThrownBy(() -> replay.next(List.of(inspected(declaration("D", DAY1, "440890"), false)), LabelDelay.NEXT_DAY))
                .hasMessageContaining("comes before declarations already replayed");
    }
}
