package org.greenlane.core.customs.model;

import org.greenlane.core.customs.InspectedDeclaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Out-of-time evaluation: trains the fraud and critical-fraud models on a training window, then
 * replays a later test window day by day, scoring each day from the history known that morning.
 * Test labels join the history only after {@code testLabels} (or never); see decision 043.
 */
public final class RiskEvaluation {

    private RiskEvaluation() {
    }

    /**
     * The report, the two models (their versions carry the report) and the fraud model's scores of
     * the test rows in the order given: a label-free population to calibrate lane thresholds on.
     */
    public record Result(EvaluationReport report, RiskModel fraudModel, RiskModel criticalModel, double[] testScores) {
    }

    public static Result run(List<InspectedDeclaration> training, List<InspectedDeclaration> test, String testSet,
                             TrainingSettings settings, LabelDelay testLabels, Instant now) {
        if (test.isEmpty()) {
            throw new IllegalArgumentException("test set " + testSet + " has no declarations");
        }
        RiskModelTrainer trainer = new RiskModelTrainer(training, settings);
        LocalDate testFrom = test.stream().map(row -> row.declaration().date()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate testTo = test.stream().map(row -> row.declaration().date()).max(Comparator.naturalOrder()).orElseThrow();
        if (!testFrom.isAfter(trainer.to())) {
            throw new IllegalArgumentException("test set " + testSet + " starts " + testFrom
                    + ", not after the training window ending " + trainer.to() + ": an evaluation must be out of time");
        }
        RiskModel fraud = trainer.train("fraud-" + trainer.to(), Target.FRAUD, now);
        RiskModel critical = trainer.train("critical-" + trainer.to(), Target.CRITICAL_FRAUD, now);
        FeatureMatrix features = trainer.replay().next(test, testLabels);
        double[] fraudScores = fraud.probabilities(features);
        double[] criticalScores = critical.probabilities(features);
        EvaluationReport report = new EvaluationReport(testSet, testFrom, testTo, testLabels,
                RankingReport.of("Fraud", fraudScores, labels(test, Target.FRAUD)),
                RankingReport.of("Critical Fraud", criticalScores, labels(test, Target.CRITICAL_FRAUD)));
        return new Result(report, fraud.withVersion(fraud.version().withEvaluation(report)),
                critical.withVersion(critical.version().withEvaluation(report)), fraudScores);
    }

    static boolean[] labels(List<InspectedDeclaration> rows, Target target) {
        boolean[] labels = new boolean[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = target.of(rows.get(i).result());
        }
        return labels;
    }
}
