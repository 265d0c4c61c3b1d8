package org.greenlane.core.cbam;

import java.util.List;
import java.util.Objects;

/**
 * Emissions attributed to a production process over the reporting period (AttrEm), evaluated separately for direct
 * and indirect emissions, with the electricity use behind the indirect ones.
 */
public record AttributedEmissions(Figure direct, Figure indirect, List<ElectricityUse> electricity, List<Notice> notices) {

    /** Electricity consumed by the process and the factor applied. */
    public record ElectricityUse(Figure megawattHours, ElectricityFactor factor) {
    }

    public AttributedEmissions {
        Objects.requireNonNull(direct, "direct attributed emissions");
        Objects.requireNonNull(indirect, "indirect attributed emissions");
        if (direct.isNegative() || indirect.isNegative()) {
            throw new CbamInputException("attributed emissions must not be negative: direct " + direct.plain()
                    + ", indirect " + indirect.plain());
        }
        electricity = List.copyOf(electricity);
        notices = List.copyOf(notices);
    }

    /** Attributed emissions as monitored and reported by the operator, in t CO2e. */
    public static AttributedEmissions reported(Figure direct, Figure indirect) {
        return new AttributedEmissions(direct, indirect, List.of(), List.of());
    }
}
