package org.greenlane.core.footprint.transport;

import org.greenlane.core.footprint.factors.FactorDataset;
import org.greenlane.core.footprint.factors.FactorLibrary;
import org.greenlane.core.footprint.factors.FactorTable;
import org.greenlane.core.footprint.factors.GwpSet;
import org.greenlane.core.footprint.units.Quantity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TransportScenariosTest {

    private final TransportScenarios scenarios = new TransportScenarios(FactorLibrary.builtIn(), GwpSet.AR5, "CN");

    private static final List<TransportLeg> SHIPMENT = List.of(
            new TransportLeg("factory to port", TransportMode.ROAD, TransportFuel.DIESEL,
                    Quantity.of(20, "t"), Quantity.of(1000, "km")),
            new TransportLeg("Shanghai to Rotterdam", TransportMode.SEA, TransportFuel.CONVENTIONAL,
                    Quantity.of(20, "t"), Quantity.of(19_500, "km")));

    @Test
    void computesTonneKilometresTimesIntensity() {
        // Road: 20 t * 1000 km = 20,000 t*km * 0.12042 = 2408.4 kg; sea: 20 * 19,500 = 390,000 t*km * 0.01977
        // = 7710.3 kg; total 10,118.7 kg (DESNZ 2023 well-to-wheel intensities of the built-in set).
        TransportScenarios.ScenarioResult base = scenarios.evaluate("baseline", SHIPMENT);
        assertThat(base.legs().get(0).kgCo2e()).isCloseTo(2408.4, within(1e-9));
        assertThat(base.legs().get(1).kgCo2e()).isCloseTo(7710.3, within(1e-9));
        assertThat(base.kgCo2e()).isCloseTo(10_118.7, within(1e-9));
    }

    @Test
    void comparesModeShiftAndFuelSwitch() throws IOException {
        // Road to rail: 20,000 t*km * 0.0347 = 694 kg instead of 2408.4 -> delta -1714.4 kg.
        TransportScenarios.ScenarioResult base = scenarios.evaluate("baseline", SHIPMENT);
        TransportScenarios.ScenarioResult rail = scenarios.evaluate("rail", TransportScenarios.shift(
                SHIPMENT, TransportMode.ROAD, TransportMode.RAIL, TransportFuel.AVERAGE_MIX));
        assertThat(scenarios.compare(base, List.of(rail)).get(0).deltaKgCo2e()).isCloseTo(-1714.4, within(1e-9));
        // Fuel switch with the organisation's own (test) factor for green methanol at sea: 0.005 kg/t*km ->
        // 390,000 * 0.005 = 1950 kg instead of 7710.3 -> delta -5760.3 kg.
        FactorDataset own = FactorTable.read(new StringReader("activity\tregion\tunit\tgas\tkg_per_unit\tco2e_basis"
                + "\tsource\tpublisher\tyear\tlicence\tdqr_technological\tdqr_geographical\tdqr_temporal\n"
                + "transport.sea.green-methanol\tGLOBAL\tt*km\tCO2E\t0.005\tAR5\tCarrier statement 2025\tCarrier"
                + "\t2025\tproprietary\t2\t2\t1\n"), "carrier", "2025-1", "carrier factors");
        TransportScenarios withOwn = new TransportScenarios(FactorLibrary.builtIn().withPreferred(own), GwpSet.AR5, "CN");
        TransportScenarios.ScenarioResult methanol = withOwn.evaluate("methanol", TransportScenarios.switchFuel(
                SHIPMENT, TransportMode.SEA, TransportFuel.GREEN_METHANOL));
        assertThat(withOwn.compare(base, List.of(methanol)).get(0).deltaKgCo2e()).isCloseTo(-5760.3, within(1e-9));
    }

    @Test
    void builtInFactorsCoverInlandWaterwayAndFuelVariants() {
        // Road to inland waterway: 20,000 t*km * 0.0392 (UBA 2020 inland freight ship, diesel) = 784 kg instead of
        // 2408.4 -> delta -1624.4 kg.
        TransportScenarios.ScenarioResult base = scenarios.evaluate("baseline", SHIPMENT);
        TransportScenarios.ScenarioResult barge = scenarios.evaluate("barge", TransportScenarios.shift(
                SHIPMENT, TransportMode.ROAD, TransportMode.INLAND_WATERWAY, TransportFuel.DIESEL));
        assertThat(scenarios.compare(base, List.of(barge)).get(0).deltaKgCo2e()).isCloseTo(-1624.4, within(1e-9));
        // LNG at sea: 390,000 t*km * 0.015993 (decision 070: 0.01977 * 0.27634 / 0.34160) = 6237.27 kg instead of
        // 7710.3 -> delta -1473.03 kg; bio-methanol: 390,000 * 0.0079259 = 3091.101 kg -> delta -4619.199 kg.
        TransportScenarios.ScenarioResult lng = scenarios.evaluate("lng", TransportScenarios.switchFuel(
                SHIPMENT, TransportMode.SEA, TransportFuel.LNG));
        TransportScenarios.ScenarioResult methanol = scenarios.evaluate("methanol", TransportScenarios.switchFuel(
                SHIPMENT, TransportMode.SEA, TransportFuel.GREEN_METHANOL));
        List<TransportScenarios.Comparison> deltas = scenarios.compare(base, List.of(lng, methanol));
        assertThat(deltas.get(0).deltaKgCo2e()).isCloseTo(-1473.03, within(1e-9));
        assertThat(deltas.get(1).deltaKgCo2e()).isCloseTo(-4619.199, within(1e-9));
        // Biodiesel trucks: 20,000 t*km * 0.025496 = 509.92 kg instead of 2408.4 -> delta -1898.48 kg.
        TransportScenarios.ScenarioResult biodiesel = scenarios.evaluate("biodiesel", TransportScenarios.switchFuel(
                SHIPMENT, TransportMode.ROAD, TransportFuel.BIODIESEL));
        assertThat(scenarios.compare(base, List.of(biodiesel)).get(0).deltaKgCo2e()).isCloseTo(-1898.48, within(1e-9));
    }

    @Test
    void missingIntensityNamesLegModeAndFuel() {
        assertThatThrownBy(() -> scenarios.evaluate("ammonia", TransportScenarios.switchFuel(
                SHIPMENT, TransportMode.SEA, TransportFuel.GREEN_AMMONIA)))
                .hasMessageContaining("scenario ammonia, leg Shanghai to Rotterdam (SEA, GREEN_AMMONIA)")
                .hasMessageContaining("transport.sea.green-ammonia");
        assertThatThrownBy(() -> new TransportLeg("bad", TransportMode.ROAD, TransportFuel.DIESEL,
                Quantity.of(1, "km"), Quantity.of(1, "km"))).hasMessageContaining("leg bad: mass must be a mass");
    }
}
