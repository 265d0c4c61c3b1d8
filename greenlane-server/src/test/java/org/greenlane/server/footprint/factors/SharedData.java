package org.greenlane.server.footprint.factors;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Files of ../shared/data, found from the repository root; tests that need one skip where it is absent. */
final class SharedData {

    private SharedData() {
    }

    static Path require(String relative, String what) {
        Path file = Path.of(System.getProperty("greenlane.repo.root", ".")).resolve("../shared/data").resolve(relative)
                .normalize();
        assumeTrue(Files.exists(file), "../shared/data/" + relative + " not present: skipping " + what);
        return file;
    }
}
