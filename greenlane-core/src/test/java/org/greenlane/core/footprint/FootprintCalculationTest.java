package org.greenlane.core.footprint;

import org.greenlane.core.footprint.Exchange.Background;
import org.greenlane.core.footprint.Exchange.Emission;
import org.greenlane.core.footprint.Exchange.Technosphere;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.factors.GwpSet;
import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.core.footprint.units.Quantity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FootprintCalculationTest {

    private static final CalculationSetup SETUP = CalculationSetup.defaults();

    private static Quantity kg(double v) {
        return Quantity.of(v, "kg");
    }

    private static Emission flow(String id, double kg) {
        return new Emission(id, id, null, kg(kg), null);
    }

    private static ProductSystem system(String refProcess, String refFlow, double amount, Process... processes) {
        return new ProductSystem("test", List.of(processes), refProcess, refFlow, kg(amount));
    }

    @Test
    void openLcaSelfLoopExample() {
        // Golden case from openLCA's olca-core test suite (upstream tree / loop test), numbers as quoted in the
        // Greenlane footprint issue: p1 makes 1 p1, takes 1 p2, takes f1 = 1, emits f2 = 2; p2 makes 1 p2, takes
        // 0.5 p1, takes f1 = 2, emits f2 = 1; demand 2 of p1 -> s = [4, 4]; upstream totals p1: f1 = 12, f2 = 12;
        // p2: f1 = 10, f2 = 8; direct p1: f1 = 4, f2 = 8; p2: f1 = 8, f2 = 4. (Here f1 is booked like f2, as an
        // elementary exchange with a positive amount.)
        Process p1 = Process.of("p1", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("p1", kg(1)), Technosphere.productInput("p2", kg(1)),
                flow("f1", 1), flow("f2", 2)));
        Process p2 = Process.of("p2", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("p2", kg(1)), Technosphere.productInput("p1", kg(0.5)),
                flow("f1", 2), flow("f2", 1)));
        FootprintCalculation calc = FootprintCalculation.calculate(system("p1", "p1", 2, p1, p2), SETUP);
        assertThat(calc.scalingVector()).containsExactly(new double[] {4, 4}, within(1e-12));
        assertThat(calc.inventory().get("f1")).isCloseTo(12, within(1e-12));
        assertThat(calc.inventory().get("f2")).isCloseTo(12, within(1e-12));
        assertThat(calc.directContribution("p1", "f1")).isCloseTo(4, within(1e-12));
        assertThat(calc.directContribution("p1", "f2")).isCloseTo(8, within(1e-12));
        assertThat(calc.directContribution("p2", "f1")).isCloseTo(8, within(1e-12));
        assertThat(calc.directContribution("p2", "f2")).isCloseTo(4, within(1e-12));
        UpstreamNode f1 = calc.upstreamTree("f1", 0.0, 1);
        UpstreamNode f2 = calc.upstreamTree("f2", 0.0, 1);
        assertThat(f1.result()).isCloseTo(12, within(1e-12));
        assertThat(f2.result()).isCloseTo(12, within(1e-12));
        assertThat(f1.children()).singleElement().satisfies(n -> {
            assertThat(n.processId()).isEqualTo("p2");
            assertThat(n.result()).isCloseTo(10, within(1e-12));
        });
        assertThat(f2.children().get(0).result()).isCloseTo(8, within(1e-12));
    }

    @Test
    void brightwayBasicFixture() {
        // Golden case from bw2calc's test suite (basic fixture): A(1,101) = 1, A(2,102) = 1, A(2,101) = -0.5,
        // demand {1: 1} -> supply {101: 1, 102: 0.5}.
        Process a101 = Process.of("101", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("1", kg(1)), Technosphere.productInput("2", kg(0.5))));
        Process a102 = Process.of("102", LifeCycleStage.PRODUCTION, List.of(Technosphere.productOutput("2", kg(1))));
        FootprintCalculation calc = FootprintCalculation.calculate(system("101", "1", 1, a101, a102), SETUP);
        assertThat(calc.scalingVector()).containsExactly(new double[] {1, 0.5}, within(1e-12));
    }

    @Test
    void physicalAllocationSplitsByMass() {
        // Golden case from openLCA's allocation tests: factors 0.25 / 0.75 on a CO2 output of 2 give 0.5 to the
        // first product. Here the masses 1 kg and 3 kg give those factors: 1 / (1 + 3) = 0.25; 0.25 * 2 = 0.5.
        Process p = Process.of("mill", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("a", kg(1)), Technosphere.productOutput("b", kg(3)),
                Emission.of(GreenhouseGas.CO2_FOSSIL, kg(2))));
        FootprintResult r = FootprintCalculation.calculate(system("mill", "a", 1, p), SETUP).result();
        assertThat(r.totalKgCo2e()).isCloseTo(0.5, within(1e-12));
        FootprintResult rb = FootprintCalculation.calculate(system("mill", "b", 3, p), SETUP).result();
        assertThat(rb.totalKgCo2e()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void economicAllocationSplitsByValue() {
        // a: 1 kg at 3 per kg, b: 1 kg at 1 per kg -> factors 3 / 4 and 1 / 4; CO2 2 kg -> a carries 1.5 kg.
        Process p = Process.of("mill", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("a", kg(1)).withEconomicValue(3),
                Technosphere.productOutput("b", kg(1)).withEconomicValue(1),
                Emission.of(GreenhouseGas.CO2_FOSSIL, kg(2)))).allocatedBy(AllocationMethod.ECONOMIC);
        FootprintResult r = FootprintCalculation.calculate(system("mill", "a", 1, p), SETUP).result();
        assertThat(r.totalKgCo2e()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void systemExpansionCreditsTheAvoidedProduct() {
        // P makes 1 kg a and 2 kg steam, emitting 3 kg CO2; boiler B makes 1 kg steam emitting 0.5 kg CO2.
        // Demand 1 kg a: s_P = 1; steam row: s_B + 2 s_P = 0 -> s_B = -2; total = 3 + (-2 * 0.5) = 2.
        Process p = Process.of("P", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("a", kg(1)), Technosphere.productOutput("steam", kg(2)),
                Emission.of(GreenhouseGas.CO2_FOSSIL, kg(3)))).allocatedBy(AllocationMethod.SYSTEM_EXPANSION);
        Process boiler = Process.of("B", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("steam", kg(1)), Emission.of(GreenhouseGas.CO2_FOSSIL, kg(0.5))));
        FootprintCalculation calc = FootprintCalculation.calculate(system("P", "a", 1, p, boiler), SETUP);
        assertThat(calc.result().totalKgCo2e()).isCloseTo(2, within(1e-12));
        assertThat(calc.scalingVector()[1]).isCloseTo(-2, within(1e-12));
    }

    @Test
    void characterisesWithAr6ByDefaultAndAr5OnRequest() {
        // 1 kg fossil CH4 + 1 kg N2O + 1 kg SF6: AR6 29.8 + 273 + 25200 = 25502.8; AR5 30 + 265 + 23500 = 23795.
        Process p = Process.of("p", LifeCycleStage.PRODUCTION, List.of(Technosphere.productOutput("x", kg(1)),
                Emission.of(GreenhouseGas.CH4_FOSSIL, kg(1)), Emission.of(GreenhouseGas.N2O, kg(1)),
                Emission.of(GreenhouseGas.SF6, kg(1))));
        ProductSystem s = system("p", "x", 1, p);
        assertThat(FootprintCalculation.calculate(s, SETUP).result().totalKgCo2e()).isCloseTo(25502.8, within(1e-9));
        FootprintResult ar5 = FootprintCalculation.calculate(s, SETUP.with(GwpSet.AR5)).result();
        assertThat(ar5.totalKgCo2e()).isCloseTo(23795, within(1e-9));
        assertThat(ar5.gwpSet()).isEqualTo(GwpSet.AR5);
    }

    @Test
    void reportsBiogenicCarbonApart() {
        // fossil CO2 1 kg; biogenic CO2 2 kg (+2); uptake 3 kg (-3); biogenic CH4 0.1 kg * 27.0 = 2.7 (AR6).
        // fossil 1; biogenic emissions 2 + 2.7 = 4.7; removals -3; total 1 + 4.7 - 3 = 2.7.
        Process p = Process.of("p", LifeCycleStage.RAW_MATERIAL_ACQUISITION, List.of(
                Technosphere.productOutput("wood", kg(1)), Emission.of(GreenhouseGas.CO2_FOSSIL, kg(1)),
                Emission.of(GreenhouseGas.CO2_BIOGENIC, kg(2)), Emission.of(GreenhouseGas.CO2_UPTAKE, kg(3)),
                Emission.of(GreenhouseGas.CH4_BIOGENIC, kg(0.1))));
        FootprintResult r = FootprintCalculation.calculate(system("p", "wood", 1, p), SETUP).result();
        assertThat(r.fossilKgCo2e()).isCloseTo(1, within(1e-12));
        assertThat(r.biogenicEmissionsKgCo2e()).isCloseTo(4.7, within(1e-12));
        assertThat(r.biogenicRemovalsKgCo2e()).isCloseTo(-3, within(1e-12));
        assertThat(r.totalKgCo2e()).isCloseTo(2.7, within(1e-12));
    }

    @Test
    void stagesUnitsAndWasteTreatment() {
        // shirt (production) takes 500 g cotton and emits 1 kg CO2, sends 0.2 kg waste to landfill;
        // cotton (raw material) per kg emits 4 kg CO2; landfill (end of life) per kg waste emits 0.05 kg CH4 fossil.
        // raw: 0.5 * 4 = 2; production: 1; end of life: 0.2 * 0.05 * 29.8 = 0.298; total 3.298.
        Process shirt = Process.of("shirt", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("shirt", Quantity.of(1, "item")),
                Technosphere.productInput("cotton", Quantity.of(500, "g")),
                Technosphere.wasteOutput("textile waste", kg(0.2)),
                Emission.of(GreenhouseGas.CO2_FOSSIL, kg(1))));
        Process cotton = Process.of("cotton", LifeCycleStage.RAW_MATERIAL_ACQUISITION, List.of(
                Technosphere.productOutput("cotton", kg(1)), Emission.of(GreenhouseGas.CO2_FOSSIL, kg(4))));
        Process landfill = Process.of("landfill", LifeCycleStage.END_OF_LIFE, List.of(
                Technosphere.wasteInput("textile waste", kg(1)), Emission.of(GreenhouseGas.CH4_FOSSIL, kg(0.05))));
        ProductSystem s = new ProductSystem("shirt", List.of(shirt, cotton, landfill), "shirt", "shirt",
                Quantity.of(1, "item"));
        FootprintResult r = FootprintCalculation.calculate(s, SETUP).result();
        assertThat(r.byStage().get(LifeCycleStage.RAW_MATERIAL_ACQUISITION)).isCloseTo(2, within(1e-12));
        assertThat(r.byStage().get(LifeCycleStage.PRODUCTION)).isCloseTo(1, within(1e-12));
        assertThat(r.byStage().get(LifeCycleStage.END_OF_LIFE)).isCloseTo(0.298, within(1e-12));
        assertThat(r.totalKgCo2e()).isCloseTo(3.298, within(1e-12));
        assertThat(r.byProcess()).extracting(FootprintResult.ProcessContribution::processId)
                .containsExactly("shirt", "cotton", "landfill");
    }

    @Test
    void upstreamTreeCutsOffSmallBranches() {
        // product takes 1 kg big (10 kg CO2) and 1 kg small (0.01 kg CO2); total 10.01. With a 1 % cut-off
        // the small branch (0.01 / 10.01 < 1 %) is folded into cutOffResult.
        Process product = Process.of("product", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("product", kg(1)), Technosphere.productInput("big", kg(1)),
                Technosphere.productInput("small", kg(1))));
        Process big = Process.of("big", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("big", kg(1)), Emission.of(GreenhouseGas.CO2_FOSSIL, kg(10))));
        Process small = Process.of("small", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("small", kg(1)), Emission.of(GreenhouseGas.CO2_FOSSIL, kg(0.01))));
        UpstreamNode root = FootprintCalculation.calculate(system("product", "product", 1, product, big, small), SETUP)
                .upstreamTree(0.01, 5);
        assertThat(root.result()).isCloseTo(10.01, within(1e-12));
        assertThat(root.children()).extracting(UpstreamNode::processId).containsExactly("big");
        assertThat(root.cutOffResult()).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void primaryDataShareAndWeightedQuality() {
        // own (primary, DQR 1/1/1) emits 3 kg CO2; supplier part (secondary, DQR 3/3/3) emits 1 kg.
        // primary share 3 / 4 = 0.75; weighted DQR (3 * 1 + 1 * 3) / 4 = 1.5 on each axis.
        Process own = Process.of("own", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("x", kg(1)), Technosphere.productInput("part", kg(1)),
                Emission.of(GreenhouseGas.CO2_FOSSIL, kg(3)))).withPrimaryData(new DataQualityRating(1, 1, 1));
        Process part = Process.of("part", LifeCycleStage.RAW_MATERIAL_ACQUISITION, List.of(
                Technosphere.productOutput("part", kg(1)), Emission.of(GreenhouseGas.CO2_FOSSIL, kg(1))))
                .withQuality(new DataQualityRating(3, 3, 3)).suppliedBy("Supplier Ltd");
        FootprintResult r = FootprintCalculation.calculate(system("own", "x", 1, own, part), SETUP).result();
        assertThat(r.primaryDataShare()).isCloseTo(0.75, within(1e-12));
        assertThat(r.dataQuality().technological()).isCloseTo(1.5, within(1e-12));
        assertThat(r.dataQuality().geographical()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void recalculationReproducesTheResultAndRecordsVersions() {
        Process p = Process.of("p", LifeCycleStage.PRODUCTION, List.of(Technosphere.productOutput("x", kg(1)),
                Background.of("electricity.grid", "CN-E", Quantity.of(2, "kWh")))).at("CN-JS");
        ProductSystem s = system("p", "x", 1, p);
        FootprintResult first = FootprintCalculation.calculate(s, SETUP).result();
        FootprintResult second = FootprintCalculation.calculate(s, SETUP).result();
        assertThat(second).isEqualTo(first);
        assertThat(first.modelVersion()).isEqualTo(FootprintCalculation.MODEL_VERSION);
        assertThat(first.factorDatasets()).containsExactly("greenlane-builtin@2025.1");
    }

    @Test
    void missingProviderIsNamed() {
        Process p = Process.of("assembly", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("x", kg(1)), Technosphere.productInput("bolts", kg(1))));
        assertThatThrownBy(() -> FootprintCalculation.calculate(system("assembly", "x", 1, p), SETUP))
                .isInstanceOf(FootprintModelException.class)
                .hasMessageContaining("process assembly, exchange bolts: no process provides product flow bolts");
    }

    @Test
    void loopWithoutOutsideSupplyIsNamed() {
        // a needs 1 b per a, b needs 1 a per b: (1 -1; -1 1) is singular, the loop cannot supply itself.
        Process a = Process.of("a", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("a", kg(1)), Technosphere.productInput("b", kg(1))));
        Process b = Process.of("b", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("b", kg(1)), Technosphere.productInput("a", kg(1))));
        assertThatThrownBy(() -> FootprintCalculation.calculate(system("a", "a", 1, a, b), SETUP))
                .isInstanceOf(FootprintModelException.class)
                .hasMessageContaining("a [a]").hasMessageContaining("b [b]").hasMessageContaining("loop");
    }

    @Test
    void badAmountsAndUnitsAreNamed() {
        Process negative = Process.of("p", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("x", kg(1)), Emission.of(GreenhouseGas.CO2_FOSSIL, kg(-1))));
        assertThatThrownBy(() -> FootprintCalculation.calculate(system("p", "x", 1, negative), SETUP))
                .hasMessageContaining("process p, exchange CO2_FOSSIL: amount must not be negative");
        Process wrongUnit = Process.of("q", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("x", kg(1)), Technosphere.productInput("steel", Quantity.of(1, "kWh"))));
        Process steel = Process.of("steel", LifeCycleStage.PRODUCTION, List.of(Technosphere.productOutput("steel", kg(1))));
        assertThatThrownBy(() -> FootprintCalculation.calculate(system("q", "x", 1, wrongUnit, steel), SETUP))
                .hasMessageContaining("process q, exchange steel: cannot convert kWh");
        assertThatThrownBy(() -> Quantity.of(1, "furlong")).hasMessageContaining("unknown unit 'furlong'");
        assertThatThrownBy(() -> Quantity.of(Double.NaN, "kg")).hasMessageContaining("finite");
    }

    @Test
    void missingFactorAndUnknownRegionAreNamed() {
        Process p = Process.of("p", LifeCycleStage.PRODUCTION, List.of(Technosphere.productOutput("x", kg(1)),
                Background.of("unobtainium.smelting", "DE", kg(1))));
        assertThatThrownBy(() -> FootprintCalculation.calculate(system("p", "x", 1, p), SETUP))
                .hasMessageContaining("process p, exchange unobtainium.smelting: no emission factor");
        Process q = Process.of("q", LifeCycleStage.PRODUCTION, List.of(Technosphere.productOutput("x", kg(1)),
                Background.of("electricity.grid", "ATLANTIS", Quantity.of(1, "kWh"))));
        assertThatThrownBy(() -> FootprintCalculation.calculate(system("q", "x", 1, q), SETUP))
                .hasMessageContaining("process q, exchange electricity.grid: unknown region 'ATLANTIS'");
    }
}
