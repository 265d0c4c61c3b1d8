package org.greenlane.core.footprint.units;

/** An amount cannot be expressed in the unit asked for, or a unit is unknown. */
public class UnitException extends IllegalArgumentException {

    public UnitException(String message) {
        super(message);
    }
}
