package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Certificates owed per import line: embedded emissions − free-allocation adjustment − carbon price paid
 * (Articles 7, 9 and 31 of Regulation (EU) 2023/956; Implementing Regulations (EU) 2025/2620 and 2025/2621).
 * <pre>
 * per unit:  EE − CBAMfactor(year) · CSCF(year) · BM  − CPP_EUR / price      (never below zero, decision 035)
 * BM:        column B with default values; column A with actual data, + Σ (M_i/AL) · BM(precursor i), recursive
 * </pre>
 */
public final class CertificateCalculator {

    private static final LegalBasis ADJUSTMENT = new LegalBasis(LegalBasis.BENCHMARKS, "free-allocation adjustment");
    private static final LegalBasis ARTICLE_31 = LegalBasis.cbam("Article 31");
    private static final LegalBasis NEGATIVES = LegalBasis.decision("035", "negative values");

    private final GoodsScope scope;
    private final DefaultValueTable defaults;
    private final BenchmarkTable benchmarks;
    private final CrossSectoralCorrection correction;

    public CertificateCalculator(GoodsScope scope, DefaultValueTable defaults, BenchmarkTable benchmarks,
                                 CrossSectoralCorrection correction) {
        this.scope = Objects.requireNonNull(scope, "goods scope");
        this.defaults = Objects.requireNonNull(defaults, "default-value table");
        this.benchmarks = Objects.requireNonNull(benchmarks, "benchmark table");
        this.correction = Objects.requireNonNull(correction, "cross-sectoral correction factor");
    }

    /** Assesses a line in the year of its import date at the certificate price of its price period. */
    public LineAssessment assess(ImportLine line, CertificatePriceTable prices, CertificatePriceTable.GapPolicy gapPolicy) {
        List<Notice> notices = new ArrayList<>();
        Figure price = prices.priceFor(line.importDate(), gapPolicy, notices);
        LineAssessment a = assess(line, line.importDate().getYear(), price);
        if (notices.isEmpty()) {
            return a;
        }
        notices.addAll(a.notices());
        return new LineAssessment(a.line(), a.year(), a.good(), a.actualData(), a.embeddedPerUnit(), a.benchmarkPerUnit(),
                a.freeAllocationPerUnit(), a.obligationPerUnit(), a.carbonPriceReductionPerUnit(), a.certificatesPerUnit(),
                a.embeddedTotal(), a.certificates(), a.certificatePrice(), a.cost(), notices);
    }

    /**
     * Assesses a line as if imported in {@code year} (projections), at the given certificate price. Refusals name the line.
     */
    public LineAssessment assess(ImportLine line, int year, Figure certificatePrice) {
        Objects.requireNonNull(line, "import line");
        Objects.requireNonNull(certificatePrice, "certificate price");
        try {
            return compute(line, year, certificatePrice);
        } catch (CbamInputException ex) {
            String prefix = "line " + line.id() + ": ";
            throw ex.getMessage().startsWith(prefix) ? ex : new CbamInputException(prefix + ex.getMessage());
        }
    }

