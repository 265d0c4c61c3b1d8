package org.greenlane.core.footprint.factors;

/** No factor for an activity in a region nor in any region it falls back to. */
public class MissingFactorException extends IllegalArgumentException {

    public MissingFactorException(String message) {
        super(message);
    }
}
