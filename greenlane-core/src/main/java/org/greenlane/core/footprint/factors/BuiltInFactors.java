package org.greenlane.core.footprint.factors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The curated starter set shipped with Greenlane so a footprint can be computed offline. Each row of
 * {@code builtin-factors.tsv} carries its own citation; see decision 014 for what is in and why.
 */
public final class BuiltInFactors {

    public static final String ID = "greenlane-builtin";
    public static final String VERSION = "2025.1";
    /** Activity ids of the built-in set, also the ids the electricity and transport parts look up. */
    public static final String GRID_ELECTRICITY = "electricity.grid";
    public static final String RESIDUAL_MIX = "electricity.residual-mix";

    private static final FactorDataset DATASET = load();

    private BuiltInFactors() {
    }

    public static FactorDataset dataset() {
        return DATASET;
    }

    private static FactorDataset load() {
        try (InputStream in = BuiltInFactors.class.getResourceAsStream(
                "/org/greenlane/core/footprint/builtin-factors.tsv")) {
            if (in == null) {
                throw new IllegalStateException("built-in factor table missing from the classpath");
            }
            return FactorTable.read(new InputStreamReader(in, StandardCharsets.UTF_8), ID, VERSION,
                    "Greenlane built-in starter factors");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
