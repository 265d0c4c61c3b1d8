package org.greenlane.core.cbam;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenlane.core.cbam.Fixtures.CSCF_1;
import static org.greenlane.core.cbam.Fixtures.Q1_2026;
import static org.greenlane.core.cbam.Fixtures.SCOPE;
import static org.greenlane.core.cbam.Fixtures.actual;
import static org.greenlane.core.cbam.Fixtures.benchmark;
import static org.greenlane.core.cbam.Fixtures.communicated;
import static org.greenlane.core.cbam.Fixtures.figure;

class CertificateCalculatorTest {

    private static final LocalDate FEB_2026 = LocalDate.of(2026, 2, 10);
    private static final DefaultValueTable NO_DEFAULTS = TestTables.defaults("");

    private static CertificateCalculator calculator(Benchmark... benchmarks) {
        return new CertificateCalculator(SCOPE, NO_DEFAULTS, BenchmarkTable.of(TestTables.BENCHMARK_SOURCE, List.of(benchmarks)), CSCF_1);
    }

    @Test
    void goldenActualDataOnePointTwoAgainstBenchmarkOne() {
        // Issue golden fact: SEE 1.2 t/t, benchmark 1.0, 2026 (CBAM factor 97.5 %), CSCF 1 -> 1.2 − 1.0 × 0.975 = 0.225
        LineAssessment a = calculator(benchmark("72085120", Sector.IRON_AND_STEEL, "1.0", "1.5"))
                .assess(actual("L1", "72085120", "TR", "100", FEB_2026, communicated("72085120", "1.2", "0"), null), 2026, Q1_2026);

        assertThat(a.certificatesPerUnit().value()).isEqualByComparingTo("0.225");
        assertThat(a.freeAllocationPerUnit().formula()).isEqualTo("CBAM factor 0.975 × CSCF 1 × benchmark 1");
        assertThat(a.benchmarkPerUnit().basis().provision()).contains("column A (actual data)");
        assertThat(a.certificates().value()).isEqualByComparingTo("22.5");      // 0.225 × 100 t
        assertThat(a.cost().value()).isEqualByComparingTo("1695.60");          // 22.5 × 75.36 = 1695.6
    }

    @Test
    void goldenHotBriquettedIronOnDefaults() throws Exception {
        // Issue golden fact: HBI (CN 7203) on defaults, 2026: 1.325 × 1.10 − 0.975 × 1 × 0.397 = 1.4575 − 0.387075 = 1.070425 t/t.
        // 1.325: XX row 7203 00 00 of the Commission workbook DVs_as_adopted_v20260204 (Implementing Regulation (EU) 2025/2621);
        // 0.397: column B of CN 7203 10 00 (Implementing Regulation (EU) 2025/2620).
        CertificateCalculator calc = new CertificateCalculator(SCOPE, TestTables.sharedDefaults(), TestTables.sharedBenchmarks(), CSCF_1);

        LineAssessment a = calc.assess(Fixtures.defaults("HBI", "72031000", "BR", "1000", FEB_2026), 2026, Q1_2026);

        assertThat(a.embeddedPerUnit().value()).isEqualByComparingTo("1.4575");
        assertThat(a.freeAllocationPerUnit().value()).isEqualByComparingTo("0.387075");
        assertThat(a.certificatesPerUnit().value()).isEqualByComparingTo("1.070425");
        assertThat(a.certificates().value()).isEqualByComparingTo("1070.425");
        assertThat(a.carbonPriceReductionPerUnit().formula()).contains("requires actual embedded emissions");
        assertThat(a.notices()).extracting(Notice::message).anyMatch(m -> m.contains("(XX) applies"));
    }

    @Test
    void article9DeductsTheCarbonPricePaidConvertedAtTheCertificatePrice() {
        // SEE 2.0, BM_A 1.5 -> obligation 2.0 − 0.975 × 1.5 = 0.5375 t/t.
        // China national ETS (illustrative): 90 CNY/t × 0.13 EUR/CNY × 0.2 t charged per t of good = 2.34 EUR/t
        // reduction = 2.34 / 75.36 = 0.031050955414 (12 decimals) -> 0.5375 − 0.031050955414 = 0.506449044586
        CarbonPricePaid chinaEts = new CarbonPricePaid("China national ETS", "CN", figure("ETS price", "90", "CNY/t CO2e"), "CNY",
                figure("exchange rate", "0.13", "EUR/CNY"), figure("emissions charged", "0.2", "t CO2e/t"));

        LineAssessment a = calculator(benchmark("72085120", Sector.IRON_AND_STEEL, "1.5", "1.5"))
                .assess(actual("L2", "72085120", "CN", "10", FEB_2026, communicated("72085120", "2.0", "0"), chinaEts), 2026, Q1_2026);

        assertThat(a.obligationPerUnit().value()).isEqualByComparingTo("0.5375");
        assertThat(a.carbonPriceReductionPerUnit().value()).isEqualByComparingTo("0.031050955414");
        assertThat(a.certificatesPerUnit().value()).isEqualByComparingTo("0.506449044586");
        assertThat(a.carbonPriceReductionPerUnit().basis().provision()).isEqualTo("Article 9");
    }

