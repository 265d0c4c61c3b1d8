package org.greenlane.core.customs.model;

import org.greenlane.core.customs.Declaration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scores declarations with a model over a compliance history dated strictly before them (in
 * service: the history as refreshed last night). Explaining adds path attributions and an
 * officer-readable statement per top feature, so it is asked for separately.
 */
public final class RiskScorer {

    private final RiskModel model;
    private final ComplianceHistory history;

    public RiskScorer(RiskModel model, ComplianceHistory history) {
        this.model = model;
        this.history = history;
    }

    public RiskModel model() {
        return model;
    }

    /** Probability of a finding for each declaration, in batch order. */
    public double[] scores(List<Declaration> batch) {
        return model.probabilities(features(batch));
    }

    /** Scores and explains each declaration with its {@code top} largest contributions. */
    public List<RiskAssessment> assess(List<Declaration> batch, int top) {
        if (top < 0) {
            throw new IllegalArgumentException("number of contributions must be >= 0, was " + top);
        }
        FeatureMatrix features = features(batch);
        double[] scores = model.probabilities(features);
        double[] attributions = model.contributions(features);
        int width = features.columns() + 1;
        List<RiskAssessment> assessments = new ArrayList<>(batch.size());
        for (int row = 0; row < batch.size(); row++) {
            int base = row * width;
            Integer[] order = IntStream.range(0, features.columns()).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer column) -> -Math.abs(attributions[base + column])));
            List<Contribution> contributions = new ArrayList<>(top);
            for (int k = 0; k < Math.min(top, order.length); k++) {
                int column = order[k];
                contributions.add(new Contribution(RiskFeatures.names().get(column),
                        RiskFeatures.describe(column, batch.get(row), features.get(row, column)), attributions[base + column]));
            }
            assessments.add(new RiskAssessment(batch.get(row).id(), scores[row], model.version().id(), contributions));
        }
        return assessments;
    }

    private FeatureMatrix features(List<Declaration> batch) {
        int columns = RiskFeatures.count();
        float[] values = new float[batch.size() * columns];
        for (int row = 0; row < batch.size(); row++) {
            RiskFeatures.compute(batch.get(row), history, values, row * columns);
        }
        return new FeatureMatrix(values, batch.size(), columns);
    }
}
