package org.greenlane.core.cbam;

import org.greenlane.core.cbam.internal.CsvReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Replays golden-facts.csv (the golden facts as data; each row cites its source) through the engine. */
class GoldenFactsTest {

    static List<CsvReader.Record> facts() throws IOException {
        try (InputStream in = GoldenFactsTest.class.getResourceAsStream("golden-facts.csv")) {
            return CsvReader.read(new InputStreamReader(Objects.requireNonNull(in, "golden-facts.csv"), StandardCharsets.UTF_8),
                    "golden-facts.csv", List.of("id", "kind", "cn", "country", "year", "tonnes", "value", "benchmark", "expected", "source"));
        }
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("facts")
    void goldenFact(CsvReader.Record fact) {
        CnCode cn = CnCode.parse(fact.get("cn"));
        AnnexIRow good = Fixtures.SCOPE.require(cn);
        int year = Integer.parseInt(fact.get("year"));
        BigDecimal expected = new BigDecimal(fact.get("expected"));
        LocalDate date = LocalDate.of(year, 2, 10);
        BigDecimal actual = switch (fact.get("kind")) {
            case "MARK_UP" -> defaults(fact, good).select(fact.get("country"), cn, null).markedUp(good, year).value();
            case "CERTIFICATES_ACTUAL" -> calculator(fact, good).assess(Fixtures.actual(fact.get("id"), cn.digits(), fact.get("country"), "1",
                    date, Fixtures.communicated(cn.digits(), fact.get("value"), "0"), null), year, Fixtures.Q1_2026).certificatesPerUnit().value();
            case "CERTIFICATES_DEFAULT" -> calculator(fact, good).assess(Fixtures.defaults(fact.get("id"), cn.digits(), "BR", "1", date),
                    year, Fixtures.Q1_2026).certificatesPerUnit().value();
            case "DE_MINIMIS" -> AnnualDeclaration.prepare("importer", year, List.of(Fixtures.actual(fact.get("id"), cn.digits(),
                            fact.get("country"), fact.get("tonnes"), date, Fixtures.communicated(cn.digits(), fact.get("value"), "0"), null)),
                    Fixtures.SCOPE, calculator(fact, good), CertificatePriceTable.published(), CertificatePriceTable.GapPolicy.FAIL)
                    .certificatesExact().value();
            default -> fail("unknown kind " + fact.get("kind") + " at line " + fact.line());
        };
        assertThat(actual).as("%s (%s)", fact.get("id"), fact.get("source")).isEqualByComparingTo(expected);
    }

    private static DefaultValueTable defaults(CsvReader.Record fact, AnnexIRow good) {
        String value = fact.get("value");
        String direct = good.indirectEmissionsCount() ? "" : value;
        return TestTables.defaults(fact.get("country") + ",golden," + fact.get("cn") + ",\"golden\"," + good.sector().workbookLabel()
                + "," + direct + ",," + value + ",,,,\n");
    }

    private static CertificateCalculator calculator(CsvReader.Record fact, AnnexIRow good) {
        String bm = fact.get("benchmark");
        return new CertificateCalculator(Fixtures.SCOPE, defaults(fact, good),
                BenchmarkTable.of(TestTables.BENCHMARK_SOURCE, List.of(Fixtures.benchmark(fact.get("cn"), good.sector(), bm, bm))),
                Fixtures.CSCF_1);
    }
}
