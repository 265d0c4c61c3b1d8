package org.greenlane.core.footprint;

/** The product system cannot be calculated as given; the message names the process and exchange at fault. */
public class FootprintModelException extends IllegalArgumentException {

    public FootprintModelException(String message) {
        super(message);
    }

    public FootprintModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
