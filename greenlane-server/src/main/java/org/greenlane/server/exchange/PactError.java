package org.greenlane.server.exchange;

import org.springframework.http.HttpStatus;

/** A refusal on the PACT endpoints, answered as a PACT Error {@code {code, message}}. */
class PactError extends RuntimeException {

    private final PactErrorCode code;
    /** The HTTP status, which for authentication failures differs from the code's usual one (401 AccessDenied). */
    private final HttpStatus status;

    PactError(PactErrorCode code, String message) {
        this(code, code.status(), message);
    }

    PactError(PactErrorCode code, HttpStatus status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    static PactError badRequest(String message) {
        return new PactError(PactErrorCode.BadRequest, message);
    }

    PactErrorCode code() {
        return code;
    }

    HttpStatus status() {
        return status;
    }
}
