package org.greenlane.core.customs.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RankingMetricsTest {

    // Ten declarations; by descending score: 0.9 P, 0.8 N, 0.7 P, 0.6 P, 0.5 N, 0.4 N, 0.3 P, 0.2 N, 0.1 N, 0.05 N.
    private static final double[] SCORES = {0.1, 0.9, 0.3, 0.8, 0.7, 0.05, 0.6, 0.5, 0.4, 0.2};
    private static final boolean[] LABELS = {false, true, true, false, true, false, true, false, false, false};

    @Test
    void precisionAndRecallAtTheTopShare() {
        // 20 % of 10 = 2 inspected: 0.9 P, 0.8 N -> precision 1/2, recall 1/4.
        assertThat(RankingMetrics.precisionAt(SCORES, LABELS, 0.2)).isEqualTo(0.5);
        assertThat(RankingMetrics.recallAt(SCORES, LABELS, 0.2)).isEqualTo(0.25);
        // 40 % = 4 inspected: P N P P -> 3/4 and 3/4.
        assertThat(RankingMetrics.precisionAt(SCORES, LABELS, 0.4)).isEqualTo(0.75);
        assertThat(RankingMetrics.recallAt(SCORES, LABELS, 0.4)).isEqualTo(0.75);
        // 5 % of 10 = 0.5, floored to 0, at least 1 inspected: the 0.9 positive.
        assertThat(RankingMetrics.precisionAt(SCORES, LABELS, 0.05)).isEqualTo(1.0);
    }

    @Test
    void aucCountsCorrectlyOrderedPairsAndHalfTies() {
        // 4 positives x 6 negatives = 24 pairs. Negatives below each positive:
        // 0.9 -> 6, 0.7 -> 5 (all but 0.8), 0.6 -> 5, 0.3 -> 3 (0.2, 0.1, 0.05). 19 / 24.
        assertThat(RankingMetrics.auc(SCORES, LABELS)).isCloseTo(19.0 / 24, within(1e-12));
        // One positive and one negative tied: the pair counts 1/2.
        assertThat(RankingMetrics.auc(new double[]{0.5, 0.5}, new boolean[]{true, false})).isEqualTo(0.5);
        // Positives 0.8 and 0.4 against negatives 0.4 and 0.1: 2 + (0.5 + 1) = 3.5 of 4 pairs.
        assertThat(RankingMetrics.auc(new double[]{0.8, 0.4, 0.4, 0.1}, new boolean[]{true, true, false, false}))
                .isEqualTo(3.5 / 4);
    }

    @Test
    void refusesWhatCannotBeRanked() {
        assertThatThrownBy(() -> RankingMetrics.auc(new double[]{0.1, 0.2}, new boolean[]{true, true}))
                .hasMessageContaining("2 positive(s) and 0 negative(s)");
        assertThatThrownBy(() -> RankingMetrics.precisionAt(new double[]{Double.NaN}, new boolean[]{true}, 0.1))
                .hasMessageContaining("score 0 is not finite");
        assertThatThrownBy(() -> RankingMetrics.precisionAt(SCORES, LABELS, 0))
                .hasMessageContaining("inspection fraction must be in (0, 1]");
        assertThatThrownBy(() -> RankingMetrics.recallAt(SCORES, new boolean[3], 0.1))
                .hasMessageContaining("10 scores but 3 labels");
    }

    @Test
    void reportsEveryRateAndLeavesAucOutForASingleClass() {
        RankingReport report = RankingReport.of("Fraud", SCORES, LABELS);
        assertThat(report.positives()).isEqualTo(4);
        assertThat(report.precisionAt()).containsOnlyKeys(1, 2, 5, 10);
        assertThat(report.precisionAt().get(10)).isEqualTo(1.0);
        assertThat(RankingReport.of("Critical", SCORES, new boolean[10]).auc()).isNull();
    }
}
