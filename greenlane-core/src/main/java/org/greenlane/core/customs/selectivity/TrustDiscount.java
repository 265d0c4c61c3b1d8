package org.greenlane.core.customs.selectivity;

/**
 * How much an importer's trust status lowers its model score: the score is multiplied by the
 * factor. Criteria and random selection are never discounted.
 */
public record TrustDiscount(double aeoFactor, double greenAeoFactor) {

    /** AEO halves the score, green AEO quarters it (decision 044). */
    public static final TrustDiscount STANDARD = new TrustDiscount(0.5, 0.25);

    public TrustDiscount {
        if (!(aeoFactor > 0 && aeoFactor <= 1) || !(greenAeoFactor > 0 && greenAeoFactor <= aeoFactor)) {
            throw new IllegalArgumentException("trust factors must satisfy 0 < green AEO <= AEO <= 1, were AEO "
                    + aeoFactor + ", green AEO " + greenAeoFactor);
        }
    }

    public double factor(TraderStatus status) {
        return switch (status) {
            case NONE -> 1;
            case AEO -> aeoFactor;
            case GREEN_AEO -> greenAeoFactor;
        };
    }
}
