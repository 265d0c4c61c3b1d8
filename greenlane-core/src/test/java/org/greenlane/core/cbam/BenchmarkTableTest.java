package org.greenlane.core.cbam;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkTableTest {

    @Test
    void readsTheCommissionBenchmarkTable() throws Exception {
        BenchmarkTable table = TestTables.sharedBenchmarks();

        assertThat(table.size()).isEqualTo(570);
        // Implementing Regulation (EU) 2025/2620: 7203 10 00 direct reduced iron, column A 0.295, column B 0.397
        Benchmark dri = table.find(CnCode.parse("72031000")).orElseThrow();
        assertThat(dri.columnA(null).value()).isEqualByComparingTo("0.295");
        assertThat(dri.columnB(null, "").value()).isEqualByComparingTo("0.397");
        assertThat(dri.columnB(null, "").basis().provision()).contains("column B (default values)");
    }

    @Test
    void columnAWithoutRouteIsTheFirstValueNotTheMergedCellPadding() throws Exception {
        // 7208 10 00 hot-rolled coils: column A 0.044 once; column B 1.37 (C), 0.481 (D), 0.072 (E)
        Benchmark hotRolled = TestTables.sharedBenchmarks().find(CnCode.parse("72081000")).orElseThrow();

        assertThat(hotRolled.columnA("(D)").value()).isEqualByComparingTo("0.044");
        assertThat(hotRolled.columnB(null, "(C)").value()).isEqualByComparingTo("1.37");
        assertThat(hotRolled.columnB("(e)", "(C)").value()).isEqualByComparingTo("0.072");
        assertThatThrownBy(() -> hotRolled.columnB(null, "(F)"))
                .isInstanceOf(CbamInputException.class).hasMessageContaining("no route '(F)'").hasMessageContaining("(C), (D), (E)");
    }

    @Test
    void routeDependentColumnANeedsTheRoute() throws Exception {
        // 7601 10 10 unwrought aluminium: (K) 1.423 primary, (L) 0.091 secondary in both columns
        Benchmark aluminium = TestTables.sharedBenchmarks().find(CnCode.parse("76011010")).orElseThrow();

        assertThat(aluminium.columnA("(L)").value()).isEqualByComparingTo("0.091");
        assertThatThrownBy(() -> aluminium.columnA(null)).hasMessageContaining("depends on the production route; name one of [(K), (L)]");
    }

    @Test
    void refusesMalformedEntriesNamingTheField() {
        String bad = "[{\"cnCode\":\"72031000\",\"sector\":\"ironSteel\",\"description\":\"DRI\","
                + "\"benchmarkValues\":[{\"columnA\":-0.1,\"columnARoute\":null,\"columnB\":0.397,\"columnBRoute\":null}]}]";
        assertThatThrownBy(() -> BenchmarkTable.parse(new StringReader(bad), TestTables.BENCHMARK_SOURCE))
                .hasMessageContaining("entry 0 (CN 72031000) benchmarkValues[0]: field columnA: -0.1 is negative");
        assertThatThrownBy(() -> BenchmarkTable.parse(new StringReader("[{\"cnCode\":\"7203\"}]"), TestTables.BENCHMARK_SOURCE))
                .hasMessageContaining("field cnCode: '7203'");
    }
}
