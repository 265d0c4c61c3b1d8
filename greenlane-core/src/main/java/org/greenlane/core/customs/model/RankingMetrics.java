package org.greenlane.core.customs.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Ranking metrics for inspection selection, as in the Korea Customs Service / IBS dataset paper:
 * inspect the top n % of declarations by score and count what is found. The top n % are the first
 * ⌊n % × rows⌋ declarations (at least one) by descending score; ties keep input order, so results
 * are reproducible.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** Share of the inspected top {@code fraction} that are positives. */
    public static double precisionAt(double[] scores, boolean[] positives, double fraction) {
        int inspected = inspected(scores, positives, fraction);
        return found(scores, positives, inspected) / (double) inspected;
    }

    /** Share of all positives found in the inspected top {@code fraction}; 0 when there is no positive. */
    public static double recallAt(double[] scores, boolean[] positives, double fraction) {
        int inspected = inspected(scores, positives, fraction);
        long total = IntStream.range(0, positives.length).filter(i -> positives[i]).count();
        return total == 0 ? 0 : found(scores, positives, inspected) / (double) total;
    }

    /**
     * Area under the ROC curve: the probability that a random positive scores above a random
     * negative, ties counting one half (Mann-Whitney U over positives × negatives).
     *
     * @throws IllegalArgumentException if there are no positives or no negatives
     */
    public static double auc(double[] scores, boolean[] positives) {
        check(scores, positives);
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double positiveRankSum = 0;
        long positiveCount = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positives[order[k]]) {
                    positiveRankSum += midRank;
                    positiveCount++;
                }
            }
            i = j + 1;
        }
        long negativeCount = scores.length - positiveCount;
        if (positiveCount == 0 || negativeCount == 0) {
            throw new IllegalArgumentException("AUC needs positives and negatives, got " + positiveCount
                    + " positive(s) and " + negativeCount + " negative(s)");
        }
        return (positiveRankSum - positiveCount * (positiveCount + 1) / 2.0) / (positiveCount * (double) negativeCount);
    }

    private static int inspected(double[] scores, boolean[] positives, double fraction) {
        check(scores, positives);
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("inspection fraction must be in (0, 1], was " + fraction);
        }
        return Math.max(1, (int) Math.floor(fraction * scores.length));
    }

    private static long found(double[] scores, boolean[] positives, int inspected) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        return Arrays.stream(order, 0, inspected).filter(i -> positives[i]).count();
    }

    private static void check(double[] scores, boolean[] positives) {
        if (scores.length != positives.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positives.length + " labels");
        }
        if (scores.length == 0) {
            throw new IllegalArgumentException("no scores to rank");
        }
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is not finite: " + scores[i]);
            }
        }
    }
}
