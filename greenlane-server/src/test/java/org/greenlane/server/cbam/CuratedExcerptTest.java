package org.greenlane.server.cbam;

import org.greenlane.core.cbam.BenchmarkTable;
import org.greenlane.core.cbam.CnCode;
import org.greenlane.core.cbam.DataSource;
import org.greenlane.core.cbam.DefaultValueRow;
import org.greenlane.core.cbam.DefaultValueTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every row of the shipped excerpts equals the Commission's table it was transcribed from (decision 038). */
class CuratedExcerptTest {

    @Test
    void defaultValueRowsEqualTheCommissionTable() throws IOException {
        Path full = DatasetImportsTest.SHARED.resolve("cbam-default-values-selected-countries.csv");
        assumeTrue(Files.exists(full), "../shared/data/cbam not present: skipping the comparison of the default-value excerpt");
        DefaultValueTable excerpt = parse(CuratedDatasets.resource(CuratedDatasets.DEFAULT_VALUES));
        DefaultValueTable commission = parse(Files.readAllBytes(full));

        assertThat(excerpt.rows()).hasSize(10).allSatisfy(row -> assertThat(commission.rows())
                .as(row.describe())
                .anySatisfy(original -> assertThat(same(row, original)).isTrue()));
    }

    @Test
    void benchmarkEntriesEqualTheCommissionTable() throws IOException {
        Path full = DatasetImportsTest.SHARED.resolve("cbam-benchmarks-2025-2620.json");
        assumeTrue(Files.exists(full), "../shared/data/cbam not present: skipping the comparison of the benchmark excerpt");
        BenchmarkTable excerpt = benchmarks(CuratedDatasets.resource(CuratedDatasets.BENCHMARKS));
        BenchmarkTable commission = benchmarks(Files.readAllBytes(full));

        assertThat(excerpt.size()).isEqualTo(5);
        for (String cn : new String[]{"72071210", "72083900", "72139110", "73181588", "76042910"}) {
            assertThat(excerpt.find(new CnCode(cn)).orElseThrow().values())
                    .isEqualTo(commission.find(new CnCode(cn)).orElseThrow().values());
        }
    }

    private static boolean same(DefaultValueRow a, DefaultValueRow b) {
        return a.countryCode().equals(b.countryCode()) && a.cnCode().equals(b.cnCode()) && a.description().equals(b.description())
                && a.sector() == b.sector() && a.direct().equals(b.direct()) && a.indirect().equals(b.indirect())
                && a.total().equals(b.total()) && a.publishedWithMarkUp().equals(b.publishedWithMarkUp())
                && a.productionRoute().equals(b.productionRoute());
    }

    private static DefaultValueTable parse(byte[] csv) throws IOException {
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
            return DefaultValueTable.parse(in, new DataSource("test", "test"));
        }
    }

    private static BenchmarkTable benchmarks(byte[] json) throws IOException {
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8)) {
            return BenchmarkTable.parse(in, new DataSource("test", "test"));
        }
    }
}
