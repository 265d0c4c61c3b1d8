package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A precursor consumed by a production process: M_i, the mass used in the reporting period including mass lost,
 * cut off or scrapped (Regulation (EU) 2023/956 Annex IV point 3), and where its emissions data come from.
 */
public record PrecursorUse(String name, CnCode cn, BigDecimal mass, PrecursorSource source) {

    public PrecursorUse {
        if (name == null || name.isBlank()) {
            throw new CbamInputException("a precursor needs a name");
        }
        Objects.requireNonNull(cn, "CN code of precursor " + name);
        if (mass == null || mass.signum() < 0) {
            throw new CbamInputException("precursor " + name + ": mass used must be zero or more (t, including losses), was " + mass);
        }
        Objects.requireNonNull(source, "source of precursor " + name);
    }
}
