package org.greenlane.core.ledger.jcs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * ECMAScript Number::toString for finite doubles (ECMA-262 section 6.1.6.1.20), as RFC 8785 requires.
 * The digits are the fewest that read back as the same double, the closest of those to the exact
 * value, ties to even. Double.toString is not used: before JDK 19 it does not always give the
 * shortest digits (JDK-4511638).
 */
final class EcmaNumber {

    private static final int MAX_DIGITS = 17;

    private EcmaNumber() {
    }

    static String toString(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON numbers must be finite, was " + value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal digits = shortest(Math.abs(value)).stripTrailingZeros();
        String s = digits.unscaledValue().toString();
        int k = s.length();
        int n = k - digits.scale();
        StringBuilder out = new StringBuilder(value < 0 ? "-" : "");
        if (k <= n && n <= 21) {
            out.append(s).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(s, 0, n).append('.').append(s, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(s);
        } else {
            int exponent = n - 1;
            out.append(s.charAt(0));
            if (k > 1) {
                out.append('.').append(s, 1, k);
            }
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return out.toString();
    }

    /** The shortest decimal that reads back as {@code value}; of two, the closer, ties to an even last digit. */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= MAX_DIGITS; precision++) {
            BigDecimal down = exact.round(new MathContext(precision, RoundingMode.DOWN));
            BigDecimal up = exact.round(new MathContext(precision, RoundingMode.UP));
            boolean downReads = down.doubleValue() == value;
            boolean upReads = up.doubleValue() == value;
            if (downReads && upReads) {
                int closer = exact.subtract(down).compareTo(up.subtract(exact));
                if (closer != 0) {
                    return closer < 0 ? down : up;
                }
                return down.unscaledValue().testBit(0) ? up : down;
            }
            if (downReads) {
                return down;
            }
            if (upReads) {
                return up;
            }
        }
        throw new IllegalStateException("17 significant digits always identify a double; " + value + " did not");
    }
}
