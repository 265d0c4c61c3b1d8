package org.greenlane.core.cbam.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic rules of the CBAM engine (decision 030): additions and products are exact;
 * only divisions round, to {@value #DIVISION_SCALE} decimal places, half up.
 */
public final class Decimals {

    public static final int DIVISION_SCALE = 12;

    private Decimals() {
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, DIVISION_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Plain notation without trailing zeros, as the figures appear in the regulation's tables. */
    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
