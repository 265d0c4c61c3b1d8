package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Certificates and cost of a year's imports projected over 2026–2034 under price scenarios, assuming the same imports
 * every year: the CBAM factor falls, default-value mark-ups rise (10 %, 20 %, 30 %) and prices follow each scenario.
 */
public record CostProjection(List<Row> rows, DeMinimis.Decision deMinimis, List<Notice> notices) {

    /** One year under one scenario. */
    public record Row(int year, String scenario, Figure certificates, Figure price, Figure cost) {
    }

    public CostProjection {
        rows = List.copyOf(rows);
        notices = List.copyOf(notices);
    }

    public static CostProjection project(List<ImportLine> annualImports, List<PriceScenario> scenarios, GoodsScope scope,
                                         CertificateCalculator calculator) {
        if (scenarios.isEmpty()) {
            throw new CbamInputException("cost projection: at least one price scenario is needed");
        }
        DeMinimis.Decision deMinimis = DeMinimis.decide(annualImports, scope);
        List<Notice> notices = new ArrayList<>(List.of(deMinimis.explanation(), new Notice(LegalBasis.decision("034", "certificate prices"),
                "projection assumes the same imports in every year 2026–2034 and the prices of the named scenarios")));
        List<Row> rows = new ArrayList<>();
        for (PriceScenario scenario : scenarios) {
            for (int year = DefinitivePeriod.FIRST_YEAR; year <= DefinitivePeriod.LAST_YEAR; year++) {
                Figure price = scenario.price(year);
                BigDecimal certificates = BigDecimal.ZERO;
                BigDecimal cost = BigDecimal.ZERO;
                List<Figure> certificateTerms = new ArrayList<>();
                List<Figure> costTerms = new ArrayList<>();
                for (ImportLine line : annualImports) {
                    if (deMinimis.exempts(scope.require(line.cn()))) {
                        continue;
                    }
                    LineAssessment a = calculator.assess(line, year, price);
                    for (Notice n : a.notices()) {
                        if (!notices.contains(n)) {
                            notices.add(n);
                        }
                    }
                    certificates = certificates.add(a.certificates().value());
                    cost = cost.add(a.cost().value());
                    certificateTerms.add(a.certificates());
                    costTerms.add(a.cost());
                }
                rows.add(new Row(year, scenario.name(),
                        Figure.derived("certificates " + year + ", scenario " + scenario.name(), certificates, "certificates",
                                "sum of the lines in " + year, LegalBasis.cbam("Articles 7, 9 and 31"), certificateTerms),
                        price,
                        Figure.derived("cost " + year + ", scenario " + scenario.name(), cost.setScale(2, RoundingMode.HALF_UP), "EUR",
                                "sum of the lines at the scenario price " + price.plain(), CertificatePriceTable.BASIS, costTerms)));
            }
        }
        return new CostProjection(rows, deMinimis, notices);
    }
}
