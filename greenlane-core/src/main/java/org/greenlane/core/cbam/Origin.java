package org.greenlane.core.cbam;

import java.util.Locale;
import java.util.Set;

/**
 * Countries whose goods carry no CBAM charge: the Member States and the countries and territories of Annex III of
 * Regulation (EU) 2023/956 (Iceland, Liechtenstein, Norway, Switzerland; Büsingen, Heligoland and Livigno, which
 * share the codes of DE and IT, and Ceuta and Melilla, codes XC and XL in EU customs).
 */
public final class Origin {

    private static final Set<String> MEMBER_STATES = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "EL", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    private static final Set<String> ANNEX_III = Set.of("IS", "LI", "NO", "CH", "XC", "XL");

    private Origin() {
    }

    public static String requireCountry(String code, String what) {
        if (code == null || !code.strip().toUpperCase(Locale.ROOT).matches("[A-Z]{2}")) {
            throw new CbamInputException(what + ": '" + code + "' is not a two-letter country code");
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isExempt(String country) {
        String c = country.strip().toUpperCase(Locale.ROOT);
        return MEMBER_STATES.contains(c) || ANNEX_III.contains(c);
    }

    public static LegalBasis exemptionBasis(String country) {
        return MEMBER_STATES.contains(country.strip().toUpperCase(Locale.ROOT))
                ? LegalBasis.cbam("Article 2(1) (goods originating in the Union are not imports)")
                : LegalBasis.cbam("Annex III point 1 and 2 (countries and territories outside the scope)");
    }
}
