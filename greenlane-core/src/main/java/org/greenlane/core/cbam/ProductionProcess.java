package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A production process of an installation over the reporting period: the good it makes, its activity level AL
 * (tonnes produced), its attributed emissions and the precursors it consumed.
 */
public record ProductionProcess(String id, CnCode good, String productionRoute, BigDecimal activityLevel,
                                AttributedEmissions attributed, List<PrecursorUse> precursors) {

    public ProductionProcess {
        if (id == null || id.isBlank()) {
            throw new CbamInputException("a production process needs an id");
        }
        Objects.requireNonNull(good, "good of process " + id);
        productionRoute = productionRoute == null ? "" : productionRoute.strip();
        if (activityLevel == null || activityLevel.signum() <= 0) {
            throw new CbamInputException("process " + id + ": activity level (t produced) must be positive, was " + activityLevel);
        }
        Objects.requireNonNull(attributed, "attributed emissions of process " + id);
        precursors = List.copyOf(precursors);
    }
}
