package org.greenlane.server.footprint.systems;

import org.greenlane.server.platform.api.InvalidInput;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values from user text, with an error that names the field and lists the choices. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E of(Class<E> type, String value, String field) {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new InvalidInput(field, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }
}
