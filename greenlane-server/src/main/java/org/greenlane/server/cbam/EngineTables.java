package org.greenlane.server.cbam;

import org.greenlane.core.cbam.BenchmarkTable;
import org.greenlane.core.cbam.CertificateCalculator;
import org.greenlane.core.cbam.CertificatePriceTable;
import org.greenlane.core.cbam.CrossSectoralCorrection;
import org.greenlane.core.cbam.DataSource;
import org.greenlane.core.cbam.DefaultValueTable;
import org.greenlane.core.cbam.DefinitivePeriod;
import org.greenlane.core.cbam.GoodsScope;
import org.greenlane.core.cbam.LegalBasis;
import org.greenlane.core.cbam.Notice;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The engine's tables as they stand now: Annex I, the datasets in use, the price table and the correction factors. */
@Component
class EngineTables {

    private static final GoodsScope SCOPE = GoodsScope.annexI();

    private final ReferenceData reference;
    private final CbamProperties properties;

    EngineTables(ReferenceData reference, CbamProperties properties) {
        this.reference = reference;
        this.properties = properties;
    }

    /** One consistent snapshot for a computation. */
    record Snapshot(GoodsScope scope, Dataset defaultValuesDataset, DefaultValueTable defaults, Dataset benchmarkDataset,
                    BenchmarkTable benchmarks, CrossSectoralCorrection correction, List<Integer> assumedCorrectionYears,
                    CertificatePriceTable prices, CertificateCalculator calculator) {

        /** Says, for the years a result covers, where the correction factor is the assumed 1. */
        List<Notice> correctionNotices(int fromYear, int toYear) {
            List<Integer> assumed = assumedCorrectionYears.stream().filter(y -> y >= fromYear && y <= toYear).toList();
            if (assumed.isEmpty()) {
                return List.of();
            }
            return List.of(new Notice(LegalBasis.decision("038", "cross-sectoral correction factor"),
                    "no cross-sectoral correction factor is configured for " + assumed.stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")) + "; 1 (no correction) is used, which understates the free-allocation "
                            + "adjustment only if the Commission publishes a factor below 1"));
        }
    }

    static GoodsScope scope() {
        return SCOPE;
    }

    Snapshot now() {
        Dataset defaultsDataset = reference.current(Dataset.Kind.DEFAULT_VALUES)
                .orElseThrow(() -> new IllegalStateException("no CBAM default-value dataset: run ./greenlane import cbam-defaults <file>"));
        Dataset benchmarkDataset = reference.current(Dataset.Kind.BENCHMARKS)
                .orElseThrow(() -> new IllegalStateException("no CBAM benchmark dataset: run ./greenlane import cbam-benchmarks <file>"));
        DefaultValueTable defaults = reference.defaultValues(defaultsDataset);
        BenchmarkTable benchmarks = reference.benchmarks(benchmarkDataset);
        Map<Integer, BigDecimal> configured = properties.crossSectoralCorrection().factors();
        List<Integer> assumed = IntStream.rangeClosed(DefinitivePeriod.FIRST_YEAR, DefinitivePeriod.LAST_YEAR)
                .filter(year -> !configured.containsKey(year)).boxed().toList();
        Map<Integer, BigDecimal> factors = new HashMap<>(configured);
        assumed.forEach(year -> factors.put(year, BigDecimal.ONE));
        CrossSectoralCorrection correction = new CrossSectoralCorrection(factors, correctionSource(configured, assumed));
        return new Snapshot(SCOPE, defaultsDataset, defaults, benchmarkDataset, benchmarks, correction, assumed,
                reference.priceTable(), new CertificateCalculator(SCOPE, defaults, benchmarks, correction));
    }

    private DataSource correctionSource(Map<Integer, BigDecimal> configured, List<Integer> assumed) {
        if (configured.isEmpty()) {
            return new DataSource("Greenlane assumption: cross-sectoral correction factor 1 (no correction)",
                    "decision 038; no factor configured in greenlane.cbam.cross-sectoral-correction");
        }
        String source = properties.crossSectoralCorrection().source().isBlank() ? "operator configuration"
                : properties.crossSectoralCorrection().source();
        return new DataSource(source, "configured for " + configured.keySet().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(", ")) + (assumed.isEmpty() ? "" : "; 1 assumed for the other years (decision 038)"));
    }
}
