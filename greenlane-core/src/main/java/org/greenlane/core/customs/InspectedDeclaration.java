package org.greenlane.core.customs;

import java.util.Objects;

/** A declaration together with the result of its examination: the unit the risk engine learns from. */
public record InspectedDeclaration(Declaration declaration, InspectionResult result) {

    public InspectedDeclaration {
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(result, () -> "declaration " + declaration.id() + ": inspection result is required");
    }
}
