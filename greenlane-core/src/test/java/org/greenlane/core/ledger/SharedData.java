package org.greenlane.core.ledger;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Locates reference data in ../shared/data beside the repository, skipping when it is absent. */
public final class SharedData {

    private SharedData() {
    }

    /** Resolves {@code ../shared/data/<relative>} or skips the calling test with the given reason. */
    public static Path require(String relative, String what) {
        Path root = Path.of(System.getProperty("greenlane.repo.root", "."));
        Path path = root.resolve("../shared/data").resolve(relative).normalize();
        assumeTrue(Files.exists(path), "../shared/data/" + relative + " not present: skipping " + what);
        return path;
    }
}
