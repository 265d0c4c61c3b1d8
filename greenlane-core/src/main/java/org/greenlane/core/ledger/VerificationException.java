package org.greenlane.core.ledger;

/**
 * Evidence from the log did not verify: a proof, signature, checkpoint or receipt is wrong, malformed
 * or inconsistent with what the verifier already trusts. The message names what failed.
 */
public class VerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VerificationException(String message) {
        super(message);
    }
}
