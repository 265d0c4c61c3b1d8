package org.greenlane.core.cbam;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedEmissionsCalculatorTest {

    private static final GoodsScope SCOPE = GoodsScope.annexI();
    private static final DataSource OPERATOR = DataSource.userInput("operator monitoring report 2026");
    private static final CnCode PIG_IRON = CnCode.parse("7201 10 11");
    private static final CnCode HOT_ROLLED = CnCode.parse("7208 51 20");

    private static AttributedEmissions reported(String direct, String indirect) {
        return ChainFixture.reported(direct, indirect);
    }

    /**
     * Three-level chain, computed by hand (Annex IV points 2 and 3, direct and indirect evaluated separately):
     * <pre>
     * P3 sinter (simple):     AL 1000 t, AttrEm_dir 200, AttrEm_indir 30
     *                         SEE_dir = 200/1000 = 0.2;  SEE_indir = 30/1000 = 0.03
     * P2 pig iron:            AL 500 t, AttrEm_dir 600, AttrEm_indir 20, sinter 800 t from P3
     *                         SEE_dir = (600 + 800 × 0.2)/500 = 760/500 = 1.52
     *                         SEE_indir = (20 + 800 × 0.03)/500 = 44/500 = 0.088
     * P1 hot-rolled steel:    AL 400 t (processes in ChainFixture), AttrEm_dir 100, AttrEm_indir 40,
     *                         pig iron 450 t from P2 (including 10 t of cut-offs and scrap),
     *                         ferro-manganese 5 t bought in Norway (Annex III: 0),
     *                         ferro-chromium 2 t with supplier data 2.0 / 0.5
     *                         SEE_dir = (100 + 450 × 1.52 + 5 × 0 + 2 × 2.0)/400 = (100 + 684 + 0 + 4)/400 = 788/400 = 1.97
     *                         SEE_indir = (40 + 450 × 0.088 + 5 × 0 + 2 × 0.5)/400 = (40 + 39.6 + 0 + 1)/400 = 80.6/400 = 0.2015
     * </pre>
     */
    @Test
    void threeLevelPrecursorChainByHand() {
        EmbeddedEmissions ee = new EmbeddedEmissionsCalculator(SCOPE, null).compute(ChainFixture.processes(), "P1");

        assertThat(ee.direct().value()).isEqualByComparingTo("1.97");
        assertThat(ee.indirect().value()).isEqualByComparingTo("0.2015");
        assertThat(ee.direct().formula()).isEqualTo("(AttrEm_dir 100 + EE_InpMat (450 × 1.52 + 5 × 0 + 2 × 2 = 688)) / AL 400");
        assertThat(ee.direct().basis().provision()).contains("Annex IV point 3");
        EmbeddedEmissions.PrecursorContribution pig = ee.precursors().get(0);
        assertThat(pig.seeDirect().value()).isEqualByComparingTo("1.52");
        assertThat(pig.massPerTonneOfGood().value()).isEqualByComparingTo("1.125"); // 450 / 400
        assertThat(pig.nested().orElseThrow().precursors().get(0).seeIndirect().value()).isEqualByComparingTo("0.03");
        assertThat(ee.precursors().get(1).kind()).isEqualTo(EmbeddedEmissions.PrecursorContribution.Kind.EXEMPT_ORIGIN);
        assertThat(ee.precursors().get(1).seeDirect().basis().provision()).contains("Annex III");
    }

    /**
     * Source streams, heat, waste gas and electricity of one process (Implementing Regulation (EU) 2025/2547):
     * combustion 1000 × 0.0353 × 56.1 × 1 = 1980.33; mass balance 3.664 × (100 × 0.85 − 1000 × 0.002) = 3.664 × 83 = 304.112;
     * heat imported 5 × 60 = 300; heat exported 2 × 60 = 120; waste gas exported 3 × 56.1 × 0.667 = 112.2561;
     * electricity exported 50 × 0.5 = 25.
     * AttrEm_dir = 1980.33 + 304.112 + 300 − 120 − 112.2561 − 25 = 2327.1859; AttrEm_indir = 1000 MWh × 0.55 = 550.
     */
    @Test
    void attributionFromSourceStreamsHeatWasteGasAndElectricity() {
        ElectricityFactor grid = ElectricityFactor.of(new BigDecimal("0.55"), ElectricityFactor.Kind.GRID_OF_COUNTRY_OF_ORIGIN,
                new DataSource("national grid factor", "2024"));
        ElectricityFactor own = ElectricityFactor.of(new BigDecimal("0.5"), ElectricityFactor.Kind.DIRECT_TECHNICAL_LINK, OPERATOR);

        AttributedEmissions a = new ProcessBoundary("BF-1")
                .sourceStream(new SourceStream.Combustion("natural gas", new BigDecimal("1000"), new BigDecimal("0.0353"),
                        new BigDecimal("56.1"), BigDecimal.ONE))
                .sourceStream(new SourceStream.MassBalance("coke", new BigDecimal("100"), new BigDecimal("0.85"), false))
                .sourceStream(new SourceStream.MassBalance("steel", new BigDecimal("1000"), new BigDecimal("0.002"), true))
                .heatImported(new ProcessBoundary.Heat("steam in", new BigDecimal("5"), new BigDecimal("60")))
                .heatExported(new ProcessBoundary.Heat("steam out", new BigDecimal("2"), new BigDecimal("60")))
                .wasteGasExported(new ProcessBoundary.WasteGas("BF gas", new BigDecimal("3"), new BigDecimal("56.1"), new BigDecimal("0.667")))
                .electricityExported(new ProcessBoundary.Electricity("turbine", new BigDecimal("50"), own))
                .electricityConsumed(new ProcessBoundary.Electricity("grid", new BigDecimal("1000"), grid))
                .attribute();

        assertThat(a.direct().value()).isEqualByComparingTo("2327.1859");
        assertThat(a.indirect().value()).isEqualByComparingTo("550");
        assertThat(a.direct().inputs()).hasSize(7);
        assertThat(a.electricity()).singleElement().satisfies(u -> assertThat(u.factor().kind())
                .isEqualTo(ElectricityFactor.Kind.GRID_OF_COUNTRY_OF_ORIGIN));
        assertThat(a.notices()).isEmpty();
    }

    @Test
    void exportsAboveEmissionsAreClampedVisiblyAndNegativeMassBalanceIsRefused() {
        AttributedEmissions a = new ProcessBoundary("CHP")
                .sourceStream(new SourceStream.Measured("stack", new BigDecimal("10")))
                .heatExported(new ProcessBoundary.Heat("steam", new BigDecimal("1"), new BigDecimal("60")))
                .attribute();
        assertThat(a.direct().value()).isEqualByComparingTo("0");
        assertThat(a.notices()).singleElement().extracting(Notice::message).asString()
                .contains("process CHP").contains("computed as -50").contains("set to 0");

        ProcessBoundary carbonSink = new ProcessBoundary("EAF")
                .sourceStream(new SourceStream.MassBalance("electrodes", new BigDecimal("1"), new BigDecimal("0.9"), false))
                .sourceStream(new SourceStream.MassBalance("steel", new BigDecimal("1000"), new BigDecimal("0.004"), true));
        assertThatThrownBy(carbonSink::attribute).isInstanceOf(CbamInputException.class)
                .hasMessageContaining("process EAF: the mass balance gives").hasMessageContaining("more carbon leaves than enters");
    }

    @Test
    void cyclesAreAnErrorNamingTheGoods() {
        ProductionProcess a = new ProductionProcess("A", HOT_ROLLED, "", BigDecimal.TEN, reported("1", "0"),
                List.of(new PrecursorUse("pig iron", PIG_IRON, BigDecimal.ONE, new PrecursorSource.OwnProcess("B"))));
        ProductionProcess b = new ProductionProcess("B", PIG_IRON, "", BigDecimal.TEN, reported("1", "0"),
                List.of(new PrecursorUse("steel", HOT_ROLLED, BigDecimal.ONE, new PrecursorSource.OwnProcess("A"))));

        assertThatThrownBy(() -> new EmbeddedEmissionsCalculator(SCOPE, null).compute(List.of(a, b), "A"))
                .isInstanceOf(CbamInputException.class)
                .hasMessage("cycle in the precursor chain: A (CN 7208 51 20) → B (CN 7201 10 11) → A (CN 7208 51 20)");
    }

    @Test
    void missingPrecursorDataIsAnErrorOrAVisibleDefaultFallback() throws Exception {
        ProductionProcess steel = new ProductionProcess("P1", HOT_ROLLED, "", new BigDecimal("100"), reported("50", "0"),
                List.of(new PrecursorUse("pig iron", PIG_IRON, new BigDecimal("110"), new PrecursorSource.Purchased("UA", null))));

        assertThatThrownBy(() -> new EmbeddedEmissionsCalculator(SCOPE, null).compute(List.of(steel), "P1"))
                .hasMessageContaining("process P1, precursor pig iron (CN 7201 10 11): no emissions data from the producer in UA");

        EmbeddedEmissions ee = new EmbeddedEmissionsCalculator(SCOPE, TestTables.sharedDefaults()).compute(List.of(steel), "P1");
        BigDecimal defaultDirect = ee.precursors().get(0).seeDirect().value();
        // SEE_dir = (50 + 110 × default_dir) / 100, the unmarked direct default of Ukrainian pig iron
        assertThat(ee.direct().value()).isEqualByComparingTo(new BigDecimal("50").add(new BigDecimal("110").multiply(defaultDirect))
                .divide(new BigDecimal("100")));
        assertThat(ee.precursors().get(0).kind()).isEqualTo(EmbeddedEmissions.PrecursorContribution.Kind.DEFAULT_VALUE_FALLBACK);
        assertThat(ee.notices()).extracting(Notice::message).anyMatch(m -> m.contains("used without mark-up"));
    }

    @Test
    void refusesBadInputNamingIt() {
        assertThatThrownBy(() -> new PrecursorUse("coke", PIG_IRON, new BigDecimal("-1"), new PrecursorSource.Purchased("CN", null)))
                .hasMessageContaining("precursor coke: mass used must be zero or more");
        assertThatThrownBy(() -> new ProductionProcess("P", HOT_ROLLED, "", BigDecimal.ZERO, reported("1", "0"), List.of()))
                .hasMessageContaining("process P: activity level");
        ProductionProcess withCoal = new ProductionProcess("P", HOT_ROLLED, "", BigDecimal.TEN, reported("1", "0"),
                List.of(new PrecursorUse("coal", CnCode.parse("27011210"), BigDecimal.ONE, new PrecursorSource.Purchased("AU", null))));
        assertThatThrownBy(() -> new EmbeddedEmissionsCalculator(SCOPE, null).compute(List.of(withCoal), "P"))
                .hasMessageContaining("precursor coal (CN 2701 12 10): not a CBAM good");
        ProductionProcess dangling = new ProductionProcess("P", HOT_ROLLED, "", BigDecimal.TEN, reported("1", "0"),
                List.of(new PrecursorUse("slab", CnCode.parse("72071111"), BigDecimal.ONE, new PrecursorSource.OwnProcess("P9"))));
        assertThatThrownBy(() -> new EmbeddedEmissionsCalculator(SCOPE, null).compute(List.of(dangling), "P"))
                .hasMessageContaining("process P9 is referenced as a precursor source but is not in the model");
        assertThatThrownBy(() -> new SourceStream.Combustion("gas", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("1.2")))
                .hasMessageContaining("source stream 'gas': oxidation factor must be between 0 and 1");
    }
}
