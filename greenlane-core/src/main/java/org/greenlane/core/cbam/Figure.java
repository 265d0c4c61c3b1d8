package org.greenlane.core.cbam;

import org.greenlane.core.cbam.internal.Decimals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A traced number: value and unit, the formula with the numbers substituted, the legal basis of the rule
 * and the source and version of the data. Derived figures keep their inputs, so every amount owed can be
 * explained down to the regulation's tables.
 */
public record Figure(String label, BigDecimal value, String unit, String formula, LegalBasis basis,
                     DataSource source, List<Figure> inputs) {

    public Figure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value of " + label);
        Objects.requireNonNull(unit, "unit of " + label);
        Objects.requireNonNull(formula, "formula of " + label);
        Objects.requireNonNull(basis, "legal basis of " + label);
        Objects.requireNonNull(source, "source of " + label);
        inputs = List.copyOf(inputs);
    }

    /** A figure taken as it stands from a table, a regulation or the user. */
    public static Figure given(String label, BigDecimal value, String unit, LegalBasis basis, DataSource source) {
        return new Figure(label, value, unit, "given", basis, source, List.of());
    }

    /** A figure computed by a rule of the engine from other figures. */
    public static Figure derived(String label, BigDecimal value, String unit, String formula, LegalBasis basis,
                                 List<Figure> inputs) {
        return new Figure(label, value, unit, formula, basis, DataSource.CALCULATION, inputs);
    }

    public String plain() {
        return Decimals.plain(value);
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    @Override
    public String toString() {
        return label + " = " + plain() + " " + unit + " [" + formula + "; " + basis + "; " + source + "]";
    }
}
