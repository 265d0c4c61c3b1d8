package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One row of the Commission's default-value table: country (or "XX", other countries and territories), CN code,
 * direct, indirect and total emissions in t CO2e per t of good, the values published with the 2026–2028
 * mark-ups, and the production route the value assumes.
 */
public record DefaultValueRow(String countryCode, String countryName, String cnCode, String description, Sector sector,
                              Optional<BigDecimal> direct, Optional<BigDecimal> indirect, Optional<BigDecimal> total,
                              Map<Integer, BigDecimal> publishedWithMarkUp, String productionRoute, int line) {

    public DefaultValueRow {
        publishedWithMarkUp = Map.copyOf(publishedWithMarkUp);
    }

    public boolean hasValue() {
        return total.isPresent() || direct.isPresent();
    }

    public String describe() {
        return countryCode + " " + CnCode.format(cnCode) + " '" + description + "'"
                + (productionRoute.isEmpty() ? "" : " route " + productionRoute);
    }
}
