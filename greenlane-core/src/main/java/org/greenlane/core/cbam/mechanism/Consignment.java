package org.greenlane.core.cbam.mechanism;

import org.greenlane.core.cbam.CbamInputException;
import org.greenlane.core.cbam.Figure;
import org.greenlane.core.cbam.Origin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Goods as any border mechanism sees them: commodity code, sector, origin, mass, date and the direct and indirect
 * emission intensity (t CO2e per t), plus a carbon price paid abroad per tonne of good in the mechanism's currency.
 */
public record Consignment(String id, String commodityCode, CoveredSector sector, String countryOfOrigin, BigDecimal tonnes,
                          LocalDate importDate, Figure directIntensity, Figure indirectIntensity, Optional<Figure> carbonPricePaidPerTonne) {

    public Consignment {
        if (id == null || id.isBlank()) {
            throw new CbamInputException("a consignment needs an id");
        }
        Objects.requireNonNull(commodityCode, "commodity code of consignment " + id);
        Objects.requireNonNull(sector, "sector of consignment " + id);
        countryOfOrigin = Origin.requireCountry(countryOfOrigin, "consignment " + id + ": country of origin");
        if (tonnes == null || tonnes.signum() < 0) {
            throw new CbamInputException("consignment " + id + ": mass must be zero or more, was " + tonnes);
        }
        Objects.requireNonNull(importDate, "import date of consignment " + id);
        Objects.requireNonNull(directIntensity, "direct intensity of consignment " + id);
        Objects.requireNonNull(indirectIntensity, "indirect intensity of consignment " + id);
        if (directIntensity.isNegative() || indirectIntensity.isNegative()) {
            throw new CbamInputException("consignment " + id + ": emission intensities must not be negative");
        }
        Objects.requireNonNull(carbonPricePaidPerTonne, "carbon price paid (Optional.empty() if none) of consignment " + id);
        carbonPricePaidPerTonne.ifPresent(p -> {
            if (p.isNegative()) {
                throw new CbamInputException("consignment " + id + ": carbon price paid must not be negative");
            }
        });
    }
}
