package org.greenlane.core.footprint.quality;

/**
 * Data quality ratings in the spirit of PACT's DQRs: technological, geographical and temporal representativeness,
 * each from 1 (very good) to 5 (very poor), as the issue asks (decision 015).
 */
public record DataQualityRating(double technological, double geographical, double temporal) {

    public static final DataQualityRating UNKNOWN = new DataQualityRating(5, 5, 5);

    public DataQualityRating {
        check(technological, "technological");
        check(geographical, "geographical");
        check(temporal, "temporal");
    }

    /** A geographical rating worsened by the given number of region fallback steps, capped at 5. */
    public DataQualityRating withGeographyDowngraded(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("fallback steps must not be negative, was " + steps);
        }
        return new DataQualityRating(technological, Math.min(5, geographical + steps), temporal);
    }

    private static void check(double value, String name) {
        if (!(value >= 1 && value <= 5)) {
            throw new IllegalArgumentException(name + " data quality rating must be between 1 and 5, was " + value);
        }
    }
}
