package org.greenlane.core.customs.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An out-of-time evaluation: the test window, what was assumed about when test labels became
 * known, and how the score ranked fraud and critical fraud.
 */
public record EvaluationReport(String testSet, LocalDate from, LocalDate to, LabelDelay testLabels,
                               RankingReport fraud, RankingReport criticalFraud) {

    public EvaluationReport {
        Objects.requireNonNull(testSet, "test set");
        Objects.requireNonNull(from, "test window start");
        Objects.requireNonNull(to, "test window end");
        Objects.requireNonNull(testLabels, "test label delay");
        Objects.requireNonNull(fraud, "fraud report");
        Objects.requireNonNull(criticalFraud, "critical fraud report");
    }
}
