package org.greenlane.core.customs.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gradient-boosting settings and the history replay used to build training features.
 *
 * @param warmUpDays declarations of the first days only feed the history (their own profiles are
 *                   still empty), they are not training examples
 * @param threads    native threads for training (scoring runs in Java); the engine is meant for small machines
 */
public record TrainingSettings(int iterations, double learningRate, int leaves, int minDataInLeaf,
                               double featureFraction, double baggingFraction, double l2,
                               int warmUpDays, LabelDelay labelDelay, int threads, int seed) {

    /** The defaults, see decision 042. */
    public static final TrainingSettings DEFAULTS =
            new TrainingSettings(200, 0.06, 15, 20, 0.7, 0.8, 1.0, 30, LabelDelay.NEXT_DAY, 1, 42);

    public TrainingSettings {
        require(iterations >= 1, "iterations must be >= 1, was " + iterations);
        require(learningRate > 0 && learningRate <= 1, "learning rate must be in (0, 1], was " + learningRate);
        require(leaves >= 2, "leaves must be >= 2, was " + leaves);
        require(minDataInLeaf >= 1, "min data in leaf must be >= 1, was " + minDataInLeaf);
        require(featureFraction > 0 && featureFraction <= 1, "feature fraction must be in (0, 1], was " + featureFraction);
        require(baggingFraction > 0 && baggingFraction <= 1, "bagging fraction must be in (0, 1], was " + baggingFraction);
        require(l2 >= 0 && Double.isFinite(l2), "L2 regularisation must be >= 0, was " + l2);
        require(warmUpDays >= 0, "warm-up days must be >= 0, was " + warmUpDays);
        require(labelDelay != null && !labelDelay.never(), "training needs labels that become known (a finite label delay)");
        require(threads >= 1, "threads must be >= 1, was " + threads);
    }

    public TrainingSettings withIterations(int iterations) {
        return new TrainingSettings(iterations, learningRate, leaves, minDataInLeaf, featureFraction, baggingFraction,
                l2, warmUpDays, labelDelay, threads, seed);
    }

    public TrainingSettings withLabelDelay(LabelDelay labelDelay) {
        return new TrainingSettings(iterations, learningRate, leaves, minDataInLeaf, featureFraction, baggingFraction,
                l2, warmUpDays, labelDelay, threads, seed);
    }

    /** LightGBM parameters; deterministic and row-wise so a retrain on the same data gives the same model. */
    String lightGbmParameters() {
        return String.join(" ", "objective=binary", "learning_rate=" + learningRate, "num_leaves=" + leaves,
                "min_data_in_leaf=" + minDataInLeaf, "feature_fraction=" + featureFraction,
                "bagging_fraction=" + baggingFraction, "bagging_freq=" + (baggingFraction < 1 ? 1 : 0),
                "lambda_l2=" + l2, "num_threads=" + threads, "seed=" + seed, "deterministic=true",
                "force_row_wise=true", "verbosity=-1");
    }

    /** The settings as recorded in a model version. */
    Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("iterations", Integer.toString(iterations));
        map.put("learning_rate", Double.toString(learningRate));
        map.put("leaves", Integer.toString(leaves));
        map.put("min_data_in_leaf", Integer.toString(minDataInLeaf));
        map.put("feature_fraction", Double.toString(featureFraction));
        map.put("bagging_fraction", Double.toString(baggingFraction));
        map.put("lambda_l2", Double.toString(l2));
        map.put("warm_up_days", Integer.toString(warmUpDays));
        map.put("label_delay", labelDelay.toString());
        map.put("seed", Integer.toString(seed));
        return map;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
