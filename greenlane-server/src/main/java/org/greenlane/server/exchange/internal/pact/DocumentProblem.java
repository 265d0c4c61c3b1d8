package org.greenlane.server.exchange.internal.pact;

/** One thing wrong with a PACT document, at a JSON path such as {@code pcf.declaredUnitAmount}. */
public record DocumentProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
