package org.greenlane.core.cbam;

/** The years the engine covers: the definitive period from 2026 to the end of the free-allocation phase-out in 2034. */
public final class DefinitivePeriod {

    public static final int FIRST_YEAR = 2026;
    public static final int LAST_YEAR = 2034;

    private DefinitivePeriod() {
    }

    public static int requireYear(int year, String what) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new CbamInputException(what + ": year " + year + " is outside the definitive period "
                    + FIRST_YEAR + "–" + LAST_YEAR + " that the engine covers");
        }
        return year;
    }
}
