package org.greenlane.server.footprint;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The unit a footprint is declared per. The values are PACT v3's {@code declaredUnitOfMeasurement}
 * codes (kilogram, ton, piece, square meter, cubic meter, kilowatt hour, megajoule, liter).
 */
public enum DeclaredUnit {
    KILOGRAM("kg"), TONNE("t"), ITEM("item"), SQUARE_METRE("m2"), CUBIC_METRE("m3"), KILOWATT_HOUR("kWh"),
    MEGAJOULE("MJ"), LITRE("l");

    private final String code;

    DeclaredUnit(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static DeclaredUnit of(String code) {
        return Arrays.stream(values()).filter(unit -> unit.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a declared unit; use one of "
                        + Arrays.stream(values()).map(DeclaredUnit::code).collect(Collectors.joining(", "))));
    }
}
