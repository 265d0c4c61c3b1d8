package org.greenlane.core.customs.selectivity;

import org.greenlane.core.customs.Declaration;
import org.greenlane.core.customs.model.Contribution;
import org.greenlane.core.customs.model.RiskAssessment;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenlane.core.customs.TestDeclarations.declaration;

class SelectivityEngineTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final RandomSelection RANDOM = new RandomSelection("test-selectivity-key-0001".getBytes(StandardCharsets.UTF_8));
    private static final CriteriaSet CRITERIA = CriteriaSet.parse("""
            criteria-set t1 effective 2025-01-01
            WASTE-3915 | YELLOW | hs:3915 | Waste, parings and scrap, of plastics (HS 3915)
            """);
    // Thresholds: RED at 0.8, YELLOW at 0.6, BLUE at 0.4.
    private static final OfficeProfile PROFILE =
            new OfficeProfile("30", Map.of(Lane.RED, 0.02, Lane.YELLOW, 0.05, Lane.BLUE, 0.10), 0.05, Lane.RED);
    private static final SelectivityEngine ENGINE = new SelectivityEngine(CRITERIA, EmissionReference.NONE, RANDOM,
            Map.of("30", new OfficeSelectivity(PROFILE, new ScoreThresholds(0.8, 0.6, 0.4))),
            importer -> switch (importer) {
                case "AEO1" -> TraderStatus.AEO;
                case "GREEN1" -> TraderStatus.GREEN_AEO;
                default -> TraderStatus.NONE;
            }, TrustDiscount.STANDARD);

    /** An id the keyed draw does not select at the office's 5 % rate, so the other reasons show alone. */
    private static String unselectedId(String prefix) {
        return IntStream.range(0, 100).mapToObj(i -> prefix + i).filter(id -> !RANDOM.selects(id, 0.05))
                .findFirst().orElseThrow();
    }

    private static String selectedId() {
        return IntStream.range(0, 1000).mapToObj(i -> "R" + i).filter(id -> RANDOM.selects(id, 0.05))
                .findFirst().orElseThrow();
    }

    private static LaneDecision decide(String id, String hs, String importer, double score) {
        Declaration declaration = declaration(id, DAY, hs, "CN", importer, "30");
        RiskAssessment assessment = new RiskAssessment(id, score, "fraud-test",
                List.of(new Contribution("hs6_route.fraud_rate", "smoothed fraud rate 0.90 ...", 1.2)));
        return ENGINE.decide(declaration, Optional.of(assessment));
    }

    @Test
    void theModelScoreChoosesTheLaneUnderTheOfficeThresholds() {
        assertThat(decide(unselectedId("a"), "940360", "IMP", 0.85).lane()).isEqualTo(Lane.RED);
        assertThat(decide(unselectedId("b"), "940360", "IMP", 0.65).lane()).isEqualTo(Lane.YELLOW);
        assertThat(decide(unselectedId("c"), "940360", "IMP", 0.45).lane()).isEqualTo(Lane.BLUE);
        LaneDecision green = decide(unselectedId("d"), "940360", "IMP", 0.10);
        assertThat(green.lane()).isEqualTo(Lane.GREEN);
        assertThat(green.reasons()).containsExactly("model fraud-test score 0.100 -> GREEN",
                "  +1.20 smoothed fraud rate 0.90 ...");
    }

    @Test
    void theStrictestReasonWinsAndEveryReasonIsRecorded() {
        LaneDecision decision = decide(unselectedId("e"), "391510", "IMP", 0.45);
        assertThat(decision.lane()).isEqualTo(Lane.YELLOW);
        assertThat(decision.criteriaVersion()).isEqualTo("t1");
        assertThat(decision.firedCriteria()).extracting(RiskCriterion::id).containsExactly("WASTE-3915");
        assertThat(decision.model().orElseThrow().lane()).isEqualTo(Lane.BLUE);
        assertThat(decision.reasons().get(0)).startsWith("criterion WASTE-3915 (set t1) -> YELLOW");
    }

    @Test
    void trustLowersTheScoreButNeverTheCriteriaOrTheRandomDraw() {
        // 0.85 x 0.5 = 0.425 -> BLUE for an AEO; 0.85 x 0.25 = 0.2125 -> GREEN for a green AEO.
        assertThat(decide(unselectedId("f"), "940360", "AEO1", 0.85).lane()).isEqualTo(Lane.BLUE);
        LaneDecision greenAeo = decide(unselectedId("g"), "940360", "GREEN1", 0.85);
        assertThat(greenAeo.lane()).isEqualTo(Lane.GREEN);
        assertThat(greenAeo.model().orElseThrow().adjustedScore()).isEqualTo(0.2125);
        assertThat(decide(unselectedId("h"), "391510", "GREEN1", 0.85).lane()).isEqualTo(Lane.YELLOW);
        LaneDecision drawn = decide(selectedId(), "940360", "GREEN1", 0.01);
        assertThat(drawn.lane()).isEqualTo(Lane.RED);
        assertThat(drawn.random().selected()).isTrue();
        assertThat(drawn.reasons().get(0)).startsWith("random selection -> RED: draw");
    }

    @Test
    void withoutAModelCriteriaAndRandomSelectionStillDecide() {
        Declaration plastics = declaration(unselectedId("i"), DAY, "391510", "CN", "IMP", "30");
        LaneDecision decision = ENGINE.decide(plastics, Optional.empty());
        assertThat(decision.lane()).isEqualTo(Lane.YELLOW);
        assertThat(decision.reasons()).contains("no model score: lane from criteria and random selection only");
    }

    @Test
    void anOfficeWithoutProfileIsRefused() {
        Declaration elsewhere = declaration("X1", DAY, "940360", "CN", "IMP", "99");
        assertThatThrownBy(() -> ENGINE.decide(elsewhere, Optional.empty()))
                .hasMessage("declaration X1: office 99 has no selectivity profile");
    }

    @Test
    void thresholdsAreCalibratedToTheExpectedRates() {
        double[] reference = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();
        // RED 2 % -> the top 2 scores (99, 100); RED+YELLOW 7 % -> top 7 (from 94); +BLUE 17 % -> top 17 (from 84).
        assertThat(ScoreThresholds.calibrate(reference, PROFILE)).isEqualTo(new ScoreThresholds(99, 94, 84));
        OfficeProfile noRed = new OfficeProfile("31", Map.of(Lane.RED, 0.0, Lane.YELLOW, 0.5, Lane.BLUE, 0.0), 0.01, Lane.YELLOW);
        ScoreThresholds thresholds = ScoreThresholds.calibrate(reference, noRed);
        assertThat(thresholds.laneOf(100)).isEqualTo(Lane.YELLOW);
        assertThat(thresholds.laneOf(50)).isEqualTo(Lane.GREEN);
    }

    @Test
    void officeProfilesRefuseRatesThatCannotHold() {
        assertThatThrownBy(() -> new OfficeProfile("30", Map.of(Lane.RED, 0.5, Lane.YELLOW, 0.4, Lane.BLUE, 0.2), 0.01, Lane.RED))
                .hasMessageContaining("add up to");
        assertThatThrownBy(() -> new OfficeProfile("30", Map.of(Lane.RED, 0.01, Lane.YELLOW, 0.01, Lane.BLUE, 0.01), 0, Lane.RED))
                .hasMessageContaining("zero would let a trader avoid control entirely");
        assertThatThrownBy(() -> new OfficeProfile("30", Map.of(Lane.RED, 0.01, Lane.YELLOW, 0.01, Lane.BLUE, 0.01), 0.01, Lane.BLUE))
                .hasMessageContaining("random selection must send to RED or YELLOW");
    }

    @Test
    void outcomesAreRecordedAgainstWhatSelected() {
        SelectionOutcomes outcomes = new SelectionOutcomes();
        outcomes.record(decide(unselectedId("j"), "391510", "IMP", 0.1), new org.greenlane.core.customs.InspectionResult(true, false));
        outcomes.record(decide(unselectedId("k"), "391510", "IMP", 0.1), org.greenlane.core.customs.InspectionResult.COMPLIANT);
        outcomes.record(decide(selectedId(), "940360", "IMP", 0.1), org.greenlane.core.customs.InspectionResult.COMPLIANT);
        assertThat(outcomes.byCriterion().get("WASTE-3915")).isEqualTo(new SelectionOutcomes.HitRate(2, 1));
        assertThat(outcomes.byCriterion().get("WASTE-3915").rate()).isEqualTo(0.5);
        assertThat(outcomes.random()).isEqualTo(new SelectionOutcomes.HitRate(1, 0));
        assertThat(outcomes.byLane().get(Lane.YELLOW)).isEqualTo(new SelectionOutcomes.HitRate(2, 1));
    }
}
