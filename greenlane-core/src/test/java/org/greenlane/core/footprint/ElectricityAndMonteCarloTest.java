package org.greenlane.core.footprint;

import org.greenlane.core.footprint.Exchange.Background;
import org.greenlane.core.footprint.Exchange.Emission;
import org.greenlane.core.footprint.Exchange.Technosphere;
import org.greenlane.core.footprint.electricity.Certificate;
import org.greenlane.core.footprint.electricity.CertificateLedger;
import org.greenlane.core.footprint.electricity.InstrumentType;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.quality.Uncertainty;
import org.greenlane.core.footprint.units.Quantity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ElectricityAndMonteCarloTest {

    private static final CalculationSetup SETUP = CalculationSetup.defaults();

    private static ProductSystem plant(String site, double kWh, String supplier) {
        Process p = Process.of("plant", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("widget", Quantity.of(1, "kg")),
                Background.of("electricity.grid", null, Quantity.of(kWh, "kWh")))).at(site);
        if (supplier != null) {
            p = p.suppliedBy(supplier);
        }
        return new ProductSystem("widget", List.of(p), "plant", "widget", Quantity.of(1, "kg"));
    }

    @Test
    void provinceUsesItsRegionalGridAndSaysSo() {
        // Guangdong belongs to the China Southern grid: 1000 kWh * 0.8367 kg CO2e/kWh = 836.7 kg (built-in row
        // CN-S). One fallback step (province -> grid region) is recorded and the geographical rating worsens by 1.
        FootprintResult r = FootprintCalculation.calculate(plant("CN-GD", 1000, null), SETUP).result();
        assertThat(r.totalKgCo2e()).isCloseTo(836.7, within(1e-9));
        assertThat(r.warnings()).anyMatch(w -> w.contains("used CN-S (1 fallback step"));
        assertThat(r.dataQuality().geographical()).isEqualTo(2.0);
    }

    @Test
    void unknownProvinceGridFallsBackToCountryThenGlobal() {
        // Tibet is on none of the six grids: CN national 2022 average 0.5703 kg CO2/kWh -> 100 kWh = 57.03 kg.
        assertThat(FootprintCalculation.calculate(plant("CN-XZ", 100, null), SETUP).result().totalKgCo2e())
                .isCloseTo(57.03, within(1e-9));
        // Kenya has no built-in grid factor: KE -> AFRICA -> GLOBAL 0.523 -> 100 kWh = 52.3 kg, two steps.
        FootprintResult kenya = FootprintCalculation.calculate(plant("KE", 100, null), SETUP).result();
        assertThat(kenya.totalKgCo2e()).isCloseTo(52.3, within(1e-9));
        assertThat(kenya.warnings()).anyMatch(w -> w.contains("used GLOBAL (2 fallback steps"));
    }

    @Test
    void marketBasedUsesCertificatesOnceAndResidualMixForTheRest() {
        // 10 MWh in Germany. Location-based: 10,000 kWh * 0.5506 = 5506 kg.
        // Market-based: a 6 MWh wind GEC (0 kg/MWh) covers 6 MWh; 4,000 kWh * 0.72869 (AIB residual mix DE)
        // = 2914.76 kg.
        CertificateLedger ledger = CertificateLedger.of(List.of(
                new Certificate("GO-1", InstrumentType.GREEN_ELECTRICITY_CERTIFICATE, "DE", 2024, 6, 0)));
        FootprintResult r = FootprintCalculation.calculate(plant("DE", 10_000, null),
                SETUP.withCertificates(ledger, "pcf-1")).result();
        assertThat(r.totalKgCo2e()).isCloseTo(5506, within(1e-9));
        assertThat(r.marketBasedTotalKgCo2e()).isCloseTo(2914.76, within(1e-9));
        assertThat(r.electricity().consumedMWh()).isCloseTo(10, within(1e-12));
        assertThat(r.electricity().allocations()).singleElement()
                .satisfies(a -> assertThat(a.mwh()).isCloseTo(6, within(1e-12)));
        // The certificate is used up: a second footprint claiming from the updated ledger gets nothing and pays
        // the residual mix on all 10 MWh: 10,000 * 0.72869 = 7286.9 kg.
        FootprintResult second = FootprintCalculation.calculate(plant("DE", 10_000, null),
                SETUP.withCertificates(r.electricity().ledger(), "pcf-2")).result();
        assertThat(second.electricity().allocations()).isEmpty();
        assertThat(second.marketBasedTotalKgCo2e()).isCloseTo(7286.9, within(1e-9));
    }

    @Test
    void supplierElectricityGetsNoCertificatesAndMissingResidualMixIsDisclosed() {
        // Supplier's plant in Viet Nam, 1000 kWh: no residual mix for VN, so market-based = location-based
        // = 1000 * 0.511 = 511 kg, with a warning; the organisation's certificate is not touched.
        CertificateLedger ledger = CertificateLedger.of(List.of(
                new Certificate("IREC-1", InstrumentType.GREEN_ELECTRICITY_CERTIFICATE, "VN", 2024, 5, 0)));
        FootprintResult r = FootprintCalculation.calculate(plant("VN", 1000, "Supplier Co"),
                SETUP.withCertificates(ledger, "pcf-3")).result();
        assertThat(r.marketBasedTotalKgCo2e()).isCloseTo(511, within(1e-9));
        assertThat(r.electricity().allocations()).isEmpty();
        assertThat(r.warnings()).anyMatch(w -> w.contains("no residual mix for market VN"));
    }

    @Test
    void monteCarloIsSeededAndMatchesTheAnalyticLognormal() {
        // One process emitting CO2 ~ lognormal(geometric mean 1 kg, GSD 1.2): sigma = ln 1.2 = 0.18232;
        // mean = exp(sigma^2 / 2) = 1.01676; 2.5 % and 97.5 % = exp(-/+ 1.95996 sigma) = 0.69971 and 1.42917.
        Process p = Process.of("p", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("x", Quantity.of(1, "kg")),
                Emission.of(GreenhouseGas.CO2_FOSSIL, Quantity.of(1, "kg"))
                        .withUncertainty(new Uncertainty.LogNormal(1, 1.2))));
        FootprintCalculation calc = FootprintCalculation.calculate(
                new ProductSystem("x", List.of(p), "p", "x", Quantity.of(1, "kg")), SETUP);
        MonteCarloResult mc = calc.monteCarlo(20_000, 42);
        assertThat(mc.meanKgCo2e()).isCloseTo(1.01676, within(0.01));
        assertThat(mc.percentile2p5KgCo2e()).isCloseTo(0.69971, within(0.015));
        assertThat(mc.percentile97p5KgCo2e()).isCloseTo(1.42917, within(0.03));
        assertThat(calc.monteCarlo(20_000, 42)).isEqualTo(mc);
    }

    @Test
    void monteCarloPropagatesTechnosphereUncertaintyThroughTheSolve() {
        // product needs u kg of part, u ~ uniform(1, 3); part emits 2 kg CO2 per kg. Total = 2u: mean 4,
        // 2.5 % = 2 * (1 + 0.025 * 2) = 2.1, 97.5 % = 2 * (1 + 0.975 * 2) = 5.9.
        Process product = Process.of("product", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("product", Quantity.of(1, "kg")),
                Technosphere.productInput("part", Quantity.of(2, "kg")).withUncertainty(new Uncertainty.Uniform(1, 3))));
        Process part = Process.of("part", LifeCycleStage.PRODUCTION, List.of(
                Technosphere.productOutput("part", Quantity.of(1, "kg")),
                Emission.of(GreenhouseGas.CO2_FOSSIL, Quantity.of(2, "kg"))));
        MonteCarloResult mc = FootprintCalculation.calculate(new ProductSystem("x", List.of(product, part),
                "product", "product", Quantity.of(1, "kg")), SETUP).monteCarlo(20_000, 7);
        assertThat(mc.meanKgCo2e()).isCloseTo(4, within(0.03));
        assertThat(mc.percentile2p5KgCo2e()).isCloseTo(2.1, within(0.03));
        assertThat(mc.percentile97p5KgCo2e()).isCloseTo(5.9, within(0.03));
        assertThat(mc.deterministicKgCo2e()).isCloseTo(4, within(1e-12));
    }

    @Test
    void triangularAndNormalDistributionsHaveTheirMeans() {
        // Triangular(1, 2, 6) mean (1 + 2 + 6) / 3 = 3; normal(5, 0.5) mean 5.
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        Uncertainty tri = new Uncertainty.Triangular(1, 2, 6);
        Uncertainty normal = new Uncertainty.Normal(5, 0.5);
        double t = 0;
        double n = 0;
        for (int i = 0; i < 100_000; i++) {
            double x = tri.sample(random);
            assertThat(x).isBetween(1.0, 6.0);
            t += x;
            n += normal.sample(random);
        }
        assertThat(t / 100_000).isCloseTo(tri.mean(), within(0.02));
        assertThat(n / 100_000).isCloseTo(5, within(0.01));
    }
}
