package org.greenlane.core.footprint.factors;

import java.util.List;
import java.util.Objects;

/** A versioned, citable set of emission factors; results record the id and version of each dataset they used. */
public record FactorDataset(String id, String version, String name, List<EmissionFactor> factors) {

    public FactorDataset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        if (id.isBlank() || version.isBlank()) {
            throw new IllegalArgumentException("factor dataset needs an id and a version");
        }
        factors = List.copyOf(factors);
    }

    /** "id@version", the form results record. */
    public String reference() {
        return id + "@" + version;
    }
}
