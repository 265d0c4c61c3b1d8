package org.greenlane.core.cbam;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Specific embedded emissions of a good (t CO2e per t), direct and indirect, with the precursor chain behind them:
 * SEE = (AttrEm + EE_InpMat) / AL, EE_InpMat = Σ M_i · SEE_i (Regulation (EU) 2023/956 Annex IV points 2 and 3).
 */
public record EmbeddedEmissions(CnCode good, String processId, String productionRoute, Optional<Figure> activityLevel,
                                Figure direct, Figure indirect,
                                List<PrecursorContribution> precursors, Optional<AttributedEmissions> attributed,
                                List<Notice> notices) {

    /** A precursor's share in the good: mass per tonne of good and its own SEE, with how these were obtained. */
    public record PrecursorContribution(String name, CnCode cn, String origin, String productionRoute, Figure massPerTonneOfGood,
                                        Figure seeDirect, Figure seeIndirect, Kind kind, Optional<EmbeddedEmissions> nested) {

        public enum Kind { OWN_PROCESS, SUPPLIER_DATA, EXEMPT_ORIGIN, DEFAULT_VALUE_FALLBACK }
    }

    public EmbeddedEmissions {
        Objects.requireNonNull(good, "good");
        precursors = List.copyOf(precursors);
        notices = List.copyOf(new LinkedHashSet<>(notices));
    }

    /** Values communicated by a producer for a good without the detail of its precursors. */
    public static EmbeddedEmissions communicated(CnCode good, String productionRoute, Figure direct, Figure indirect) {
        if (direct.isNegative() || indirect.isNegative()) {
            throw new CbamInputException("communicated embedded emissions of CN " + good + " must not be negative");
        }
        return new EmbeddedEmissions(good, "communicated", productionRoute == null ? "" : productionRoute, Optional.empty(), direct, indirect,
                List.of(), Optional.empty(), List.of());
    }
}
