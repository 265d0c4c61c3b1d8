package org.greenlane.server.platform.api;

/** A request body above the configured limit. */
public class RequestTooLarge extends RuntimeException {

    public RequestTooLarge(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes");
    }
}
