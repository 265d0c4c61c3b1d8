package org.greenlane.server.footprint.results;

/**
 * The product system is well formed but cannot be calculated as it stands (a missing provider or factor, a loop
 * that cannot supply itself); the message comes from the engine and names the process and exchange.
 */
public class CalculationRefused extends RuntimeException {

    public CalculationRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
