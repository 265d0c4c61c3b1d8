package org.greenlane.server.footprint;

import java.util.Optional;

/**
 * GS1 Global Trade Item Numbers. GTIN-8, -12, -13 and -14 are all stored as GTIN-14 (left-padded
 * with zeros), the form a GS1 Digital Link URI uses; the check digit must be right.
 */
final class Gtin {

    private Gtin() {
    }

    /** The GTIN-14 form, or empty when the value is not a valid GTIN. */
    static Optional<String> normalise(String value) {
        if (value == null || !value.matches("\\d{8}|\\d{12}|\\d{13}|\\d{14}")) {
            return Optional.empty();
        }
        String gtin14 = "0".repeat(14 - value.length()) + value;
        return checkDigit(gtin14.substring(0, 13)) == gtin14.charAt(13) - '0' ? Optional.of(gtin14) : Optional.empty();
    }

    /** GS1 General Specifications §7.9.1: weights 3 and 1 alternating from the right, modulo 10. */
    static int checkDigit(String first13) {
        int sum = 0;
        for (int i = 0; i < first13.length(); i++) {
            int digit = first13.charAt(first13.length() - 1 - i) - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }
}
