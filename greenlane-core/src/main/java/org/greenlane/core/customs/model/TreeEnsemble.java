package org.greenlane.core.customs.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A LightGBM binary model evaluated in Java from its text form, so that scoring needs neither the
 * native library nor a copy of the feature matrix across JNI. It follows LightGBM's
 * {@code Tree::NumericalDecision} exactly (missing-value types None, Zero and NaN, default-left
 * bit), sums tree outputs in tree order in double precision and applies the sigmoid, which gives
 * LightGBM's own predictions (see {@code TreeEnsembleTest}).
 * <p>
 * Explanations are path attributions (Saabas): along a row's path in each tree, the change of the
 * node's expected output (leaf outputs weighted by their training counts) is credited to the
 * feature split on. They add up exactly to the raw score minus the model's expected value, the
 * same expected value TreeSHAP uses, at the cost of one tree walk.
 */
final class TreeEnsemble {

    private static final int CATEGORICAL = 1;
    private static final int DEFAULT_LEFT = 2;
    private static final int MISSING_ZERO = 1;
    private static final int MISSING_NAN = 2;
    /** LightGBM's kZeroThreshold: values this close to zero count as zero for missing type Zero. */
    private static final double ZERO_THRESHOLD = 1e-35f;

    private final List<String> featureNames;
    private final double sigmoid;
    private final Tree[] trees;
    private final double expectedValue;

    private TreeEnsemble(List<String> featureNames, double sigmoid, Tree[] trees) {
        this.featureNames = List.copyOf(featureNames);
        this.sigmoid = sigmoid;
        this.trees = trees;
        double expected = 0;
        for (Tree tree : trees) {
            expected += tree.mean[0];
        }
        this.expectedValue = expected;
    }

    List<String> featureNames() {
        return featureNames;
    }

    int treeCount() {
        return trees.length;
    }

    /** The raw score (log-odds) of the row starting at {@code offset}. */
    double raw(float[] values, int offset) {
        double sum = 0;
        for (Tree tree : trees) {
            sum += tree.leafValue[tree.leafOf(values, offset)];
        }
        return sum;
    }

    double probability(double raw) {
        return 1.0 / (1.0 + Math.exp(-sigmoid * raw));
    }

    /** Sum over trees of the count-weighted mean leaf output: the raw score of an average row. */
    double expectedValue() {
        return expectedValue;
    }

    /**
     * Adds each feature's path attribution to {@code contributions} (one slot per feature) and
     * returns the raw score; the attributions sum to {@code raw - expectedValue()}.
     */
    double attribute(float[] values, int offset, double[] contributions) {
        double sum = 0;
        for (Tree tree : trees) {
            sum += tree.attribute(values, offset, contributions);
        }
        return sum;
    }

    /** One tree in LightGBM's layout: internal nodes 0..n-2, children >= 0 are nodes, ~child is a leaf. */
    private static final class Tree {
        final int[] feature;
        final double[] threshold;
        final int[] decision;
        final int[] left;
        final int[] right;
        final double[] leafValue;
        /** Expected output of each internal node (index) and leaf (index nodes + leaf). */
        final double[] mean;

        Tree(int[] feature, double[] threshold, int[] decision, int[] left, int[] right, double[] leafValue,
             double[] leafCount) {
            this.feature = feature;
            this.threshold = threshold;
            this.decision = decision;
            this.left = left;
            this.right = right;
            this.leafValue = leafValue;
            int nodes = feature.length;
            this.mean = new double[nodes + leafValue.length];
            double[] weight = new double[mean.length];
            for (int leaf = 0; leaf < leafValue.length; leaf++) {
                mean[nodes + leaf] = leafValue[leaf];
                weight[nodes + leaf] = leafCount[leaf];
            }
            if (nodes > 0) {
                fill(0, weight);
            }
        }

