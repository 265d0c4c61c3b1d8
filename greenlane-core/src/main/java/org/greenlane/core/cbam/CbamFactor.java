package org.greenlane.core.cbam;

import java.math.BigDecimal;

/**
 * The CBAM factor: the share of free allocation still given to EU installations, by which the free-allocation
 * adjustment is scaled (Article 31 of Regulation (EU) 2023/956; Article 10a(1a) of Directive 2003/87/EC).
 */
public final class CbamFactor {

    private static final String[] PERCENT = {"97.5", "95", "90", "77.5", "51.5", "39", "26.5", "14", "0"};

    private CbamFactor() {
    }

    public static Figure forYear(int year) {
        DefinitivePeriod.requireYear(year, "CBAM factor");
        BigDecimal fraction = new BigDecimal(PERCENT[year - DefinitivePeriod.FIRST_YEAR]).movePointLeft(2);
        return Figure.given("CBAM factor " + year, fraction, "fraction",
                new LegalBasis(LegalBasis.ETS_DIRECTIVE, "Article 10a(1a); Regulation (EU) 2023/956 Article 31"),
                new DataSource(LegalBasis.ETS_DIRECTIVE, "phase-out schedule of free allocation for CBAM sectors"));
    }
}
