package org.greenlane.core.footprint.factors;

import org.greenlane.core.footprint.quality.DataQualityRating;

import java.util.Optional;

/**
 * The factor found for a request, and how: the region asked for, the region whose factor was used, and how many
 * fallback steps lay between them. Each step worsens the geographical data quality by one.
 */
public record FactorMatch(EmissionFactor factor, FactorDataset dataset, String requestedRegion, String usedRegion,
                          int fallbackSteps) {

    public DataQualityRating quality() {
        return factor.quality().withGeographyDowngraded(fallbackSteps);
    }

    /** The warning a result must carry when a fallback was used. */
    public Optional<String> warning() {
        if (fallbackSteps == 0) {
            return Optional.empty();
        }
        return Optional.of("no factor for '" + factor.activity() + "' in " + requestedRegion + "; used " + usedRegion
                + " (" + fallbackSteps + " fallback step" + (fallbackSteps > 1 ? "s" : "")
                + ", geographical data quality downgraded)");
    }
}
