package org.greenlane.server.footprint.results;

import org.greenlane.core.footprint.electricity.InstrumentType;
import org.greenlane.server.footprint.systems.Enums;
import org.greenlane.server.platform.api.InvalidInput;

import java.util.Locale;

/** A certificate or PPA to register: id as printed on it, instrument, market (ISO country), vintage, MWh, rate. */
public record CertificateDraft(String certificateId, String instrument, String market, Integer vintage, Double mwh,
                               Double kgCo2ePerMWh, String description) {

    CertificateDraft checked() {
        if (certificateId == null || certificateId.isBlank() || certificateId.strip().length() > 100) {
            throw new InvalidInput("certificateId", "is required, at most 100 characters");
        }
        InstrumentType type = Enums.of(InstrumentType.class, instrument == null ? "" : instrument, "instrument");
        String m = market == null ? "" : market.strip().toUpperCase(Locale.ROOT);
        if (!m.matches("[A-Z]{2}")) {
            throw new InvalidInput("market", "must be an ISO 3166-1 alpha-2 country code, e.g. CN");
        }
        if (vintage == null || vintage < 1990 || vintage > 2100) {
            throw new InvalidInput("vintage", "must be the year of generation, e.g. 2024");
        }
        if (mwh == null || !Double.isFinite(mwh) || mwh <= 0) {
            throw new InvalidInput("mwh", "must be a positive number of MWh");
        }
        double rate = kgCo2ePerMWh == null ? 0 : kgCo2ePerMWh;
        if (!Double.isFinite(rate) || rate < 0) {
            throw new InvalidInput("kgCo2ePerMWh", "must not be negative (0 for wind, solar, hydro)");
        }
        String d = description == null ? "" : description.strip();
        if (d.length() > 500) {
            throw new InvalidInput("description", "must be at most 500 characters");
        }
        return new CertificateDraft(certificateId.strip(), type.name(), m, vintage, mwh, rate, d);
    }
}