    private LineAssessment compute(ImportLine line, int year, Figure certificatePrice) {
        DefinitivePeriod.requireYear(year, "line " + line.id());
        AnnexIRow good = scope.require(line.cn());
        if (Origin.isExempt(line.countryOfOrigin())) {
            throw new CbamInputException("line " + line.id() + ": goods originating in " + line.countryOfOrigin()
                    + " are not subject to the CBAM (" + Origin.exemptionBasis(line.countryOfOrigin()) + ")");
        }
        List<Notice> notices = new ArrayList<>();
        String unit = good.sector() == Sector.ELECTRICITY ? "MWh" : "t";
        Figure embedded;
        Figure benchmark;
        Optional<CarbonPricePaid> carbonPrice = Optional.empty();
        if (line.basis() instanceof EmissionsBasis.DefaultValues d) {
            DefaultValueSelection selection = defaults.select(line.countryOfOrigin(), line.cn(), d.variant());
            notices.addAll(selection.notices());
            embedded = selection.markedUp(good, year);
            benchmark = good.sector() == Sector.ELECTRICITY ? noFreeAllocation(line.cn())
                    : benchmarks.find(line.cn()).map(b -> b.columnB(d.benchmarkRoute(), selection.row().productionRoute()))
                    .orElseGet(() -> missingBenchmark(line.cn(), notices));
        } else {
            EmissionsBasis.ActualData a = (EmissionsBasis.ActualData) line.basis();
            notices.addAll(a.embedded().notices());
            embedded = actualEmbedded(a.embedded(), good);
            String route = a.benchmarkRoute() == null || a.benchmarkRoute().isBlank() ? a.embedded().productionRoute() : a.benchmarkRoute();
            benchmark = good.sector() == Sector.ELECTRICITY ? noFreeAllocation(line.cn())
                    : actualBenchmark(a.embedded(), route, notices);
            carbonPrice = Optional.ofNullable(a.carbonPricePaid());
        }
        Figure factor = CbamFactor.forYear(year);
        Figure cscf = correction.forYear(year);
        Figure adjustment = Figure.derived("free-allocation adjustment per " + unit + ", CN " + line.cn() + ", " + year,
                factor.value().multiply(cscf.value()).multiply(benchmark.value()), "t CO2e/" + unit,
                "CBAM factor " + factor.plain() + " × CSCF " + cscf.plain() + " × benchmark " + benchmark.plain(),
                ADJUSTMENT, List.of(factor, cscf, benchmark));

        BigDecimal owed = embedded.value().subtract(adjustment.value());
        String owedFormula = embedded.plain() + " − " + adjustment.plain();
        if (owed.signum() < 0) {
            notices.add(new Notice(NEGATIVES, "line " + line.id() + ": the free-allocation adjustment (" + adjustment.plain()
                    + ") exceeds the embedded emissions (" + embedded.plain() + "); the obligation is set to 0, the adjustment gives no credit"));
            owed = BigDecimal.ZERO;
            owedFormula = "max(0, " + owedFormula + ")";
        }
        Figure obligation = Figure.derived("obligation before Article 9 per " + unit + ", line " + line.id(), owed, "t CO2e/" + unit,
                owedFormula, ARTICLE_31, List.of(embedded, adjustment));

        Figure reduction = carbonPrice.map(cp -> cp.certificateReduction(certificatePrice)).orElse(
                Figure.derived("Article 9 reduction per " + unit + ", line " + line.id(), BigDecimal.ZERO, "t CO2e/" + unit,
                        line.basis() instanceof EmissionsBasis.ActualData ? "no carbon price paid declared"
                                : "none: the deduction requires actual embedded emissions", CarbonPricePaid.BASIS, List.of()));
        if (reduction.value().compareTo(obligation.value()) > 0) {
            notices.add(new Notice(CarbonPricePaid.BASIS, "line " + line.id() + ": the carbon price paid is worth "
                    + reduction.plain() + " certificates per " + unit + ", more than the " + obligation.plain()
                    + " owed; the reduction is capped at the obligation (no refund)"));
            reduction = Figure.derived(reduction.label() + " (capped)", obligation.value(), reduction.unit(),
                    "min(" + reduction.plain() + ", " + obligation.plain() + ")", CarbonPricePaid.BASIS, List.of(reduction, obligation));
        }
        Figure perUnit = Figure.derived("certificates per " + unit + ", line " + line.id(), obligation.value().subtract(reduction.value()),
                "certificates/" + unit, obligation.plain() + " − " + reduction.plain(), ARTICLE_31, List.of(obligation, reduction));
        Figure quantity = Figure.given("net mass, line " + line.id(), line.quantity(), unit, LegalBasis.cbam("Article 6(2)"),
                DataSource.userInput("customs declaration"));
        Figure embeddedTotal = Figure.derived("embedded emissions, line " + line.id(), embedded.value().multiply(line.quantity()), "t CO2e",
                embedded.plain() + " × " + quantity.plain(), LegalBasis.cbam("Article 7"), List.of(embedded, quantity));
        Figure certificates = Figure.derived("certificates, line " + line.id(), perUnit.value().multiply(line.quantity()), "certificates",
                perUnit.plain() + " × " + quantity.plain(), LegalBasis.cbam("Article 22"), List.of(perUnit, quantity));
        Figure cost = cost("cost, line " + line.id(), certificates, certificatePrice);
        return new LineAssessment(line, year, good, line.basis() instanceof EmissionsBasis.ActualData, embedded, benchmark, adjustment,
                obligation, reduction, perUnit, embeddedTotal, certificates, certificatePrice, cost, notices);
    }

