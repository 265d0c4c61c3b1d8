package org.greenlane.server.footprint.systems;

import org.greenlane.core.footprint.units.Quantity;
import org.greenlane.core.footprint.units.Unit;
import org.greenlane.core.footprint.units.Units;
import org.greenlane.server.platform.api.InvalidInput;

/** An amount and a unit symbol of the engine's unit table (kg, t, kWh, MJ, t*km, item, ...). */
public record QuantityDto(Double amount, String unit) {

    public static QuantityDto of(Quantity quantity) {
        return new QuantityDto(quantity.value(), quantity.unit().symbol());
    }

    Quantity toEngine(String field, boolean positive) {
        Unit u = unit(unit, field + ".unit");
        double value = amount(amount, field + ".amount", positive);
        return new Quantity(value, u);
    }

    static Unit unit(String symbol, String field) {
        if (symbol == null || symbol.isBlank()) {
            throw new InvalidInput(field, "is required");
        }
        return Units.find(symbol).orElseThrow(() -> new InvalidInput(field, "unknown unit '" + symbol
                + "'; use a symbol such as kg, t, kWh, MJ, L, m3, km, t*km, item"));
    }

    static double amount(Double value, String field, boolean positive) {
        if (value == null) {
            throw new InvalidInput(field, "is required");
        }
        if (!Double.isFinite(value) || value < 0 || (positive && value == 0)) {
            throw new InvalidInput(field, positive ? "must be a positive number" : "must not be negative");
        }
        return value;
    }
}
