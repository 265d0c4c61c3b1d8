package org.greenlane.core.cbam;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenlane.core.cbam.Fixtures.CSCF_1;
import static org.greenlane.core.cbam.Fixtures.SCOPE;
import static org.greenlane.core.cbam.Fixtures.actual;
import static org.greenlane.core.cbam.Fixtures.benchmark;
import static org.greenlane.core.cbam.Fixtures.communicated;

class AnnualDeclarationTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);
    private static final CertificateCalculator CALC = new CertificateCalculator(SCOPE, TestTables.defaults(""),
            BenchmarkTable.of(TestTables.BENCHMARK_SOURCE, List.of(benchmark("72085120", Sector.IRON_AND_STEEL, "1.0", "1.0"),
                    benchmark("28041000", Sector.HYDROGEN, "5.089", "5.089"))), CSCF_1);

    private static AnnualDeclaration declare(ImportLine... lines) {
        return AnnualDeclaration.prepare("DE-IMPORTER-1", 2026, List.of(lines), SCOPE, CALC, CertificatePriceTable.published(),
                CertificatePriceTable.GapPolicy.FAIL);
    }

    private static ImportLine steel(String id, String tonnes) {
        return actual(id, "72085120", "TR", tonnes, MARCH, communicated("72085120", "1.2", "0"), null);
    }

    @Test
    void fortyNineTonnesOfSteelOweNothing() {
        // De minimis (Regulation (EU) 2023/956 as amended by 2025/2083): 49 t <= 50 t -> exempt
        AnnualDeclaration d = declare(steel("A", "30"), steel("B", "19"));

        assertThat(d.deMinimis().exempt()).isTrue();
        assertThat(d.certificatesToSurrender().value()).isEqualByComparingTo("0");
        assertThat(d.lines()).allSatisfy(l -> assertThat(l.status()).isEqualTo("exempt (de minimis)"));
        assertThat(d.surrenderDeadline()).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void fiftyOneTonnesAllCount() {
        // 51 t > 50 t: all 51 t count; 0.225 certificates per t (1.2 − 0.975 × 1.0) × 51 t = 11.475 -> 12 whole certificates
        AnnualDeclaration d = declare(steel("A", "30"), steel("B", "21"));

        assertThat(d.deMinimis().exempt()).isFalse();
        assertThat(d.deMinimis().countedMass().value()).isEqualByComparingTo("51");
        assertThat(d.certificatesExact().value()).isEqualByComparingTo("11.475");
        assertThat(d.certificatesToSurrender().value()).isEqualByComparingTo("12");
        // 11.475 × 75.36 = 864.756 -> 30 × 0.225 × 75.36 = 508.68 and 21 × 0.225 × 75.36 = 356.076 -> 356.08; total 864.76
        assertThat(d.estimatedCost().value()).isEqualByComparingTo("864.76");
        assertThat(d.embeddedEmissions().value()).isEqualByComparingTo("61.2"); // 51 × 1.2
    }

    @Test
    void oneTonneOfHydrogenAlwaysCounts() {
        // Hydrogen is outside the de minimis exemption: 1 t at SEE 10 -> 10 − 0.975 × 5.089 = 10 − 4.961775 = 5.038225
        AnnualDeclaration d = declare(steel("A", "10"),
                actual("H", "28041000", "MA", "1", MARCH, communicated("28041000", "10", "0"), null));

        assertThat(d.deMinimis().exempt()).isTrue();
        assertThat(d.deMinimis().countedMass().value()).isEqualByComparingTo("10");
        assertThat(d.lines().get(0).certificates().value()).isEqualByComparingTo("0");
        assertThat(d.lines().get(1).certificates().value()).isEqualByComparingTo("5.038225");
        assertThat(d.certificatesToSurrender().value()).isEqualByComparingTo("6");
    }

    @Test
    void exactlyFiftyTonnesIsStillExempt() {
        assertThat(declare(steel("A", "50")).deMinimis().exempt()).isTrue();
    }

    @Test
    void linesOfAnotherYearAreRefused() {
        ImportLine late = actual("L", "72085120", "TR", "1", LocalDate.of(2027, 1, 5), communicated("72085120", "1.2", "0"), null);

        assertThatThrownBy(() -> declare(steel("A", "1"), late))
                .hasMessageContaining("annual declaration 2026: line L was imported on 2027-01-05");
        assertThatThrownBy(() -> AnnualDeclaration.prepare("X", 2035, List.of(), SCOPE, CALC, CertificatePriceTable.published(),
                CertificatePriceTable.GapPolicy.FAIL)).hasMessageContaining("year 2035");
    }
}
