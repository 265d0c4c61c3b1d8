package org.greenlane.core.footprint.units;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit of measure: its symbol, its dimension and the exact decimal factor that converts one of it
 * into the dimension's base unit. Factors are exact decimals so conversions never drift.
 */
public record Unit(String symbol, Dimension dimension, BigDecimal toBase) {

    public Unit {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(toBase, "toBase");
        if (toBase.signum() <= 0) {
            throw new IllegalArgumentException("unit " + symbol + ": conversion factor must be positive");
        }
    }

    public boolean isCompatibleWith(Unit other) {
        return dimension == other.dimension;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