        /** Count-weighted mean of the leaves below {@code node}, computed bottom-up. */
        private void fill(int node, double[] weight) {
            int l = slot(left[node]);
            int r = slot(right[node]);
            if (left[node] >= 0) {
                fill(left[node], weight);
            }
            if (right[node] >= 0) {
                fill(right[node], weight);
            }
            weight[node] = weight[l] + weight[r];
            mean[node] = weight[node] > 0 ? (mean[l] * weight[l] + mean[r] * weight[r]) / weight[node]
                    : (mean[l] + mean[r]) / 2;
        }

        private int slot(int child) {
            return child >= 0 ? child : feature.length + ~child;
        }

        int leafOf(float[] values, int offset) {
            if (feature.length == 0) {
                return 0;
            }
            int node = 0;
            while (node >= 0) {
                node = next(node, values[offset + feature[node]]);
            }
            return ~node;
        }

        double attribute(float[] values, int offset, double[] contributions) {
            if (feature.length == 0) {
                return leafValue[0];
            }
            int node = 0;
            while (node >= 0) {
                int child = next(node, values[offset + feature[node]]);
                contributions[feature[node]] += mean[slot(child)] - mean[node];
                node = child;
            }
            return leafValue[~node];
        }

        /** LightGBM's {@code Tree::NumericalDecision}, in the double precision LightGBM compares in. */
        private int next(int node, float value) {
            double x = value;
            int missing = (decision[node] >> 2) & 3;
            if (Double.isNaN(x) && missing != MISSING_NAN) {
                x = 0.0;
            }
            if (missing == MISSING_ZERO && x >= -ZERO_THRESHOLD && x <= ZERO_THRESHOLD
                    || missing == MISSING_NAN && Double.isNaN(x)) {
                return (decision[node] & DEFAULT_LEFT) != 0 ? left[node] : right[node];
            }
            return x <= threshold[node] ? left[node] : right[node];
        }
    }

    /**
     * Reads LightGBM's text model format (as written by {@code LGBM_BoosterSaveModelToString}).
     *
     * @throws IllegalArgumentException naming the tree and key when the text is not a binary,
     *                                  numerical-split, non-linear LightGBM model
     */
    static TreeEnsemble parse(String text) {
        String[] lines = text.split("\r?\n");
        Map<String, String> header = new HashMap<>();
        int i = 0;
        if (lines.length == 0 || !lines[0].strip().equals("tree")) {
            throw new IllegalArgumentException("not a LightGBM text model: the first line must be 'tree'");
        }
        for (; i < lines.length && !lines[i].startsWith("Tree="); i++) {
            putKeyValue(header, lines[i]);
        }
        String objective = header.getOrDefault("objective", "");
        if (!objective.startsWith("binary")) {
            throw new IllegalArgumentException("LightGBM model objective must be binary, was '" + objective + "'");
        }
        double sigmoid = 1.0;
        for (String word : objective.split(" ")) {
            if (word.startsWith("sigmoid:")) {
                sigmoid = parseDouble(word.substring("sigmoid:".length()), "objective", "header");
            }
        }
        if (!"1".equals(header.get("num_tree_per_iteration")) && header.containsKey("num_tree_per_iteration")) {
            throw new IllegalArgumentException("LightGBM model must have one tree per iteration, has "
                    + header.get("num_tree_per_iteration"));
        }
        String names = header.get("feature_names");
        if (names == null) {
            throw new IllegalArgumentException("LightGBM model has no feature_names line");
        }
        List<String> featureNames = Arrays.asList(names.strip().split(" "));
        List<Tree> trees = new ArrayList<>();
        while (i < lines.length && lines[i].startsWith("Tree=")) {
            String name = lines[i].strip();
            Map<String, String> fields = new HashMap<>();
            for (i++; i < lines.length && !lines[i].isBlank(); i++) {
                putKeyValue(fields, lines[i]);
            }
            trees.add(tree(name, fields, featureNames.size()));
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
        }
        if (i >= lines.length || !lines[i].strip().equals("end of trees")) {
            throw new IllegalArgumentException("LightGBM model text is truncated: no 'end of trees' after "
                    + trees.size() + " tree(s)");
        }
        if (trees.isEmpty()) {
            throw new IllegalArgumentException("LightGBM model has no trees");
        }
        return new TreeEnsemble(featureNames, sigmoid, trees.toArray(Tree[]::new));
    }