    @Test
    void neitherTheAdjustmentNorArticle9CanMakeTheObligationNegative() {
        CarbonPricePaid expensive = new CarbonPricePaid("domestic carbon tax", "KR", figure("tax", "200", "EUR/t CO2e"), "EUR",
                figure("rate", "1", "EUR/EUR"), figure("charged", "1", "t CO2e/t"));
        LineAssessment capped = calculator(benchmark("72085120", Sector.IRON_AND_STEEL, "0.5", "0.5"))
                .assess(actual("L3", "72085120", "KR", "10", FEB_2026, communicated("72085120", "1.0", "0"), expensive), 2026, Q1_2026);
        // obligation 1.0 − 0.975 × 0.5 = 0.5125; 200 / 75.36 = 2.65 certificates worth -> capped at 0.5125
        assertThat(capped.certificatesPerUnit().value()).isEqualByComparingTo("0");
        assertThat(capped.notices()).extracting(Notice::message).anyMatch(m -> m.contains("capped at the obligation (no refund)"));

        LineAssessment clean = calculator(benchmark("72085120", Sector.IRON_AND_STEEL, "1.0", "1.0"))
                .assess(actual("L4", "72085120", "KR", "10", FEB_2026, communicated("72085120", "0.1", "0"), null), 2026, Q1_2026);
        // 0.1 − 0.975 × 1.0 = −0.875 -> 0, with a notice naming the rule
        assertThat(clean.obligationPerUnit().value()).isEqualByComparingTo("0");
        assertThat(clean.obligationPerUnit().formula()).startsWith("max(0, ");
        assertThat(clean.notices()).extracting(Notice::basis).extracting(LegalBasis::provision).contains("035 negative values");
    }

    @Test
    void indirectEmissionsCountForCementButNotForAnnexIIGoods() {
        // cement clinker: (0.8 + 0.05) − 0.975 × 0.7 = 0.85 − 0.6825 = 0.1675
        LineAssessment clinker = calculator(benchmark("25231000", Sector.CEMENT, "0.7", "0.7"))
                .assess(actual("C", "25231000", "TR", "1", FEB_2026, communicated("25231000", "0.8", "0.05"), null), 2026, Q1_2026);
        assertThat(clinker.certificatesPerUnit().value()).isEqualByComparingTo("0.1675");

        // steel: indirect 0.3 is not counted (Annex II): 1.2 − 0.975 × 1.0 = 0.225
        LineAssessment steel = calculator(benchmark("72085120", Sector.IRON_AND_STEEL, "1.0", "1.0"))
                .assess(actual("S", "72085120", "TR", "1", FEB_2026, communicated("72085120", "1.2", "0.3"), null), 2026, Q1_2026);
        assertThat(steel.certificatesPerUnit().value()).isEqualByComparingTo("0.225");
        assertThat(steel.embeddedPerUnit().formula()).contains("indirect 0.3 not counted: Annex II");
    }

    @Test
    void electricityHasNoFreeAllocationAdjustment() {
        // 100 MWh at 0.6 t CO2e/MWh -> 60 certificates, benchmark 0 by rule
        LineAssessment power = calculator().assess(actual("E", "27160000", "RS", "100", FEB_2026,
                communicated("27160000", "0.6", "0"), null), 2026, Q1_2026);

        assertThat(power.certificates().value()).isEqualByComparingTo("60");
        assertThat(power.benchmarkPerUnit().label()).contains("electricity: no free allocation");
        assertThat(power.certificatesPerUnit().unit()).isEqualTo("certificates/MWh");
    }

    /**
     * Free-allocation adjustment with actual data recurses over the precursors (chain of EmbeddedEmissionsCalculatorTest):
     * BM(pig iron) = 1.3 + (800/500 = 1.6) × BM(sinter) 0.1 = 1.46;
     * BM(steel) = 0.05 + (450/400 = 1.125) × 1.46 + (5/400) × 0 [Norway: exempt] + (2/400 = 0.005) × 1.1 [supplier]
     *           = 0.05 + 1.6425 + 0.0055 = 1.698;
     * certificates per t = SEE_dir 1.97 − 0.975 × 1.698 = 1.97 − 1.65555 = 0.31445 (indirect not counted: Annex II).
     */
    @Test
    void actualDataBenchmarkRecursesOverPrecursors() {
        EmbeddedEmissions chain = ChainFixture.steel();
        CertificateCalculator calc = calculator(benchmark("72085120", Sector.IRON_AND_STEEL, "0.05", "1.37"),
                benchmark("72011011", Sector.IRON_AND_STEEL, "1.3", "1.3"), benchmark("26011200", Sector.IRON_AND_STEEL, "0.1", "0.1"),
                benchmark("72024110", Sector.IRON_AND_STEEL, "1.1", "1.1"));

        LineAssessment a = calc.assess(actual("HR", "72085120", "UA", "400", FEB_2026, chain, null), 2026, Q1_2026);

        assertThat(a.benchmarkPerUnit().value()).isEqualByComparingTo("1.698");
        assertThat(a.certificatesPerUnit().value()).isEqualByComparingTo("0.31445");
        assertThat(a.notices()).extracting(Notice::message).anyMatch(m -> m.contains("ferro-chromium") && m.contains("conservative"));
    }

