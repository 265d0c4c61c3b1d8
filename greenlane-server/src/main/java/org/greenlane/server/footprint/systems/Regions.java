package org.greenlane.server.footprint.systems;

import org.greenlane.core.footprint.factors.RegionHierarchy;

/** The standard region hierarchy, built once: region codes in requests are checked against it. */
public final class Regions {

    public static final RegionHierarchy STANDARD = RegionHierarchy.standard();

    private Regions() {
    }

    /** True if the code is a known region (country, subdivision, China grid, continent or GLOBAL). */
    public static boolean known(String code) {
        try {
            STANDARD.fallbackChain(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
