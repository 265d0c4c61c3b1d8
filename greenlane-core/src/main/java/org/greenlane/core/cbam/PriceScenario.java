package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A certificate price path assumed for projections, one price per year; always labelled as a scenario, never law.
 */
public record PriceScenario(String name, Map<Integer, BigDecimal> eurPerTonneByYear, String assumption) {

    public PriceScenario {
        if (name == null || name.isBlank()) {
            throw new CbamInputException("a price scenario needs a name");
        }
        Objects.requireNonNull(assumption, "assumption behind scenario " + name);
        eurPerTonneByYear = Map.copyOf(eurPerTonneByYear);
        eurPerTonneByYear.forEach((year, price) -> {
            DefinitivePeriod.requireYear(year, "price scenario " + name);
            if (price == null || price.signum() <= 0) {
                throw new CbamInputException("price scenario " + name + ": price for " + year + " must be positive, was " + price);
            }
        });
    }

    public Figure price(int year) {
        BigDecimal price = eurPerTonneByYear.get(year);
        if (price == null) {
            throw new CbamInputException("price scenario " + name + " has no price for " + year);
        }
        return Figure.given("certificate price " + year + ", scenario " + name, price, CertificatePriceTable.UNIT,
                LegalBasis.decision("034", "certificate prices (scenario, not law)"), new DataSource("scenario " + name, assumption));
    }
}
