package org.greenlane.core.cbam;

import java.util.Objects;

/** An 8-digit Combined Nomenclature code, the level at which CBAM goods are declared. */
public record CnCode(String digits) {

    public CnCode {
        Objects.requireNonNull(digits, "CN code");
        if (!digits.matches("\\d{8}")) {
            throw new CbamInputException("CN code '" + digits + "' must have exactly 8 digits");
        }
    }

    /** Accepts the printed forms "7208 51 20", "7208.51.20" and "72085120". */
    public static CnCode parse(String raw) {
        Objects.requireNonNull(raw, "CN code");
        return new CnCode(digitsOf(raw));
    }

    static String digitsOf(String raw) {
        return raw.replace(" ", "").replace(".", "").strip();
    }

    public String hs6() {
        return digits.substring(0, 6);
    }

    public String heading() {
        return digits.substring(0, 4);
    }

    /** The printed form of the regulation's annexes, e.g. "7208 51 20". */
    public String formatted() {
        return format(digits);
    }

    /** Formats any code or prefix in the nomenclature's 4-2-2 grouping ("7202 2", "7202 99 10"). */
    public static String format(String code) {
        if (code.length() <= 4) {
            return code;
        }
        if (code.length() <= 6) {
            return code.substring(0, 4) + " " + code.substring(4);
        }
        return code.substring(0, 4) + " " + code.substring(4, 6) + " " + code.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
