package org.greenlane.server.exchange.internal.pact;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The geography rules of PACT v3's CarbonFootprint: UN regions, ISO 3166-1 countries, ISO 3166-2 subdivisions. */
public final class Geography {

    /** UN geographic regions and subregions, as the v3 schema enumerates them. */
    static final Set<String> REGIONS = Set.of("Africa", "Americas", "Asia", "Europe", "Oceania",
            "Australia and New Zealand", "Central Asia", "Eastern Asia", "Eastern Europe",
            "Latin America and the Caribbean", "Melanesia", "Micronesia", "Northern Africa", "Northern America",
            "Northern Europe", "Polynesia", "South-eastern Asia", "Southern Asia", "Southern Europe",
            "Sub-Saharan Africa", "Western Asia", "Western Europe");
    static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    static final Pattern SUBDIVISION = Pattern.compile("^[A-Z]{2}-[A-Z0-9]{1,3}$");

    private Geography() {
    }

    static String region(String text) {
        if (!REGIONS.contains(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a UN region or subregion of the PACT list");
        }
        return text;
    }

    /**
     * The lower-cased names a geography filter matches: the declared region, country or subdivision,
     * and for a subdivision also its country (a footprint for CN-ZJ lies within CN).
     */
    public static Set<String> filterKeys(CarbonFootprint pcf) {
        Set<String> keys = new LinkedHashSet<>();
        if (pcf.geographyRegionOrSubregion() != null) {
            keys.add(pcf.geographyRegionOrSubregion().toLowerCase(Locale.ROOT));
        }
        if (pcf.geographyCountry() != null) {
            keys.add(pcf.geographyCountry().toLowerCase(Locale.ROOT));
        }
        if (pcf.geographyCountrySubdivision() != null) {
            String subdivision = pcf.geographyCountrySubdivision().toLowerCase(Locale.ROOT);
            keys.add(subdivision);
            keys.add(subdivision.substring(0, 2));
        }
        return keys;
    }

    /** The most specific geography declared, or null for a global footprint. */
    public static String declared(CarbonFootprint pcf) {
        if (pcf.geographyCountrySubdivision() != null) {
            return pcf.geographyCountrySubdivision();
        }
        return pcf.geographyCountry() != null ? pcf.geographyCountry() : pcf.geographyRegionOrSubregion();
    }
}
