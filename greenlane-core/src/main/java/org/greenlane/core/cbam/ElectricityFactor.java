package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Emission factor of electricity consumed (t CO2e/MWh) and why it may be used: the grid factor of the country of
 * origin is the default; the factor of a direct technical link to a generator or of a power purchase agreement only
 * where Annex IV point 6 of Regulation (EU) 2023/956 allows actual values.
 */
public record ElectricityFactor(Figure factor, Kind kind) {

    public enum Kind {
        GRID_OF_COUNTRY_OF_ORIGIN("Annex IV point 4.3 (default: emission factor of the grid of the country of origin)"),
        DIRECT_TECHNICAL_LINK("Annex IV point 6 (direct technical link to the generating installation)"),
        POWER_PURCHASE_AGREEMENT("Annex IV point 6 (power purchase agreement with the generating installation)");

        private final String provision;

        Kind(String provision) {
            this.provision = provision;
        }

        public LegalBasis basis() {
            return LegalBasis.cbam(provision);
        }
    }

    public ElectricityFactor {
        Objects.requireNonNull(factor, "electricity emission factor");
        Objects.requireNonNull(kind, "kind of electricity emission factor");
        if (factor.isNegative()) {
            throw new CbamInputException("electricity emission factor '" + factor.label() + "' is negative: " + factor.plain());
        }
    }

    public static ElectricityFactor of(BigDecimal tonnesPerMWh, Kind kind, DataSource source) {
        return new ElectricityFactor(Figure.given("electricity emission factor (" + kind.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ")", tonnesPerMWh, "t CO2e/MWh", kind.basis(), source), kind);
    }
}
