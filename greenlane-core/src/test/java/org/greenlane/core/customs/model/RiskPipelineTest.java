package org.greenlane.core.customs.model;

import org.greenlane.core.customs.Declaration;
import org.greenlane.core.customs.DeclarationCsv;
import org.greenlane.core.customs.InspectedDeclaration;
import org.greenlane.core.customs.selectivity.CriteriaSet;
import org.greenlane.core.customs.selectivity.EmissionReference;
import org.greenlane.core.customs.selectivity.LaneDecision;
import org.greenlane.core.customs.selectivity.OfficeProfile;
import org.greenlane.core.customs.selectivity.OfficeSelectivity;
import org.greenlane.core.customs.selectivity.RandomSelection;
import org.greenlane.core.customs.selectivity.SelectivityEngine;
import org.greenlane.core.customs.selectivity.TraderStatus;
import org.greenlane.core.customs.selectivity.TrustDiscount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Trains on January-April 2020 of the shared KCS training file and scores May 2020: the whole pipeline. */
class RiskPipelineTest {

    private static final LocalDate TRAIN_END = LocalDate.of(2020, 4, 30);
    private static final LocalDate TEST_END = LocalDate.of(2020, 5, 31);
    private static List<InspectedDeclaration> training;
    private static List<InspectedDeclaration> test;

    @BeforeAll
    static void readSlice() throws Exception {
        Path file = Path.of(System.getProperty("greenlane.repo.root", "."))
                .resolve("../shared/data/customs/kcs-synthetic-declarations-train.csv");
        assumeTrue(Files.exists(file), "../shared/data/customs/kcs-synthetic-declarations-train.csv not present: "
                + "skipping the risk pipeline test");
        List<InspectedDeclaration> all = DeclarationCsv.read(file, LocalDate.now());
        training = all.stream().filter(row -> !row.declaration().date().isAfter(TRAIN_END)).toList();
        test = all.stream().filter(row -> row.declaration().date().isAfter(TRAIN_END)
                && !row.declaration().date().isAfter(TEST_END)).toList();
    }

    @Test
    void trainsScoresExplainsAndDecides() {
        TrainingSettings settings = TrainingSettings.DEFAULTS.withIterations(100);
        RiskModelTrainer trainer = new RiskModelTrainer(training, settings);
        RiskModel model = trainer.train("fraud-test", Target.FRAUD, Instant.parse("2020-05-01T00:00:00Z"));
        FeatureMatrix features = trainer.replay().next(test, LabelDelay.NEXT_DAY);
        double[] scores = model.probabilities(features);
        RankingReport report = RankingReport.of("Fraud", scores, RiskEvaluation.labels(test, Target.FRAUD));
        // The slice's fraud rate is about 0.22: a working ranking puts far more than that in the top 5 %.
        assertThat(report.auc()).isGreaterThan(0.75);
        assertThat(report.precisionAt().get(5)).isGreaterThan(0.6);
        assertThat(model.version().trainingFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(model.version().trainingTo()).isEqualTo(TRAIN_END);

        // The stored text reloads to the same scores.
        RiskModel reloaded = RiskModel.load(model.version(), model.modelText());
        assertThat(reloaded.probabilities(features)).containsExactly(scores);
        // Path attributions plus the expected value add up to the log-odds of the score.
        double[] shap = model.contributions(features);
        int width = features.columns() + 1;
        for (int row = 0; row < 5; row++) {
            double sum = 0;
            for (int column = 0; column < width; column++) {
                sum += shap[row * width + column];
            }
            assertThat(sum).isCloseTo(Math.log(scores[row] / (1 - scores[row])), within(1e-6));
        }

        // Selectivity over May with the history known at the end of May's replay refused; score June-style:
        // a fresh scorer over the full training history, applied to declarations after it.
        ComplianceHistory history = new ComplianceHistory();
        history.recordAll(training);
        RiskScorer scorer = new RiskScorer(model, history);
        List<Declaration> may = test.stream().map(InspectedDeclaration::declaration).toList();
        Map<String, OfficeSelectivity> offices = OfficeSelectivity.calibrate(
                may.stream().map(Declaration::office).distinct()
                        .collect(Collectors.toMap(Function.identity(), OfficeProfile::standard)),
                Map.of(), scorer.scores(may), 1);
        SelectivityEngine engine = new SelectivityEngine(CriteriaSet.defaults(), EmissionReference.NONE,
                new RandomSelection("pipeline-test-key-0001".getBytes(StandardCharsets.UTF_8)), offices,
                importer -> TraderStatus.NONE, TrustDiscount.STANDARD);
        List<LaneDecision> decisions = engine.decideAll(may, scorer, 3);
        assertThat(decisions).hasSameSizeAs(may);
        LaneDecision controlled = decisions.stream().filter(d -> d.lane().controlled() && !d.random().selected()
                && d.firedCriteria().isEmpty()).findFirst().orElseThrow();
        assertThat(controlled.model().orElseThrow().topContributions()).hasSize(3);
        assertThat(controlled.reasons().get(0)).startsWith("model fraud-test score");
        assertThat(engine.decide(may.get(0), Optional.empty()).model()).isEmpty();
    }

    @Test
    void refusesAModelOfAnotherFeatureLayout() {
        ModelVersion version = new ModelVersion("old", Target.FRAUD, ModelRole.CHAMPION, LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31), 10, Instant.EPOCH, "customs-risk-features-0", Map.of(), Optional.empty());
        assertThatThrownBy(() -> RiskModel.load(version, "tree\n"))
                .hasMessage("model old uses feature schema customs-risk-features-0, this engine computes "
                        + RiskFeatures.SCHEMA);
    }
}
