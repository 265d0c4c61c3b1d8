package org.greenlane.core.footprint.factors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Regions and their parents, for the factor fallback chain: a Chinese province falls back to its regional grid,
 * a grid region or any ISO 3166-2 subdivision to its country, a country to its UN M49 continent, a continent to
 * GLOBAL. Codes: ISO 3166-1 alpha-2 countries, ISO 3166-2 subdivisions, China's grids CN-N, CN-NE, CN-E, CN-C,
 * CN-NW, CN-S, continents AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA.
 */
public final class RegionHierarchy {

    public static final String GLOBAL = "GLOBAL";

    private final Map<String, String> parent;

    private RegionHierarchy(Map<String, String> parent) {
        this.parent = Map.copyOf(parent);
    }

    /**
     * The standard hierarchy. Continents follow the UN M49 standard (regions 002, 019, 142, 150, 009).
     * China's provinces map to the six regional grids as NDRC/MEE define them for grid emission factors
     * (North: Beijing, Tianjin, Hebei, Shanxi, Shandong, Inner Mongolia; Northeast: Liaoning, Jilin, Heilongjiang;
     * East: Shanghai, Jiangsu, Zhejiang, Anhui, Fujian; Central: Henan, Hubei, Hunan, Jiangxi, Sichuan, Chongqing;
     * Northwest: Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang; South: Guangdong, Guangxi, Yunnan, Guizhou, Hainan).
     * Tibet (CN-XZ) belongs to none of the six and falls back to CN.
     */
    public static RegionHierarchy standard() {
        Map<String, String> parent = new HashMap<>();
        for (String c : List.of("AFRICA", "AMERICAS", "ASIA", "EUROPE", "OCEANIA")) {
            parent.put(c, GLOBAL);
        }
        continent(parent, "AFRICA", "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS "
                + "LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW");
        continent(parent, "AMERICAS", "AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY "
                + "PE PR KN LC VC SR TT US UY VE");
        continent(parent, "ASIA", "AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV "
                + "MN MM NP KP OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE");
        continent(parent, "EUROPE", "AL AD AT BY BE BA BG HR CZ DK EE FI FR DE GR HU IS IE IT LV LI LT LU MT MD MC "
                + "ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH UA GB VA");
        continent(parent, "OCEANIA", "AU FJ KI MH FM NR NZ PW PG WS SB TO TV VU");
        grid(parent, "CN-N", "BJ TJ HE SX SD NM");
        grid(parent, "CN-NE", "LN JL HL");
        grid(parent, "CN-E", "SH JS ZJ AH FJ");
        grid(parent, "CN-C", "HA HB HN JX SC CQ");
        grid(parent, "CN-NW", "SN GS QH NX XJ");
        grid(parent, "CN-S", "GD GX YN GZ HI");
        parent.put("CN-XZ", "CN");
        return new RegionHierarchy(parent);
    }

    private static void continent(Map<String, String> parent, String continent, String countries) {
        for (String c : countries.split(" ")) {
            parent.put(c, continent);
        }
    }

    private static void grid(Map<String, String> parent, String grid, String provinces) {
        parent.put(grid, "CN");
        for (String p : provinces.split(" ")) {
            parent.put("CN-" + p, grid);
        }
    }

    /** Normalises a code: trimmed, upper case. */
    public static String normalise(String region) {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("region must not be blank");
        }
        return region.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * The region itself followed by each fallback up to GLOBAL.
     *
     * @throws IllegalArgumentException naming the region if it is unknown
     */
    public List<String> fallbackChain(String region) {
        String code = normalise(region);
        List<String> chain = new ArrayList<>();
        chain.add(code);
        String current = code;
        while (!current.equals(GLOBAL)) {
            String up = parentOf(current);
            if (up == null) {
                throw new IllegalArgumentException("unknown region '" + region + "'");
            }
            chain.add(up);
            current = up;
        }
        return Collections.unmodifiableList(chain);
    }

    /** The grid region a Chinese province belongs to, if any; other regions map to themselves. */
    public String gridRegion(String region) {
        String code = normalise(region);
        String up = parent.get(code);
        return up != null && up.startsWith("CN-") ? up : code;
    }

    private String parentOf(String code) {
        String known = parent.get(code);
        if (known != null) {
            return known;
        }
        // Any ISO 3166-2 subdivision of a known country falls back to the country.
        int dash = code.indexOf('-');
        if (dash == 2 && code.length() > 3 && code.length() <= 6 && parent.containsKey(code.substring(0, 2))) {
            return code.substring(0, 2);
        }
        return null;
    }
}
