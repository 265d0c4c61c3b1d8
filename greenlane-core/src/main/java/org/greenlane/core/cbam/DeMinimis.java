package org.greenlane.core.cbam;

import org.greenlane.core.cbam.internal.Decimals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The mass-based de minimis exemption inserted by Regulation (EU) 2025/2083: an importer whose imports of CBAM goods,
 * all CN codes together, do not exceed 50 tonnes net mass in a calendar year owes nothing on them; once the threshold
 * is exceeded the whole year's imports count. Electricity and hydrogen always count.
 */
public final class DeMinimis {

    public static final BigDecimal THRESHOLD_TONNES = new BigDecimal("50");
    static final LegalBasis BASIS = LegalBasis.cbam("Article 2a (de minimis threshold, inserted by Regulation (EU) 2025/2083)");

    /** The outcome for one importer and year: the mass that counts towards the threshold and whether it is exceeded. */
    public record Decision(int year, Figure countedMass, boolean exempt, Notice explanation) {

        /** Whether a line of this good owes nothing because of the exemption. */
        public boolean exempts(AnnexIRow good) {
            return exempt && !alwaysCounts(good.sector());
        }
    }

    private DeMinimis() {
    }

    static boolean alwaysCounts(Sector sector) {
        return sector == Sector.ELECTRICITY || sector == Sector.HYDROGEN;
    }

    /** Decides for the lines of one importer in one calendar year. */
    public static Decision decide(List<ImportLine> lines, GoodsScope scope) {
        if (lines.isEmpty()) {
            throw new CbamInputException("de minimis: no import lines to assess");
        }
        int year = lines.get(0).importDate().getYear();
        BigDecimal mass = BigDecimal.ZERO;
        List<Figure> inputs = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (ImportLine line : lines) {
            if (line.importDate().getYear() != year) {
                throw new CbamInputException("de minimis: line " + line.id() + " was imported in " + line.importDate().getYear()
                        + ", the others in " + year + "; the threshold applies per calendar year");
            }
            AnnexIRow good = scope.require(line.cn());
            if (alwaysCounts(good.sector()) || Origin.isExempt(line.countryOfOrigin())) {
                continue;
            }
            mass = mass.add(line.quantity());
            terms.add(Decimals.plain(line.quantity()));
            inputs.add(Figure.given("net mass, line " + line.id(), line.quantity(), "t", BASIS, DataSource.userInput("customs declaration")));
        }
        Figure counted = Figure.derived("net mass counted towards the de minimis threshold, " + year, mass, "t",
                terms.isEmpty() ? "no goods other than electricity and hydrogen" : String.join(" + ", terms), BASIS, inputs);
        boolean exempt = mass.compareTo(THRESHOLD_TONNES) <= 0;
        Notice explanation = new Notice(BASIS, exempt
                ? "imports of " + counted.plain() + " t in " + year + " do not exceed 50 t: exempt (electricity and hydrogen still count)"
                : "imports of " + counted.plain() + " t in " + year + " exceed 50 t: the whole year's imports count");
        return new Decision(year, counted, exempt, explanation);
    }
}