    @Test
    void badInputIsRefusedNamingTheLine() {
        CertificateCalculator calc = calculator(benchmark("72085120", Sector.IRON_AND_STEEL, "1.0", "1.0"));
        EmbeddedEmissions ee = communicated("72085120", "1.2", "0");

        assertThatThrownBy(() -> calc.assess(actual("Y", "72085120", "TR", "1", FEB_2026, ee, null), 2035, Q1_2026))
                .hasMessageContaining("line Y: year 2035 is outside the definitive period 2026–2034");
        assertThatThrownBy(() -> calc.assess(Fixtures.defaults("U", "09011100", "BR", "1", FEB_2026), 2026, Q1_2026))
                .hasMessageContaining("line U: CN 0901 11 00 is not a CBAM good");
        assertThatThrownBy(() -> calc.assess(actual("N", "72085120", "NO", "1", FEB_2026, ee, null), 2026, Q1_2026))
                .hasMessageContaining("line N: goods originating in NO are not subject to the CBAM");
        assertThatThrownBy(() -> actual("M", "72085120", "TR", "-5", FEB_2026, ee, null))
                .hasMessageContaining("line M: net mass must be zero or more, was -5");
        assertThatThrownBy(() -> actual("X", "72081000", "TR", "5", FEB_2026, ee, null))
                .hasMessageContaining("line X: actual data are for CN 7208 51 20, the line declares CN 7208 10 00");
        assertThatThrownBy(() -> calc.assess(Fixtures.defaults("D", "72085120", "TR", "1", FEB_2026), 2026, Q1_2026))
                .hasMessageContaining("line D: no default value for CN 7208 51 20 from TR");
    }

    @Test
    void missingBenchmarkGivesNoAdjustmentWithANotice() {
        LineAssessment a = calculator().assess(actual("B", "73269098", "IN", "1", FEB_2026,
                communicated("73269098", "2", "0"), null), 2026, Q1_2026);

        assertThat(a.certificatesPerUnit().value()).isEqualByComparingTo("2");
        assertThat(a.notices()).extracting(Notice::message).anyMatch(m -> m.contains("no benchmark for CN 7326 90 98"));
    }

    @Test
    void priceTableGapIsAnErrorOrAnExplicitRecordedFallback() {
        CertificateCalculator calc = calculator(benchmark("72085120", Sector.IRON_AND_STEEL, "1.0", "1.0"));
        ImportLine may = actual("Q2", "72085120", "TR", "10", LocalDate.of(2026, 5, 4), communicated("72085120", "1.2", "0"), null);

        assertThatThrownBy(() -> calc.assess(may, CertificatePriceTable.published(), CertificatePriceTable.GapPolicy.FAIL))
                .hasMessageContaining("no CBAM certificate price for 2026-Q2 (import date 2026-05-04)");
        LineAssessment a = calc.assess(may, CertificatePriceTable.published(), CertificatePriceTable.GapPolicy.USE_LATEST_EARLIER_PRICE);
        assertThat(a.certificatePrice().value()).isEqualByComparingTo("75.36");
        assertThat(a.notices()).extracting(Notice::message).anyMatch(m -> m.contains("the price of 2026-Q1, EUR 75.36, is used as an explicit fallback"));
    }

    @Test
    void cbamFactorScheduleFollowsThePhaseOut() {
        // Article 10a(1a) of Directive 2003/87/EC: 97.5, 95, 90, 77.5, 51.5, 39, 26.5, 14, 0 % for 2026–2034
        String[] expected = {"0.975", "0.95", "0.9", "0.775", "0.515", "0.39", "0.265", "0.14", "0"};
        for (int y = 2026; y <= 2034; y++) {
            assertThat(CbamFactor.forYear(y).value()).as("year %d", y).isEqualByComparingTo(new BigDecimal(expected[y - 2026]));
        }
        assertThatThrownBy(() -> CbamFactor.forYear(2025)).hasMessageContaining("year 2025 is outside");
    }
}
