package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.util.List;

/** The three-level chain of EmbeddedEmissionsCalculatorTest, reused by the certificate tests. */
final class ChainFixture {

    private ChainFixture() {
    }

    static AttributedEmissions reported(String direct, String indirect) {
        return AttributedEmissions.reported(Fixtures.figure("AttrEm_dir", direct, "t CO2e"), Fixtures.figure("AttrEm_indir", indirect, "t CO2e"));
    }

    static List<ProductionProcess> processes() {
        CnCode sinter = CnCode.parse("2601 12 00");
        CnCode pigIron = CnCode.parse("7201 10 11");
        return List.of(
                new ProductionProcess("P1", CnCode.parse("7208 51 20"), "(C)", new BigDecimal("400"), reported("100", "40"), List.of(
                        new PrecursorUse("pig iron", pigIron, new BigDecimal("450"), new PrecursorSource.OwnProcess("P2")),
                        new PrecursorUse("ferro-manganese", CnCode.parse("7202 11 20"), new BigDecimal("5"), new PrecursorSource.Purchased("NO", null)),
                        new PrecursorUse("ferro-chromium", CnCode.parse("7202 41 10"), new BigDecimal("2"), new PrecursorSource.SupplierData(
                                "Chrome Ltd", "ZA", "(1)", Fixtures.figure("SEE", "2.0", "t CO2e/t"), Fixtures.figure("SEE", "0.5", "t CO2e/t"))))),
                new ProductionProcess("P2", pigIron, "(C)", new BigDecimal("500"), reported("600", "20"),
                        List.of(new PrecursorUse("sinter", sinter, new BigDecimal("800"), new PrecursorSource.OwnProcess("P3")))),
                new ProductionProcess("P3", sinter, "", new BigDecimal("1000"), reported("200", "30"), List.of()));
    }

    static EmbeddedEmissions steel() {
        return new EmbeddedEmissionsCalculator(Fixtures.SCOPE, null).compute(processes(), "P1");
    }
}
