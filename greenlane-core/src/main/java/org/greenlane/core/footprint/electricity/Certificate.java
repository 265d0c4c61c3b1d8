package org.greenlane.core.footprint.electricity;

import java.util.Objects;

/**
 * An instrument the organisation holds: so many MWh generated in a market (a country code), with the emission
 * rate of the generation behind it (zero for wind, solar, hydro).
 */
public record Certificate(String id, InstrumentType type, String market, int vintage, double mwh,
                          double kgCo2ePerMWh) {

    public Certificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(market, "market");
        if (id.isBlank()) {
            throw new IllegalArgumentException("certificate id must not be blank");
        }
        if (!(mwh > 0) || !Double.isFinite(mwh)) {
            throw new IllegalArgumentException("certificate " + id + ": MWh must be positive, was " + mwh);
        }
        if (!(kgCo2ePerMWh >= 0) || !Double.isFinite(kgCo2ePerMWh)) {
            throw new IllegalArgumentException("certificate " + id + ": emission rate must not be negative, was "
                    + kgCo2ePerMWh);
        }
        market = market.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
