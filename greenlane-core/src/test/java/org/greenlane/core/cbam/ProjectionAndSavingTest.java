package org.greenlane.core.cbam;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenlane.core.cbam.Fixtures.CSCF_1;
import static org.greenlane.core.cbam.Fixtures.Q1_2026;
import static org.greenlane.core.cbam.Fixtures.SCOPE;

class ProjectionAndSavingTest {

    // XX direct reduced iron: 1.325 t/t (workbook DVs_as_adopted_v20260204, row 7203 00 00); benchmarks of CN 7203 10 00:
    // column A 0.295, column B 0.397 (Implementing Regulation (EU) 2025/2620)
    private static final CertificateCalculator CALC = new CertificateCalculator(SCOPE,
            TestTables.defaults("XX,_Other Countries and Territorie,72030000,\"Direct reduced iron\",ironSteel,1.325,,1.325,1.4575,1.59,1.7225,\n"),
            BenchmarkTable.of(TestTables.BENCHMARK_SOURCE, List.of(new Benchmark("72031000", Sector.IRON_AND_STEEL, "DRI",
                    List.of(new Benchmark.Value(new BigDecimal("0.295"), "", new BigDecimal("0.397"), "")), TestTables.BENCHMARK_SOURCE))),
            CSCF_1);
    private static final LocalDate DATE = LocalDate.of(2026, 2, 10);
    private static final ImportLine HBI_DEFAULTS = Fixtures.defaults("HBI", "72031000", "BR", "1000", DATE);

    private static PriceScenario flat(String name, String price) {
        Map<Integer, BigDecimal> prices = new HashMap<>();
        for (int y = 2026; y <= 2034; y++) {
            prices.put(y, new BigDecimal(price));
        }
        return new PriceScenario(name, prices, "EUR " + price + " in every year");
    }

    @Test
    void projectionFollowsTheCbamFactorAndTheMarkUps() {
        CostProjection p = CostProjection.project(List.of(HBI_DEFAULTS), List.of(flat("flat", "75.36"), flat("high", "120")), SCOPE, CALC);

        assertThat(p.rows()).hasSize(18);
        // 2026: 1.325 × 1.1 − 0.975 × 0.397 = 1.4575 − 0.387075 = 1.070425 t/t × 1000 t = 1070.425
        // 2027: 1.325 × 1.2 − 0.95 × 0.397 = 1.59 − 0.37715 = 1.21285 -> 1212.85
        // 2028: 1.325 × 1.3 − 0.9 × 0.397 = 1.7225 − 0.3573 = 1.3652 -> 1365.2
        // 2034: 1.325 × 1.3 − 0 × 0.397 = 1.7225 -> 1722.5
        assertThat(p.rows().get(0).certificates().value()).isEqualByComparingTo("1070.425");
        assertThat(p.rows().get(1).certificates().value()).isEqualByComparingTo("1212.85");
        assertThat(p.rows().get(2).certificates().value()).isEqualByComparingTo("1365.2");
        assertThat(p.rows().get(8).certificates().value()).isEqualByComparingTo("1722.5");
        // 1070.425 × 75.36 = 80667.228 -> EUR 80667.23; scenario "high": 1070.425 × 120 = 128451
        assertThat(p.rows().get(0).cost().value()).isEqualByComparingTo("80667.23");
        assertThat(p.rows().get(9).scenario()).isEqualTo("high");
        assertThat(p.rows().get(9).cost().value()).isEqualByComparingTo("128451.00");
        assertThat(p.rows().get(0).price().source().name()).isEqualTo("scenario flat");
    }

    @Test
    void projectionRefusesAScenarioWithAGap() {
        PriceScenario partial = new PriceScenario("partial", Map.of(2026, new BigDecimal("75.36")), "only 2026 known");

        assertThatThrownBy(() -> CostProjection.project(List.of(HBI_DEFAULTS), List.of(partial), SCOPE, CALC))
                .hasMessageContaining("price scenario partial has no price for 2027");
    }

    @Test
    void verifiedActualDataSaveAgainstDefaults() {
        // actual SEE 0.9 t/t: 0.9 − 0.975 × 0.295 = 0.9 − 0.287625 = 0.612375 t/t -> 612.375 certificates
        // defaults: 1070.425 certificates; saving 1070.425 − 612.375 = 458.05 certificates
        // euro: 80667.23 − 46148.58 (612.375 × 75.36 = 46148.58) = 34518.65
        ImportLine actual = Fixtures.actual("HBI", "72031000", "BR", "1000", DATE, Fixtures.communicated("72031000", "0.9", "0"), null);

        ActualDataSaving s = ActualDataSaving.compare(actual, new EmissionsBasis.DefaultValues(null, null), 2026, Q1_2026, CALC);

        assertThat(s.certificatesSaved().value()).isEqualByComparingTo("458.05");
        assertThat(s.eurSaved().value()).isEqualByComparingTo("34518.65");
        assertThat(s.withActualData().benchmarkPerUnit().value()).isEqualByComparingTo("0.295");
        assertThat(s.withDefaults().benchmarkPerUnit().value()).isEqualByComparingTo("0.397");
        assertThat(s.notices()).isEmpty();
    }

    @Test
    void actualDataWorseThanDefaultsShowAFlaggedNegativeSaving() {
        // actual 2.0 − 0.287625 = 1.712375 vs defaults 1.070425 -> −0.64195 t/t × 1000 = −641.95 certificates
        ImportLine actual = Fixtures.actual("HBI", "72031000", "BR", "1000", DATE, Fixtures.communicated("72031000", "2.0", "0"), null);

        ActualDataSaving s = ActualDataSaving.compare(actual, new EmissionsBasis.DefaultValues(null, null), 2026, Q1_2026, CALC);

        assertThat(s.certificatesSaved().value()).isEqualByComparingTo("-641.95");
        assertThat(s.notices()).singleElement().extracting(Notice::message).asString()
                .contains("actual data cost 641.95 certificates more than default values in 2026");
    }
}
