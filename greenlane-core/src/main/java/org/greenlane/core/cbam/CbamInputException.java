package org.greenlane.core.cbam;

/** Input the CBAM engine refuses; the message names the offending good, row, column or field. */
public class CbamInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CbamInputException(String message) {
        super(message);
    }
}
