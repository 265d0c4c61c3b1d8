package org.greenlane.core.footprint.quality;

import java.util.random.RandomGenerator;

/**
 * The distribution of an uncertain amount. Parameters are in the amount's own unit; every constructor rejects
 * parameters that would make a draw negative-variance, NaN or empty.
 */
public sealed interface Uncertainty {

    /** One draw. */
    double sample(RandomGenerator random);

    /** The distribution's mean, for checks and reports. */
    double mean();

    record Normal(double mean, double standardDeviation) implements Uncertainty {
        public Normal {
            requireFinite(mean, "normal mean");
            requireNonNegative(standardDeviation, "normal standard deviation");
        }

        @Override
        public double sample(RandomGenerator random) {
            return mean + standardDeviation * random.nextGaussian();
        }
    }

    /** Lognormal given by its geometric mean (the median) and geometric standard deviation (>= 1), as in ecoinvent. */
    record LogNormal(double geometricMean, double geometricStandardDeviation) implements Uncertainty {
        public LogNormal {
            requireFinite(geometricMean, "lognormal geometric mean");
            if (!(geometricMean > 0)) {
                throw new IllegalArgumentException("lognormal geometric mean must be positive, was " + geometricMean);
            }
            requireFinite(geometricStandardDeviation, "lognormal geometric standard deviation");
            if (geometricStandardDeviation < 1) {
                throw new IllegalArgumentException(
                        "lognormal geometric standard deviation must be at least 1, was " + geometricStandardDeviation);
            }
        }

        @Override
        public double sample(RandomGenerator random) {
            return geometricMean * Math.exp(Math.log(geometricStandardDeviation) * random.nextGaussian());
        }

        @Override
        public double mean() {
            double sigma = Math.log(geometricStandardDeviation);
            return geometricMean * Math.exp(sigma * sigma / 2);
        }
    }

    record Triangular(double min, double mode, double max) implements Uncertainty {
        public Triangular {
            requireFinite(min, "triangular min");
            requireFinite(mode, "triangular mode");
            requireFinite(max, "triangular max");
            if (!(min <= mode && mode <= max) || min == max) {
                throw new IllegalArgumentException(
                        "triangular needs min <= mode <= max and min < max, was " + min + ", " + mode + ", " + max);
            }
        }

        @Override
        public double sample(RandomGenerator random) {
            double u = random.nextDouble();
            double cut = (mode - min) / (max - min);
            if (u < cut) {
                return min + Math.sqrt(u * (max - min) * (mode - min));
            }
            return max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        }

        @Override
        public double mean() {
            return (min + mode + max) / 3;
        }
    }

    record Uniform(double min, double max) implements Uncertainty {
        public Uniform {
            requireFinite(min, "uniform min");
            requireFinite(max, "uniform max");
            if (!(min < max)) {
                throw new IllegalArgumentException("uniform needs min < max, was " + min + ", " + max);
            }
        }

        @Override
        public double sample(RandomGenerator random) {
            return min + (max - min) * random.nextDouble();
        }

        @Override
        public double mean() {
            return (min + max) / 2;
        }
    }

    private static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be finite, was " + v);
        }
    }

    private static void requireNonNegative(double v, String what) {
        requireFinite(v, what);
        if (v < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + v);
        }
    }
}
