package org.greenlane.core.cbam;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmissionsDataCommunicationTest {

    private static final EmissionsDataCommunication.Installation PLANT = new EmissionsDataCommunication.Installation(
            "TR-INST-0042", "Iskenderun melt shop", "Demir Celik A.S.", "tr", "Iskenderun, Hatay");

    @Test
    void communicatesRouteSeePrecursorsElectricityAndCarbonPrice() {
        // clinker kiln: AttrEm_dir = 1000 t; electricity 50 MWh × 0.6 = 30 t; AL 1200 t
        // SEE_dir = 1000 / 1200 = 0.833333333333; SEE_indir = 30 / 1200 = 0.025; electricity per t = 50 / 1200 = 0.041666666667 MWh/t
        ElectricityFactor grid = ElectricityFactor.of(new BigDecimal("0.6"), ElectricityFactor.Kind.GRID_OF_COUNTRY_OF_ORIGIN,
                new DataSource("national grid factor", "2025"));
        AttributedEmissions kiln = new ProcessBoundary("kiln")
                .sourceStream(new SourceStream.Measured("kiln stack", new BigDecimal("1000")))
                .electricityConsumed(new ProcessBoundary.Electricity("grid", new BigDecimal("50"), grid))
                .attribute();
        EmbeddedEmissions clinker = new EmbeddedEmissionsCalculator(Fixtures.SCOPE, null).compute(List.of(
                new ProductionProcess("kiln", CnCode.parse("25231000"), "(A)", new BigDecimal("1200"), kiln, List.of())), "kiln");
        CarbonPricePaid ets = new CarbonPricePaid("Türkiye ETS pilot", "TR", Fixtures.figure("price", "10", "EUR/t CO2e"), "EUR",
                Fixtures.figure("rate", "1", "EUR/EUR"), Fixtures.figure("charged", "0.1", "t CO2e/t"));

        EmissionsDataCommunication c = new EmissionsDataCommunication(PLANT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(EmissionsDataCommunication.Good.of(clinker, ets)), Optional.of(new EmissionsDataCommunication.Verification(
                "Verifier GmbH", "D-VS-12345", LocalDate.of(2027, 3, 1), "verified as satisfactory")));

        EmissionsDataCommunication.Good good = c.goods().get(0);
        assertThat(c.installation().countryCode()).isEqualTo("TR");
        assertThat(good.productionRoute()).isEqualTo("(A)");
        assertThat(good.seeDirect().value()).isEqualByComparingTo("0.833333333333");
        assertThat(good.seeIndirect().value()).isEqualByComparingTo("0.025");
        assertThat(good.electricity()).singleElement().satisfies(e -> {
            assertThat(e.megawattHoursPerTonne().value()).isEqualByComparingTo("0.041666666667");
            assertThat(e.factor().kind()).isEqualTo(ElectricityFactor.Kind.GRID_OF_COUNTRY_OF_ORIGIN);
        });
        assertThat(good.carbonPricePaid()).isPresent();
        assertThat(good.usesDefaultValues()).isFalse();
    }

    @Test
    void precursorsAndDefaultValueUseAreVisible() throws Exception {
        EmbeddedEmissions steel = new EmbeddedEmissionsCalculator(Fixtures.SCOPE, TestTables.sharedDefaults()).compute(List.of(
                new ProductionProcess("rolling", CnCode.parse("72085120"), "(C)", new BigDecimal("100"), ChainFixture.reported("5", "1"),
                        List.of(new PrecursorUse("slab", CnCode.parse("72071111"), new BigDecimal("105"),
                                new PrecursorSource.Purchased("IN", null))))), "rolling");

        EmissionsDataCommunication.Good good = EmissionsDataCommunication.Good.of(steel, null);

        assertThat(good.usesDefaultValues()).isTrue();
        assertThat(good.precursors()).singleElement().satisfies(p -> {
            assertThat(p.massPerTonneOfGood().value()).isEqualByComparingTo("1.05");
            assertThat(p.origin()).isEqualTo("IN");
        });
        assertThat(good.notices()).extracting(Notice::message).anyMatch(m -> m.contains("used without mark-up"));
    }

    @Test
    void refusesIncompleteCommunications() {
        assertThatThrownBy(() -> new EmissionsDataCommunication.Installation("X1", " ", "op", "TR", ""))
                .hasMessageContaining("installation name is required");
        EmissionsDataCommunication.Good good = EmissionsDataCommunication.Good.of(Fixtures.communicated("25231000", "0.8", "0.05"), null);
        assertThatThrownBy(() -> new EmissionsDataCommunication(PLANT, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1),
                List.of(good), Optional.empty())).hasMessageContaining("installation TR-INST-0042: reporting period ends 2026-01-01");
        assertThatThrownBy(() -> new EmissionsDataCommunication(PLANT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(), Optional.empty())).hasMessageContaining("at least one good");
    }
}
