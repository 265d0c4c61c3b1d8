package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Cross-sectoral correction factor applied to free allocation (Article 10a(5) of Directive 2003/87/EC) and thus to the
 * free-allocation adjustment (Implementing Regulation (EU) 2025/2620). Users set the published values per year.
 */
public record CrossSectoralCorrection(Map<Integer, BigDecimal> byYear, DataSource source) {

    public CrossSectoralCorrection {
        byYear = Map.copyOf(byYear);
        Objects.requireNonNull(source, "source of the cross-sectoral correction factor");
        byYear.forEach((year, factor) -> {
            DefinitivePeriod.requireYear(year, "cross-sectoral correction factor");
            if (factor.signum() <= 0 || factor.compareTo(BigDecimal.ONE) > 0) {
                throw new CbamInputException("cross-sectoral correction factor for " + year + " must be in (0, 1], was " + factor);
            }
        });
    }

    /** The same factor in every year of the definitive period. */
    public static CrossSectoralCorrection uniform(BigDecimal factor, DataSource source) {
        Map<Integer, BigDecimal> m = new HashMap<>();
        for (int y = DefinitivePeriod.FIRST_YEAR; y <= DefinitivePeriod.LAST_YEAR; y++) {
            m.put(y, factor);
        }
        return new CrossSectoralCorrection(m, source);
    }

    public Figure forYear(int year) {
        BigDecimal factor = byYear.get(DefinitivePeriod.requireYear(year, "cross-sectoral correction factor"));
        if (factor == null) {
            throw new CbamInputException("no cross-sectoral correction factor for " + year + " in " + source);
        }
        return Figure.given("cross-sectoral correction factor " + year, factor, "fraction",
                new LegalBasis(LegalBasis.ETS_DIRECTIVE, "Article 10a(5)"), source);
    }
}
