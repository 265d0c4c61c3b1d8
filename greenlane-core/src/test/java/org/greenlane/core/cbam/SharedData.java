package org.greenlane.core.cbam;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Locates the shared reference data (../shared/data relative to the repository root) and skips when absent. */
public final class SharedData {

    static final Path DEFAULT_VALUES = Path.of("cbam", "cbam-default-values-selected-countries.csv");
    static final Path BENCHMARKS = Path.of("cbam", "cbam-benchmarks-2025-2620.json");
    public static final Path QREPORT_XSD = Path.of("cbam", "QReport_ver23.00.xsd");

    private SharedData() {
    }

    public static Path require(Path relative, String what) {
        Path p = Path.of(System.getProperty("greenlane.repo.root", ".")).resolve("../shared/data").resolve(relative).normalize();
        assumeTrue(Files.exists(p), "../shared/data/" + relative + " not present: skipping " + what);
        return p;
    }
}
