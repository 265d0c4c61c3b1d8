package org.greenlane.server.exchange.internal.pact;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * PACT v3 {@code declaredUnitOfMeasurement}, with the symbol of the same unit in the footprint
 * engine's unit table (greenlane-core {@code Units}), where the engine has one.
 */
public enum DeclaredUnitOfMeasurement {
    LITER("liter", "L"),
    KILOGRAM("kilogram", "kg"),
    CUBIC_METER("cubic meter", "m3"),
    KILOWATT_HOUR("kilowatt hour", "kWh"),
    MEGAJOULE("megajoule", "MJ"),
    TON_KILOMETER("ton kilometer", "t*km"),
    SQUARE_METER("square meter", "m2"),
    PIECE("piece", "item"),
    HOUR("hour", "h"),
    /** Data transmission; the engine has no such dimension. */
    MEGABIT_SECOND("megabit second", null);

    private final String text;
    private final String engineSymbol;

    DeclaredUnitOfMeasurement(String text, String engineSymbol) {
        this.text = text;
        this.engineSymbol = engineSymbol;
    }

    public static DeclaredUnitOfMeasurement of(String text) {
        return Arrays.stream(values()).filter(unit -> unit.text.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a PACT declared unit; use one of "
                        + Arrays.stream(values()).map(DeclaredUnitOfMeasurement::toString).collect(Collectors.joining(", "))));
    }

    public Optional<String> engineSymbol() {
        return Optional.ofNullable(engineSymbol);
    }

    @Override
    public String toString() {
        return text;
    }
}
