package org.greenlane.core.footprint.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The exact unit table (decision 010). Every factor is a definition, not a measurement:
 * SI prefixes, 1 kWh = 3.6 MJ, 1 lb = 0.45359237 kg (International yard and pound agreement, 1959),
 * 1 mi = 1.609344 km (same agreement), 1 nmi = 1.852 km (International Hydrographic Conference, 1929),
 * 1 US gal = 231 in3 = 3.785411784 L, 1 short ton = 2000 lb, 1 long ton = 2240 lb.
 */
public final class Units {

    private static final Map<String, Unit> TABLE = new LinkedHashMap<>();

    public static final Unit KG = define("kg", Dimension.MASS, "1");
    public static final Unit G = define("g", Dimension.MASS, "0.001");
    public static final Unit TONNE = define("t", Dimension.MASS, "1000");
    public static final Unit MJ = define("MJ", Dimension.ENERGY, "1");
    public static final Unit KWH = define("kWh", Dimension.ENERGY, "3.6");
    public static final Unit MWH = define("MWh", Dimension.ENERGY, "3600");
    public static final Unit GJ = define("GJ", Dimension.ENERGY, "1000");
    public static final Unit TJ = define("TJ", Dimension.ENERGY, "1000000");
    public static final Unit M3 = define("m3", Dimension.VOLUME, "1");
    public static final Unit LITRE = define("L", Dimension.VOLUME, "0.001");
    public static final Unit KM = define("km", Dimension.DISTANCE, "1");
    public static final Unit M = define("m", Dimension.DISTANCE, "0.001");
    public static final Unit TKM = define("t*km", Dimension.MASS_DISTANCE, "1");
    public static final Unit ITEM = define("item", Dimension.ITEMS, "1");
    public static final Unit M2 = define("m2", Dimension.AREA, "1");
    public static final Unit HOUR = define("h", Dimension.TIME, "1");

    static {
        define("mg", Dimension.MASS, "0.000001");
        define("kt", Dimension.MASS, "1000000");
        define("lb", Dimension.MASS, "0.45359237");
        define("short ton", Dimension.MASS, "907.18474");
        define("long ton", Dimension.MASS, "1016.0469088");
        define("J", Dimension.ENERGY, "0.000001");
        define("kJ", Dimension.ENERGY, "0.001");
        define("Wh", Dimension.ENERGY, "0.0036");
        define("GWh", Dimension.ENERGY, "3600000");
        define("PJ", Dimension.ENERGY, "1000000000");
        define("mL", Dimension.VOLUME, "0.000001");
        define("hL", Dimension.VOLUME, "0.1");
        define("US gal", Dimension.VOLUME, "0.003785411784");
        define("mi", Dimension.DISTANCE, "1.609344");
        define("nmi", Dimension.DISTANCE, "1.852");
        define("kg*km", Dimension.MASS_DISTANCE, "0.001");
        define("t*mi", Dimension.MASS_DISTANCE, "1.609344");
        define("t*nmi", Dimension.MASS_DISTANCE, "1.852");
        define("pcs", Dimension.ITEMS, "1");
        define("dozen", Dimension.ITEMS, "12");
        define("1000 items", Dimension.ITEMS, "1000");
        define("cm2", Dimension.AREA, "0.0001");
        define("ha", Dimension.AREA, "10000");
        define("km2", Dimension.AREA, "1000000");
        define("s", Dimension.TIME, "0.000277777777777777777777777777777778");
        define("min", Dimension.TIME, "0.0166666666666666666666666666666667");
        define("d", Dimension.TIME, "24");
        alias("tkm", "t*km");
        alias("tonne.km", "t*km");
        alias("tonne", "t");
        alias("l", "L");
        alias("kwh", "kWh");
        alias("mwh", "MWh");
        alias("items", "item");
        alias("piece", "pcs");
    }

    private Units() {
    }

    private static Unit define(String symbol, Dimension dimension, String toBase) {
        Unit unit = new Unit(symbol, dimension, new BigDecimal(toBase));
        TABLE.put(symbol, unit);
        return unit;
    }

    private static void alias(String alias, String symbol) {
        TABLE.put(alias, TABLE.get(symbol));
    }

    /** Looks a unit up by symbol (case-sensitive first, so "Mg" and "mg" stay distinct; then case-insensitive). */
    public static Optional<Unit> find(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        String trimmed = symbol.trim();
        Unit unit = TABLE.get(trimmed);
        if (unit == null) {
            String lower = trimmed.toLowerCase(Locale.ROOT);
            unit = TABLE.get(lower);
        }
        return Optional.ofNullable(unit);
    }

    /** Looks a unit up or fails naming it. */
    public static Unit of(String symbol) {
        return find(symbol).orElseThrow(() -> new UnitException("unknown unit '" + symbol + "'"));
    }

    public static Map<String, Unit> all() {
        return Collections.unmodifiableMap(TABLE);
    }

    /**
     * The exact factor turning an amount in {@code from} into {@code to}, rounded once to a double.
     *
     * @throws UnitException if the dimensions differ
     */
    public static double factor(Unit from, Unit to) {
        if (!from.isCompatibleWith(to)) {
            throw new UnitException("cannot convert " + from.symbol() + " (" + from.dimension() + ") to "
                    + to.symbol() + " (" + to.dimension() + ")");
        }
        if (from.equals(to)) {
            return 1.0;
        }
        return from.toBase().divide(to.toBase(), MathContext.DECIMAL128).doubleValue();
    }
}
