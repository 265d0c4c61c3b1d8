package org.greenlane.core.ledger.jcs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EcmaNumberTest {

    /** RFC 8785 Appendix B, "Number Serialization Samples": IEEE 754 bits and the expected JSON text. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2"})
    void rfc8785AppendixB(String bits, String expected) {
        assertThat(EcmaNumber.toString(Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16)))).isEqualTo(expected);
    }

    @Test
    void nonFiniteValuesHaveNoJsonForm() {
        // RFC 8785 Appendix B lists 7fffffffffffffff (NaN) and 7ff0000000000000 (Infinity) as errors.
        assertThatThrownBy(() -> EcmaNumber.toString(Double.longBitsToDouble(0x7fffffffffffffffL)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EcmaNumber.toString(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void javaWritesTheseDifferently() {
        // Double.toString gives "2.82879384806159008E17" on JDK 17 (JDK-4511638); ECMAScript gives the
        // shortest digits, and switches to exponents only from 1e21 and below 1e-6.
        assertThat(EcmaNumber.toString(2.82879384806159E17)).isEqualTo("282879384806159000");
        assertThat(EcmaNumber.toString(1e20)).isEqualTo("100000000000000000000");
        assertThat(EcmaNumber.toString(1e-7)).isEqualTo("1e-7");
        assertThat(EcmaNumber.toString(123.456)).isEqualTo("123.456");
        assertThat(EcmaNumber.toString(-1.5e300)).isEqualTo("-1.5e+300");
    }

    @Test
    void randomDoublesReadBackWithNoShorterForm() {
        SplittableRandom random = new SplittableRandom(8785);
        for (int i = 0; i < 5_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(value) || value == 0) {
                continue;
            }
            String text = EcmaNumber.toString(value);
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(value);
            BigDecimal exact = new BigDecimal(Math.abs(value));
            int digits = new BigDecimal(text.replace("-", "")).stripTrailingZeros().precision();
            if (digits > 1) {
                MathContext shorter = new MathContext(digits - 1, RoundingMode.DOWN);
                MathContext shorterUp = new MathContext(digits - 1, RoundingMode.UP);
                assertThat(exact.round(shorter).doubleValue()).as("%s has a shorter form", text).isNotEqualTo(Math.abs(value));
                assertThat(exact.round(shorterUp).doubleValue()).as("%s has a shorter form", text).isNotEqualTo(Math.abs(value));
            }
        }
    }
}
