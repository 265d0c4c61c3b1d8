package org.greenlane.core.customs.selectivity;

import java.util.Arrays;

/**
 * Model-score cut-offs of an office: a score at or above {@code red} goes RED, and so on down to
 * GREEN. Calibrated on a reference population of scores (recent traffic of the office) so that the
 * lanes receive their expected rates.
 */
public record ScoreThresholds(double red, double yellow, double blue) {

    public ScoreThresholds {
        for (double threshold : new double[]{red, yellow, blue}) {
            if (Double.isNaN(threshold) || threshold < 0) {
                throw new IllegalArgumentException("score thresholds must be >= 0, were " + red + ", " + yellow + ", " + blue);
            }
        }
        if (!(red >= yellow && yellow >= blue)) {
            throw new IllegalArgumentException("score thresholds must not increase from RED to BLUE, were "
                    + red + ", " + yellow + ", " + blue);
        }
    }

    /**
     * Thresholds that put the expected shares of {@code reference} in RED, YELLOW and BLUE: the
     * score of the last declaration within each cumulative share (a share of zero sends nothing).
     */
    public static ScoreThresholds calibrate(double[] reference, OfficeProfile profile) {
        if (reference.length == 0) {
            throw new IllegalArgumentException("office " + profile.office() + ": no reference scores to calibrate on");
        }
        double[] sorted = reference.clone();
        Arrays.sort(sorted);
        double red = profile.rate(Lane.RED);
        double yellow = red + profile.rate(Lane.YELLOW);
        double blue = yellow + profile.rate(Lane.BLUE);
        return new ScoreThresholds(cut(sorted, red), cut(sorted, yellow), cut(sorted, blue));
    }

    private static double cut(double[] ascending, double share) {
        int selected = (int) Math.floor(share * ascending.length);
        if (selected == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return ascending[ascending.length - selected];
    }

    public Lane laneOf(double score) {
        if (score >= red) {
            return Lane.RED;
        }
        if (score >= yellow) {
            return Lane.YELLOW;
        }
        return score >= blue ? Lane.BLUE : Lane.GREEN;
    }
}
