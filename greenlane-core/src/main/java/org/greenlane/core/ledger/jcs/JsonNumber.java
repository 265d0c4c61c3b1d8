package org.greenlane.core.ledger.jcs;

/** A JSON number, an IEEE 754 double as in ECMAScript; NaN and infinities have no JSON form. */
public record JsonNumber(double value) implements JsonValue {

    public JsonNumber {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON numbers must be finite, was " + value);
        }
    }
}
