package org.greenlane.core.customs.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well one score ranks one label: Precision@n % and Recall@n % at the usual inspection rates,
 * and AUC (absent when the label has a single class in the test set).
 */
public record RankingReport(String label, int rows, int positives, Map<Integer, Double> precisionAt,
                            Map<Integer, Double> recallAt, Double auc) {

    /** Inspection rates in percent, as in the dataset paper (1, 2, 5 and 10 %). */
    public static final List<Integer> RATES = List.of(1, 2, 5, 10);

    public RankingReport {
        precisionAt = Map.copyOf(precisionAt);
        recallAt = Map.copyOf(recallAt);
    }

    public static RankingReport of(String label, double[] scores, boolean[] positives) {
        Map<Integer, Double> precision = new LinkedHashMap<>();
        Map<Integer, Double> recall = new LinkedHashMap<>();
        for (int rate : RATES) {
            precision.put(rate, RankingMetrics.precisionAt(scores, positives, rate / 100.0));
            recall.put(rate, RankingMetrics.recallAt(scores, positives, rate / 100.0));
        }
        int count = 0;
        for (boolean positive : positives) {
            count += positive ? 1 : 0;
        }
        Double auc = count == 0 || count == positives.length ? null : RankingMetrics.auc(scores, positives);
        return new RankingReport(label, scores.length, count, precision, recall, auc);
    }
}
