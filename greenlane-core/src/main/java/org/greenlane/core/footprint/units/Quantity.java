package org.greenlane.core.footprint.units;

import java.util.Objects;

/** An amount with its unit; finite by construction. */
public record Quantity(double value, Unit unit) {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("quantity must be finite, was " + value + " " + unit.symbol());
        }
    }

    public static Quantity of(double value, String unit) {
        return new Quantity(value, Units.of(unit));
    }

    public Dimension dimension() {
        return unit.dimension();
    }

    /** The same amount in another unit of the same dimension. */
    public Quantity to(Unit target) {
        return new Quantity(value * Units.factor(unit, target), target);
    }

    public double in(Unit target) {
        return value * Units.factor(unit, target);
    }

    @Override
    public String toString() {
        return value + " " + unit.symbol();
    }
}
