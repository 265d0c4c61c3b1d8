package org.greenlane.server.footprint.systems;

import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.server.platform.api.InvalidInput;

/** Data quality ratings from 1 (very good) to 5 (very poor): technological, geographical, temporal. */
public record QualityDto(Double technological, Double geographical, Double temporal) {

    public static QualityDto of(DataQualityRating rating) {
        return rating == null ? null
                : new QualityDto(rating.technological(), rating.geographical(), rating.temporal());
    }

    DataQualityRating toEngine(String field) {
        return new DataQualityRating(rating(technological, field + ".technological"),
                rating(geographical, field + ".geographical"), rating(temporal, field + ".temporal"));
    }

    private static double rating(Double value, String field) {
        if (value == null || !(value >= 1 && value <= 5)) {
            throw new InvalidInput(field, "must be a rating from 1 (very good) to 5 (very poor)");
        }
        return value;
    }
}
