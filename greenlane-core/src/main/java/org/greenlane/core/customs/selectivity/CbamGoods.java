package org.greenlane.core.customs.selectivity;

import java.util.List;

/**
 * Goods covered by the EU Carbon Border Adjustment Mechanism, as CN code prefixes from Annex I of
 * Regulation (EU) 2023/956: cement, electricity, fertilisers, iron and steel, aluminium, hydrogen.
 * Chapter 72 is covered except heading 7204 (ferrous waste and scrap) and the ferro-alloys of 7202
 * other than ferro-manganese (7202 11, 7202 19), ferro-chromium (7202 41, 7202 49) and ferro-nickel
 * (7202 60); 3105 is covered except 3105 60. A code shorter than a prefix (an HS6 code against the
 * eight-digit 2507 00 80) is not covered: the declaration must say more to be caught.
 */
final class CbamGoods {

    private static final List<String> COVERED = List.of(
            // cement
            "25070080", "252310", "252321", "252329", "252330", "252390",
            // electricity
            "2716",
            // fertilisers
            "2808", "2814", "283421", "3102", "310510", "310520", "310530", "310540", "310551", "310559", "310590",
            // iron and steel
            "260112", "7201", "720211", "720219", "720241", "720249", "720260", "7203",
            "7205", "7206", "7207", "7208", "7209", "7210", "7211", "7212", "7213", "7214", "7215", "7216", "7217",
            "7218", "7219", "7220", "7221", "7222", "7223", "7224", "7225", "7226", "7227", "7228", "7229",
            "7301", "7302", "7303", "7304", "7305", "7306", "7307", "7308", "7309", "7310", "7311", "7318", "7326",
            // aluminium
            "7601", "7603", "7604", "7605", "7606", "7607", "7608", "7609", "7610", "7611", "7612", "7613", "7614",
            "7616",
            // hydrogen
            "280410");

    private CbamGoods() {
    }

    static boolean covers(String hsCode) {
        for (String prefix : COVERED) {
            if (hsCode.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
