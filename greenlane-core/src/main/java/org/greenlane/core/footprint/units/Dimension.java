package org.greenlane.core.footprint.units;

/** The physical dimensions a footprint exchange can be measured in; each has one base unit. */
public enum Dimension {
    MASS("kg"),
    ENERGY("MJ"),
    VOLUME("m3"),
    DISTANCE("km"),
    MASS_DISTANCE("t*km"),
    ITEMS("item"),
    AREA("m2"),
    TIME("h");

    private final String baseSymbol;

    Dimension(String baseSymbol) {
        this.baseSymbol = baseSymbol;
    }

    public String baseSymbol() {
        return baseSymbol;
    }
}