    private static Tree tree(String name, Map<String, String> fields, int featureCount) {
        int leaves = Integer.parseInt(required(fields, "num_leaves", name));
        if (!"0".equals(fields.getOrDefault("is_linear", "0"))) {
            throw new IllegalArgumentException(name + ": linear trees are not supported");
        }
        double[] leafValue = doubles(fields, "leaf_value", name, leaves);
        if (leaves == 1) {
            return new Tree(new int[0], new double[0], new int[0], new int[0], new int[0], leafValue, new double[]{1});
        }
        if (!"0".equals(fields.getOrDefault("num_cat", "0"))) {
            throw new IllegalArgumentException(name + ": categorical splits are not supported (all features are numerical)");
        }
        int nodes = leaves - 1;
        int[] feature = ints(fields, "split_feature", name, nodes);
        int[] decision = ints(fields, "decision_type", name, nodes);
        int[] left = ints(fields, "left_child", name, nodes);
        int[] right = ints(fields, "right_child", name, nodes);
        double[] threshold = doubles(fields, "threshold", name, nodes);
        double[] leafCount = doubles(fields, "leaf_count", name, leaves);
        for (int node = 0; node < nodes; node++) {
            if (feature[node] < 0 || feature[node] >= featureCount) {
                throw new IllegalArgumentException(name + ": split_feature " + feature[node] + " of node " + node
                        + " is not one of the " + featureCount + " features");
            }
            if ((decision[node] & CATEGORICAL) != 0) {
                throw new IllegalArgumentException(name + ": node " + node + " has a categorical split");
            }
            for (int child : new int[]{left[node], right[node]}) {
                if (child >= nodes || child < -leaves || child == 0) {
                    throw new IllegalArgumentException(name + ": node " + node + " has child " + child
                            + " outside the tree");
                }
            }
        }
        return new Tree(feature, threshold, decision, left, right, leafValue, leafCount);
    }

    private static void putKeyValue(Map<String, String> map, String line) {
        int equals = line.indexOf('=');
        if (equals > 0) {
            map.put(line.substring(0, equals).strip(), line.substring(equals + 1));
        }
    }

    private static String required(Map<String, String> fields, String key, String tree) {
        String value = fields.get(key);
        if (value == null) {
            throw new IllegalArgumentException(tree + ": '" + key + "' is missing");
        }
        return value.strip();
    }

    private static int[] ints(Map<String, String> fields, String key, String tree, int expected) {
        String[] words = words(fields, key, tree, expected);
        int[] values = new int[expected];
        for (int k = 0; k < expected; k++) {
            try {
                values[k] = Integer.parseInt(words[k]);
            } catch (NumberFormatException wrong) {
                throw new IllegalArgumentException(tree + ": '" + key + "' value " + (k + 1) + " '" + words[k]
                        + "' is not an integer");
            }
        }
        return values;
    }

    private static double[] doubles(Map<String, String> fields, String key, String tree, int expected) {
        String[] words = words(fields, key, tree, expected);
        double[] values = new double[expected];
        for (int k = 0; k < expected; k++) {
            values[k] = parseDouble(words[k], key, tree);
        }
        return values;
    }

    private static String[] words(Map<String, String> fields, String key, String tree, int expected) {
        String[] words = required(fields, key, tree).split(" ");
        if (words.length != expected) {
            throw new IllegalArgumentException(tree + ": '" + key + "' has " + words.length + " values, expected "
                    + expected);
        }
        return words;
    }

    private static double parseDouble(String word, String key, String where) {
        try {
            // C++ streams write infinite thresholds as inf.
            double value = switch (word) {
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(word);
            };
            if (Double.isNaN(value)) {
                throw new NumberFormatException("NaN");
            }
            return value;
        } catch (NumberFormatException wrong) {
            throw new IllegalArgumentException(where + ": '" + key + "' value '" + word + "' is not a number");
        }
    }
}
