package org.greenlane.server.cbam;

import org.greenlane.core.cbam.CnCode;
import org.greenlane.server.ServerTest;
import org.greenlane.server.platform.imports.ImportReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** ./greenlane import cbam-defaults and cbam-benchmarks: all or nothing, errors naming line and column. */
class DatasetImportsTest extends ServerTest {

    static final Path SHARED = Path.of(System.getProperty("greenlane.repo.root", ".")).resolve("../shared/data/cbam").normalize();

    @Autowired
    DefaultValuesImporter defaults;
    @Autowired
    BenchmarksImporter benchmarks;
    @Autowired
    ReferenceData reference;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileWithABadRowImportsNothingAndNamesLineAndColumn() throws IOException {
        Path file = Files.createTempFile("cbam-defaults-", ".csv");
        Files.writeString(file, """
                countryCode,countryName,cnCode,description,sector,directEmissions,indirectEmissions,totalEmissions,withMarkup2026,withMarkup2027,withMarkup2028,productionRoute
                CN,China,72080000,"Flat-rolled",ironSteel,3.1,,3.1,,,,(C)
                CN,China,72130000,"Wire rod",ironSteel,3.0,,3.0,,,,(C)
                CN,China,73181500,"Bolts",ironSteel,-6.375,,6.375,,,,(C)
                """);
        int before = reference.datasets().size();

        ImportReport report = defaults.importFile(file);

        assertThat(report.imported()).isZero();
        assertThat(report.rejected()).singleElement().asString().contains("line 4", "column directEmissions", "negative");
        assertThat(reference.datasets()).hasSize(before);
        Files.delete(file);
    }

    @Test
    void aMalformedBenchmarkEntryIsNamed() throws IOException {
        Path file = Files.createTempFile("cbam-benchmarks-", ".json");
        Files.writeString(file, "[{\"cnCode\":\"7208\",\"sector\":\"ironSteel\",\"description\":\"x\",\"benchmarkValues\":[]}]");

        ImportReport report = benchmarks.importFile(file);

        assertThat(report.rejected()).singleElement().asString().contains("entry 0", "cnCode");
        Files.delete(file);
    }

    @Test
    void theCommissionsTablesImportAsNewVersionsInUse() throws IOException {
        Path csv = SHARED.resolve("cbam-default-values-selected-countries.csv");
        Path json = SHARED.resolve("cbam-benchmarks-2025-2620.json");
        assumeTrue(Files.exists(csv) && Files.exists(json), "../shared/data/cbam not present: skipping the import of the Commission's tables");
        Dataset excerpt = reference.current(Dataset.Kind.DEFAULT_VALUES).orElseThrow();
        try {
            ImportReport imported = defaults.importFile(csv);
            assertThat(imported.rejected()).isEmpty();
            assertThat(imported.imported()).isGreaterThan(1000);
            Dataset current = reference.current(Dataset.Kind.DEFAULT_VALUES).orElseThrow();
            assertThat(current.version()).startsWith("cbam-default-values-selected-countries.csv (sha256 ");
            // the stored table answers like the file: India's own value for hot-rolled coil
            assertThat(reference.defaultValues(current).select("IN", new CnCode("72083900"), null).row().countryCode()).isEqualTo("IN");
            assertThat(defaults.importFile(csv).rejected()).singleElement().asString().contains("nothing imported again");

            ImportReport bench = benchmarks.importFile(json);
            assertThat(bench.rejected()).isEmpty();
            assertThat(reference.benchmarks(reference.current(Dataset.Kind.BENCHMARKS).orElseThrow()).size()).isGreaterThan(500);
        } finally {
            // later tests expect the shipped excerpts in use
            jdbc.sql("delete from cbam_dataset where id <> :excerpt and kind = 'DEFAULT_VALUES'").param("excerpt", excerpt.id()).update();
            jdbc.sql("delete from cbam_dataset where kind = 'BENCHMARKS' and name = :name")
                    .param("name", DatasetImports.BENCHMARKS_NAME).update();
        }
    }
}