    static Figure cost(String label, Figure certificates, Figure price) {
        return Figure.derived(label, certificates.value().multiply(price.value()).setScale(2, RoundingMode.HALF_UP), "EUR",
                certificates.plain() + " × " + price.plain() + " EUR, rounded to the cent", CertificatePriceTable.BASIS,
                List.of(certificates, price));
    }

    private static Figure actualEmbedded(EmbeddedEmissions ee, AnnexIRow good) {
        if (!good.indirectEmissionsCount()) {
            return Figure.derived("embedded emissions per unit (direct only), CN " + good.code(), ee.direct().value(), ee.direct().unit(),
                    "SEE_dir " + ee.direct().plain() + " (indirect " + ee.indirect().plain() + " not counted: " + good.emissionsBasis().provision() + ")",
                    good.emissionsBasis(), List.of(ee.direct(), ee.indirect()));
        }
        return Figure.derived("embedded emissions per unit (direct and indirect), CN " + good.code(),
                ee.direct().value().add(ee.indirect().value()), ee.direct().unit(),
                "SEE_dir " + ee.direct().plain() + " + SEE_indir " + ee.indirect().plain(), LegalBasis.cbam("Article 7, Annex IV"),
                List.of(ee.direct(), ee.indirect()));
    }

    private Figure actualBenchmark(EmbeddedEmissions ee, String route, List<Notice> notices) {
        Optional<Benchmark> own = benchmarks.find(ee.good());
        Figure ownValue = own.map(b -> b.columnA(route)).orElseGet(() -> missingBenchmark(ee.good(), notices));
        if (ee.precursors().isEmpty()) {
            return ownValue;
        }
        List<Figure> inputs = new ArrayList<>(List.of(ownValue));
        BigDecimal total = ownValue.value();
        StringBuilder formula = new StringBuilder("BM_A " + ownValue.plain());
        for (EmbeddedEmissions.PrecursorContribution c : ee.precursors()) {
            Figure bm = switch (c.kind()) {
                case EXEMPT_ORIGIN -> null;
                case OWN_PROCESS -> actualBenchmark(c.nested().orElseThrow(), c.productionRoute(), notices);
                case SUPPLIER_DATA -> {
                    notices.add(new Notice(ADJUSTMENT, "precursor " + c.name() + " (CN " + c.cn() + ") with supplier data: only its own "
                            + "column A benchmark is counted, its precursors are unknown (conservative)"));
                    yield benchmarks.find(c.cn()).map(b -> b.columnA(c.productionRoute())).orElseGet(() -> missingBenchmark(c.cn(), notices));
                }
                case DEFAULT_VALUE_FALLBACK -> benchmarks.find(c.cn()).map(b -> b.columnB(null, c.productionRoute()))
                        .orElseGet(() -> missingBenchmark(c.cn(), notices));
            };
            if (bm == null) {
                continue;
            }
            total = total.add(c.massPerTonneOfGood().value().multiply(bm.value()));
            formula.append(" + ").append(c.massPerTonneOfGood().plain()).append(" × ").append(bm.plain());
            inputs.add(c.massPerTonneOfGood());
            inputs.add(bm);
        }
        return Figure.derived("benchmark with precursors, CN " + ee.good() + " (process " + ee.processId() + ")", total, Benchmark.UNIT,
                formula.toString(), new LegalBasis(LegalBasis.BENCHMARKS, "benchmarks of complex goods and their relevant precursors"), inputs);
    }

    private Figure missingBenchmark(CnCode cn, List<Notice> notices) {
        notices.add(new Notice(LegalBasis.decision("033", "benchmarks"), "no benchmark for CN " + cn + " in " + benchmarks.source()
                + "; no free-allocation adjustment is applied for it (conservative: more certificates)"));
        return Figure.given("benchmark CN " + cn + " (not in the table: 0)", BigDecimal.ZERO, Benchmark.UNIT,
                LegalBasis.decision("033", "benchmarks"), benchmarks.source());
    }

    private static Figure noFreeAllocation(CnCode cn) {
        return Figure.given("benchmark CN " + cn + " (electricity: no free allocation, 0)", BigDecimal.ZERO, "t CO2e/MWh",
                new LegalBasis(LegalBasis.BENCHMARKS, "no free-allocation adjustment for electricity"),
                new DataSource(LegalBasis.BENCHMARKS, "electricity"));
    }
}
