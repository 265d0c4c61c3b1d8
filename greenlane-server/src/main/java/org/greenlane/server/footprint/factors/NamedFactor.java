package org.greenlane.server.footprint.factors;

import org.greenlane.core.footprint.factors.EmissionFactor;

import java.util.Objects;

/** An emission factor with the human-readable name users pick it by (the engine only needs the activity id). */
public record NamedFactor(String name, EmissionFactor factor) {

    public NamedFactor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factor, "factor");
    }
}
