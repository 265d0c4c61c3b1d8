package org.greenlane.server.exchange;

import org.springframework.http.HttpStatus;

/** The error codes of PACT v3 with the HTTP status each is answered with. */
enum PactErrorCode {
    BadRequest(HttpStatus.BAD_REQUEST),
    AccessDenied(HttpStatus.FORBIDDEN),
    TokenExpired(HttpStatus.UNAUTHORIZED),
    NotFound(HttpStatus.NOT_FOUND),
    InternalError(HttpStatus.INTERNAL_SERVER_ERROR),
    NotImplemented(HttpStatus.NOT_IMPLEMENTED);

    private final HttpStatus status;

    PactErrorCode(HttpStatus status) {
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    /** The code for an HTTP status raised outside our controllers (unknown path, wrong method, container limits). */
    static PactErrorCode forStatus(int status) {
        return switch (status) {
            case 400, 406, 411, 413, 414, 415, 431 -> BadRequest;
            case 401, 403 -> AccessDenied;
            case 404 -> NotFound;
            case 405, 501 -> NotImplemented;
            default -> InternalError;
        };
    }
}
