package org.greenlane.server.footprint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GtinTest {

    @Test
    void computesTheGs1CheckDigit() {
        // GS1 General Specifications §7.9.1 example 629104150021: weighted sum 57 → check digit 3.
        assertThat(Gtin.checkDigit("0629104150021")).isEqualTo(3);
        // 400638133393: weighted sum (weights 3, 1 from the right) = 89 → (10 - 89 % 10) % 10 = 1.
        assertThat(Gtin.checkDigit("0400638133393")).isEqualTo(1);
    }

    @Test
    void normalisesEveryLengthToGtin14() {
        assertThat(Gtin.normalise("96385074")).hasValue("00000096385074");
        assertThat(Gtin.normalise("4006381333931")).hasValue("04006381333931");
        assertThat(Gtin.normalise("06291041500213")).hasValue("06291041500213");
    }

    @Test
    void rejectsWrongCheckDigitsAndLengths() {
        assertThat(Gtin.normalise("4006381333932")).isEmpty();
        assertThat(Gtin.normalise("12345")).isEmpty();
        assertThat(Gtin.normalise("40063813339a1")).isEmpty();
        assertThat(Gtin.normalise(null)).isEmpty();
    }
}
