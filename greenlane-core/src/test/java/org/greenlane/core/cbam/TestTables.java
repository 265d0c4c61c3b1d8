package org.greenlane.core.cbam;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reference tables for tests: the shared Commission files, or small inline tables. */
final class TestTables {

    static final String HEADER = "countryCode,countryName,cnCode,description,sector,directEmissions,indirectEmissions,"
            + "totalEmissions,withMarkup2026,withMarkup2027,withMarkup2028,productionRoute\n";
    static final DataSource WORKBOOK = new DataSource("Commission default values, Implementing Regulation (EU) 2025/2621",
            "DVs_as_adopted_v20260204");
    static final DataSource BENCHMARK_SOURCE = new DataSource("Benchmarks, Implementing Regulation (EU) 2025/2620", "2025/2620");

    private static DefaultValueTable sharedDefaults;
    private static BenchmarkTable sharedBenchmarks;

    private TestTables() {
    }

    static DefaultValueTable defaults(String rows) {
        try {
            return DefaultValueTable.parse(new StringReader(HEADER + rows), WORKBOOK);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static synchronized DefaultValueTable sharedDefaults() throws IOException {
        if (sharedDefaults == null) {
            Path p = SharedData.require(SharedData.DEFAULT_VALUES, "tests on the Commission default-value table");
            try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                sharedDefaults = DefaultValueTable.parse(in, WORKBOOK);
            }
        }
        return sharedDefaults;
    }

    static synchronized BenchmarkTable sharedBenchmarks() throws IOException {
        if (sharedBenchmarks == null) {
            Path p = SharedData.require(SharedData.BENCHMARKS, "tests on the benchmark table");
            try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                sharedBenchmarks = BenchmarkTable.parse(in, BENCHMARK_SOURCE);
            }
        }
        return sharedBenchmarks;
    }
}
