package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.util.List;

/**
 * The default value chosen for a good, with notices on how it was found (heading row, other countries and
 * territories), and the marked-up value that is charged.
 */
public record DefaultValueSelection(DefaultValueRow row, DataSource source, List<Notice> notices) {

    static final String UNIT = "t CO2e/t";

    public DefaultValueSelection {
        notices = List.copyOf(notices);
    }

    /**
     * The default embedded emissions per tonne with the year's mark-up (decision 032): the mark-up multiplies
     * the published total column (Implementing Regulation (EU) 2026/1740); for Annex II goods, which count direct
     * emissions only, it multiplies the direct column, which the Commission's table publishes equal to the total.
     */
    public Figure markedUp(AnnexIRow good, int year) {
        if (good.sector() != row.sector()) {
            throw new CbamInputException("default value row " + row.describe() + " (line " + row.line() + ") is for "
                    + row.sector().label() + " but CN " + good.code() + " is " + good.sector().label());
        }
        Figure base = good.indirectEmissionsCount() ? column("total", row.total().orElse(null))
                : column("direct", row.direct().orElse(null));
        Figure rate = MarkUp.rate(good.sector(), year);
        BigDecimal value = base.value().multiply(BigDecimal.ONE.add(rate.value()));
        return Figure.derived("default embedded emissions with mark-up, " + row.countryCode() + " CN " + CnCode.format(row.cnCode()) + ", " + year,
                value, UNIT, base.plain() + " × (1 + " + rate.plain() + ")",
                new LegalBasis(LegalBasis.MARK_UP_APPLICATION, "mark-up applied to the total default value"),
                List.of(base, rate));
    }

    private Figure column(String name, BigDecimal value) {
        if (value == null) {
            throw new CbamInputException("default value row " + row.describe() + " (line " + row.line() + ") has no "
                    + name + " emissions value");
        }
        return Figure.given("default value (" + name + "), " + row.describe(), value, UNIT,
                new LegalBasis(LegalBasis.DEFAULT_VALUES, "Annex, " + row.countryName() + ", CN " + CnCode.format(row.cnCode())),
                source);
    }

    /** Direct and indirect columns without mark-up, used for precursors whose producer gave no data (decision 032). */
    public Figure direct() {
        return column("direct", row.direct().orElse(null));
    }

    /** The indirect column; blank for goods whose indirect emissions do not count, which is taken as 0. */
    public Figure indirect() {
        if (row.indirect().isEmpty()) {
            return Figure.given("default value (indirect, blank in the table, taken as 0), " + row.describe(), BigDecimal.ZERO, UNIT,
                    new LegalBasis(LegalBasis.DEFAULT_VALUES, "Annex, " + row.countryName() + ", CN " + CnCode.format(row.cnCode())),
                    source);
        }
        return column("indirect", row.indirect().get());
    }
}
