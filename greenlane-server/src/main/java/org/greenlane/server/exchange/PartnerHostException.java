package org.greenlane.server.exchange;

/** A partner's PACT host could not be reached, refused us, or answered something that is not PACT v3. */
class PartnerHostException extends RuntimeException {

    /** The HTTP status, or 0 when there was no HTTP answer. */
    private final int status;

    PartnerHostException(String message, int status) {
        super(message);
        this.status = status;
    }

    PartnerHostException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    int status() {
        return status;
    }

    /** Sending again may work: no answer, overload, rate limit, or the host's own failure. */
    boolean transientFailure() {
        return status == 0 || status == 401 || status == 408 || status == 429 || status >= 500;
    }
}
