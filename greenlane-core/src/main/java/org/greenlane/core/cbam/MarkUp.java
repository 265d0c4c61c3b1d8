package org.greenlane.core.cbam;

import java.math.BigDecimal;

/**
 * Mark-up on default values (Implementing Regulation (EU) 2025/2621): 10 % in 2026, 20 % in 2027 and 30 % from
 * 2028 for cement, iron and steel, aluminium and hydrogen; 1 % in every year for fertilisers.
 */
public final class MarkUp {

    private static final LegalBasis BASIS = new LegalBasis(LegalBasis.DEFAULT_VALUES, "mark-up on default values");

    private MarkUp() {
    }

    public static Figure rate(Sector sector, int year) {
        DefinitivePeriod.requireYear(year, "mark-up for " + sector.label());
        BigDecimal rate = switch (sector) {
            case FERTILISERS -> new BigDecimal("0.01");
            case CEMENT, IRON_AND_STEEL, ALUMINIUM, HYDROGEN -> year == 2026 ? new BigDecimal("0.10")
                    : year == 2027 ? new BigDecimal("0.20") : new BigDecimal("0.30");
            case ELECTRICITY -> throw new CbamInputException("electricity has no default value in the goods table: its default "
                    + "is the emission factor of the country's grid (Regulation (EU) 2023/956 Annex IV point 4.2); supply it as actual data");
        };
        return Figure.given("mark-up " + sector.label() + " " + year, rate, "fraction", BASIS,
                new DataSource(LegalBasis.DEFAULT_VALUES, "mark-up schedule"));
    }
}
