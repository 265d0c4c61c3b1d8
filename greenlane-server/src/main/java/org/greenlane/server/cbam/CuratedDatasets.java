package org.greenlane.server.cbam;

import org.greenlane.server.platform.imports.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A database without CBAM reference data gets the small excerpts shipped with Greenlane (decision 038), through the
 * same validating import as official files, so that figures can be computed from the first start. Importing the
 * Commission's full tables later supersedes them (the dataset imported last is the one in use).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class CuratedDatasets implements ApplicationRunner {

    static final String DEFAULT_VALUES = "curated-default-values.csv";
    static final String BENCHMARKS = "curated-benchmarks.json";
    static final String DEFAULT_VALUES_NAME = "Greenlane excerpt of the default values, Implementing Regulation (EU) 2025/2621";
    static final String DEFAULT_VALUES_VERSION = "workbook DVs_as_adopted_v20260204, rows CN and XX for 7207 12 10, 7208, 7213, "
            + "7318 15, 7604 29 10";
    static final String BENCHMARKS_NAME = "Greenlane excerpt of the benchmarks, Implementing Regulation (EU) 2025/2620";
    static final String BENCHMARKS_VERSION = "Annex, CN 7207 12 10, 7208 39 00, 7213 91 10, 7318 15 88, 7604 29 10";

    private static final Logger log = LoggerFactory.getLogger(CuratedDatasets.class);

    private final ReferenceData reference;
    private final DatasetImports imports;

    CuratedDatasets(ReferenceData reference, DatasetImports imports) {
        this.reference = reference;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (reference.current(Dataset.Kind.DEFAULT_VALUES).isEmpty()) {
            report(imports.defaultValues("cbam-defaults", DEFAULT_VALUES, resource(DEFAULT_VALUES), DEFAULT_VALUES_NAME,
                    Optional.of(DEFAULT_VALUES_VERSION)));
        }
        if (reference.current(Dataset.Kind.BENCHMARKS).isEmpty()) {
            report(imports.benchmarks("cbam-benchmarks", BENCHMARKS, resource(BENCHMARKS), BENCHMARKS_NAME,
                    Optional.of(BENCHMARKS_VERSION)));
        }
    }

    private static void report(ImportReport report) {
        if (!report.rejected().isEmpty()) {
            throw new IllegalStateException("shipped CBAM excerpt is invalid: " + report.summary());
        }
        log.info("CBAM reference data loaded: {}", report.summary());
    }

    static byte[] resource(String name) {
        try (InputStream in = CuratedDatasets.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, "resource " + name).readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
