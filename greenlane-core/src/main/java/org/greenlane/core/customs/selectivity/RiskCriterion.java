package org.greenlane.core.customs.selectivity;

import java.util.Objects;

/**
 * A risk criterion (an ASYCUDA "selectivity criterion", a "smart tag"): when its condition matches,
 * the declaration goes at least to its lane, and the examination result is recorded against it.
 */
public record RiskCriterion(String id, Lane lane, Condition condition, String description) {

    public RiskCriterion {
        if (id == null || !id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("criterion id must be letters, digits, '.', '_' or '-', was '" + id + "'");
        }
        Objects.requireNonNull(lane, () -> "criterion " + id + ": lane is required");
        if (lane == Lane.GREEN) {
            throw new IllegalArgumentException("criterion " + id + ": a criterion selects for control, its lane cannot be GREEN");
        }
        Objects.requireNonNull(condition, () -> "criterion " + id + ": condition is required");
        if (description == null || description.isBlank() || description.contains("\n")) {
            throw new IllegalArgumentException("criterion " + id + ": a one-line description is required");
        }
    }
}
