package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small builders shared by the certificate tests. */
final class Fixtures {

    static final GoodsScope SCOPE = GoodsScope.annexI();
    static final DataSource OPERATOR = DataSource.userInput("verified emissions data communication");
    static final CrossSectoralCorrection CSCF_1 = CrossSectoralCorrection.uniform(BigDecimal.ONE, DataSource.userInput("CSCF 1 (test)"));
    static final Figure Q1_2026 = CertificatePriceTable.published().priceFor(LocalDate.of(2026, 2, 10),
            CertificatePriceTable.GapPolicy.FAIL, new java.util.ArrayList<>());

    private Fixtures() {
    }

    static Figure figure(String label, String value, String unit) {
        return Figure.given(label, new BigDecimal(value), unit, LegalBasis.cbam("Annex IV"), OPERATOR);
    }

    static EmbeddedEmissions communicated(String cn, String direct, String indirect) {
        return EmbeddedEmissions.communicated(CnCode.parse(cn), "", figure("SEE_dir", direct, "t CO2e/t"), figure("SEE_indir", indirect, "t CO2e/t"));
    }

    static Benchmark benchmark(String cn, Sector sector, String columnA, String columnB) {
        return new Benchmark(cn, sector, "test benchmark", List.of(new Benchmark.Value(new BigDecimal(columnA), "", new BigDecimal(columnB), "")),
                TestTables.BENCHMARK_SOURCE);
    }

    static ImportLine actual(String id, String cn, String country, String tonnes, LocalDate date, EmbeddedEmissions ee, CarbonPricePaid cpp) {
        return new ImportLine(id, CnCode.parse(cn), country, new BigDecimal(tonnes), date, new EmissionsBasis.ActualData(ee, null, cpp));
    }

    static ImportLine defaults(String id, String cn, String country, String tonnes, LocalDate date) {
        return new ImportLine(id, CnCode.parse(cn), country, new BigDecimal(tonnes), date, new EmissionsBasis.DefaultValues(null, null));
    }
}
