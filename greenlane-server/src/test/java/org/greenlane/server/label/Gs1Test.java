package org.greenlane.server.label;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class Gs1Test {

    @Test
    void gtin14CheckDigitFollowsTheGs1Algorithm() {
        // GS1 General Specifications 7.9.1 worked example: 0 0 0 1 2 3 4 5 6 7 8 9 0 has check digit 5.
        assertThat(Gs1.checkDigit("0001234567890")).isEqualTo(5);
        assertThat(Gs1.gtin14Problem("00012345678905")).isEmpty();
        // The demo coil's GTIN (EAN-13 6901234500011 padded), and a GTIN-14 with a packaging indicator.
        assertThat(Gs1.gtin14Problem("06901234500011")).isEmpty();
        assertThat(Gs1.gtin14Problem("10012345678902")).isEmpty();
    }

    @Test
    void wrongCheckDigitOrLengthIsNamed() {
        assertThat(Gs1.gtin14Problem("00012345678906")).hasValue("the check digit of 00012345678906 should be 5");
        assertThat(Gs1.gtin14Problem("6901234500011")).hasValue("a GTIN-14 has exactly 14 digits");
        assertThat(Gs1.gtin14Problem("0001234567890A")).hasValue("a GTIN-14 has exactly 14 digits");
        assertThat(Gs1.gtin14Problem(null)).isPresent();
    }

    @Test
    void batchIsUpToTwentyCharactersOfSet82() {
        assertThat(Gs1.batchProblem("HRC2025-07A")).isEmpty();
        assertThat(Gs1.batchProblem("A1.b_2(3)+&<=>?:,!'\"*")).hasValueSatisfying(p -> assertThat(p).contains("at most 20"));
        assertThat(Gs1.batchProblem("A1.b_2(3)+&<=>?:,!'*")).isEmpty();
        assertThat(Gs1.batchProblem("12345678901234567890")).isEmpty();
        assertThat(Gs1.batchProblem("")).isPresent();
        assertThat(Gs1.batchProblem("LOT 1")).hasValueSatisfying(p -> assertThat(p).contains("' ' is not in the GS1 character set 82"));
        assertThat(Gs1.batchProblem("LOT#1")).hasValueSatisfying(p -> assertThat(p).contains("'#'"));
        assertThat(Gs1.batchProblem("批次1")).isPresent();
        assertThat(Gs1.batchProblem("A/B")).hasValueSatisfying(p -> assertThat(p).contains("cannot travel"));
        assertThat(Gs1.batchProblem("..")).isPresent();
    }

    @Test
    void digitalLinkPercentEncodesTheBatch() {
        UUID product = UUID.fromString("7c1e0f9e-5d0a-4c55-9a3e-0d6f2f1e9b10");
        assertThat(new DigitalLink("https://labels.example", "06901234500011", product, "HRC2025-07A").uri())
                .isEqualTo("https://labels.example/01/06901234500011/10/HRC2025-07A");
        assertThat(new DigitalLink("https://labels.example", "06901234500011", product, null).uri())
                .isEqualTo("https://labels.example/01/06901234500011");
        assertThat(new DigitalLink("https://labels.example", null, product, "A+B&C").path())
                .isEqualTo("/p/7c1e0f9e-5d0a-4c55-9a3e-0d6f2f1e9b10/10/A%2BB%26C");
    }
}
