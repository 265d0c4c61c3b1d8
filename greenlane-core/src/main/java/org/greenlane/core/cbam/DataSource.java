package org.greenlane.core.cbam;

import java.util.Objects;

/** Where a figure's data come from and which version of it, e.g. the Commission workbook DVs_as_adopted_v20260204. */
public record DataSource(String name, String version) {

    /** Figures the engine derived from other figures; their inputs carry the original sources. */
    public static final DataSource CALCULATION = new DataSource("Greenlane CBAM engine", "derived from the listed inputs");

    public DataSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        if (name.isBlank()) {
            throw new IllegalArgumentException("data source needs a name");
        }
    }

    public static DataSource userInput(String what) {
        return new DataSource("user input", what);
    }

    @Override
    public String toString() {
        return version.isBlank() ? name : name + " (" + version + ")";
    }
}
