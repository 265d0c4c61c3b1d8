package org.greenlane.core.cbam;

import org.greenlane.core.cbam.internal.Decimals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Summary of an authorised declarant's annual CBAM declaration (Articles 6 and 22 of Regulation (EU) 2023/956 as
 * amended by Regulation (EU) 2025/2083): per line the certificates owed, the de minimis decision, the embedded
 * emissions, the certificates to surrender (whole certificates, rounded up: decision 034) by 30 September of the
 * following year, and their estimated cost at the prices of the import periods.
 */
public record AnnualDeclaration(String declarant, int year, LocalDate surrenderDeadline, DeMinimis.Decision deMinimis,
                                List<Line> lines, Figure embeddedEmissions, Figure certificatesExact,
                                Figure certificatesToSurrender, Figure estimatedCost, List<Notice> notices) {

    static final LegalBasis DECLARATION = LegalBasis.cbam("Articles 6(1) and 22(1) as amended by Regulation (EU) 2025/2083");

    /** A declared line: its assessment, or none where the de minimis exemption applies. */
    public record Line(ImportLine line, Optional<LineAssessment> assessment, Figure certificates, Figure cost, String status) {
    }

    public AnnualDeclaration {
        lines = List.copyOf(lines);
        notices = List.copyOf(notices);
    }

    public static AnnualDeclaration prepare(String declarant, int year, List<ImportLine> imports, GoodsScope scope,
                                            CertificateCalculator calculator, CertificatePriceTable prices,
                                            CertificatePriceTable.GapPolicy gapPolicy) {
        if (declarant == null || declarant.isBlank()) {
            throw new CbamInputException("annual declaration: name the authorised declarant");
        }
        DefinitivePeriod.requireYear(year, "annual declaration of " + declarant);
        Objects.requireNonNull(imports, "import lines");
        for (ImportLine l : imports) {
            if (l.importDate().getYear() != year) {
                throw new CbamInputException("annual declaration " + year + ": line " + l.id() + " was imported on " + l.importDate());
            }
        }
        DeMinimis.Decision deMinimis = DeMinimis.decide(imports, scope);
        List<Notice> notices = new ArrayList<>(List.of(deMinimis.explanation()));
        List<Line> lines = new ArrayList<>();
        BigDecimal embedded = BigDecimal.ZERO;
        BigDecimal certificates = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        List<Figure> embeddedTerms = new ArrayList<>();
        List<Figure> certificateTerms = new ArrayList<>();
        List<Figure> costTerms = new ArrayList<>();
        for (ImportLine l : imports) {
            if (deMinimis.exempts(scope.require(l.cn()))) {
                Figure zero = Figure.derived("certificates, line " + l.id(), BigDecimal.ZERO, "certificates",
                        "exempt: de minimis", DeMinimis.BASIS, List.of(deMinimis.countedMass()));
                Figure noCost = Figure.derived("cost, line " + l.id(), BigDecimal.ZERO.setScale(2), "EUR", "exempt: de minimis",
                        DeMinimis.BASIS, List.of(deMinimis.countedMass()));
                lines.add(new Line(l, Optional.empty(), zero, noCost, "exempt (de minimis)"));
                certificateTerms.add(zero);
                continue;
            }
            LineAssessment a = calculator.assess(l, prices, gapPolicy);
            notices.addAll(a.notices());
            lines.add(new Line(l, Optional.of(a), a.certificates(), a.cost(), a.actualData() ? "actual data" : "default values"));
            embedded = embedded.add(a.embeddedTotal().value());
            certificates = certificates.add(a.certificates().value());
            cost = cost.add(a.cost().value());
            embeddedTerms.add(a.embeddedTotal());
            certificateTerms.add(a.certificates());
            costTerms.add(a.cost());
        }
        Figure embeddedTotal = Figure.derived("embedded emissions declared " + year, embedded, "t CO2e", "sum of the lines",
                LegalBasis.cbam("Article 6(2)(c)"), embeddedTerms);
        Figure exact = Figure.derived("certificates owed " + year, certificates, "certificates", "sum of the lines", DECLARATION, certificateTerms);
        Figure whole = Figure.derived("certificates to surrender " + year, certificates.setScale(0, RoundingMode.CEILING), "certificates",
                "⌈" + Decimals.plain(certificates) + "⌉ (whole certificates, rounded up)", LegalBasis.decision("034", "certificate prices and rounding"),
                List.of(exact));
        Figure totalCost = Figure.derived("estimated cost " + year, cost.setScale(2, RoundingMode.HALF_UP), "EUR",
                "sum of the lines at the prices of their import periods", CertificatePriceTable.BASIS, costTerms);
        return new AnnualDeclaration(declarant, year, LocalDate.of(year + 1, 9, 30), deMinimis, lines, embeddedTotal, exact, whole,
                totalCost, notices);
    }
}
