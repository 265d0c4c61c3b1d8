package org.greenlane.core.cbam;

import org.greenlane.core.cbam.internal.Decimals;

import java.util.List;
import java.util.Objects;

/**
 * Effective carbon price paid in the country of origin for the embedded emissions (Article 9 of Regulation (EU)
 * 2023/956), e.g. China's national ETS: the price per tonne in the local currency, its conversion to euro, and the
 * emissions per tonne of good on which it was actually paid (net of free allocation, rebates and compensation).
 */
public record CarbonPricePaid(String instrument, String country, Figure pricePerTonneCo2e, String currency,
                              Figure eurPerCurrencyUnit, Figure chargedEmissionsPerTonneOfGood) {

    static final LegalBasis BASIS = LegalBasis.cbam("Article 9");

    public CarbonPricePaid {
        if (instrument == null || instrument.isBlank()) {
            throw new CbamInputException("carbon price paid: name the pricing instrument");
        }
        country = Origin.requireCountry(country, "carbon price paid under " + instrument);
        Objects.requireNonNull(currency, "currency of " + instrument);
        for (Figure f : List.of(pricePerTonneCo2e, eurPerCurrencyUnit, chargedEmissionsPerTonneOfGood)) {
            Objects.requireNonNull(f, "carbon price paid under " + instrument);
            if (f.isNegative()) {
                throw new CbamInputException("carbon price paid under " + instrument + ": " + f.label() + " is negative (" + f.plain() + ")");
            }
        }
    }

    /** Euro paid per tonne of good: price × exchange rate × emissions charged per tonne. */
    public Figure eurPerTonneOfGood() {
        return Figure.derived("carbon price paid per tonne of good, " + instrument,
                pricePerTonneCo2e.value().multiply(eurPerCurrencyUnit.value()).multiply(chargedEmissionsPerTonneOfGood.value()), "EUR/t",
                pricePerTonneCo2e.plain() + " " + currency + "/t CO2e × " + eurPerCurrencyUnit.plain() + " EUR/" + currency + " × "
                        + chargedEmissionsPerTonneOfGood.plain() + " t CO2e/t", BASIS,
                List.of(pricePerTonneCo2e, eurPerCurrencyUnit, chargedEmissionsPerTonneOfGood));
    }

    /** The reduction in certificates per tonne of good: euro paid / certificate price. */
    Figure certificateReduction(Figure certificatePrice) {
        Figure eur = eurPerTonneOfGood();
        return Figure.derived("Article 9 reduction per tonne, " + instrument, Decimals.divide(eur.value(), certificatePrice.value()),
                "t CO2e/t", eur.plain() + " EUR/t / " + certificatePrice.plain() + " EUR/t CO2e", BASIS, List.of(eur, certificatePrice));
    }
}
