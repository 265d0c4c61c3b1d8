package org.greenlane.core.footprint;

import org.greenlane.core.footprint.Exchange.Emission;
import org.greenlane.core.footprint.Exchange.Technosphere;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.quality.Uncertainty;
import org.greenlane.core.footprint.units.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Prints end-to-end engine timings (model to matrices, factorise, solve, contributions) on generated supply chains
 * shaped like the test-scope RandomSupplyChain, and a Monte Carlo run. A guide while optimising, not a test.
 */
public final class FootprintTimings {

    private FootprintTimings() {
    }

    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) {
            time(2_000, 9);
            time(16_000, 9);
        }
        ProductSystem small = generate(500, 9, true, 500);
        FootprintCalculation calc = FootprintCalculation.calculate(small, CalculationSetup.defaults());
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            MonteCarloResult mc = calc.monteCarlo(1_000, 1);
            System.out.printf("Monte Carlo 500 processes x 1000 iterations: %.0f ms (mean %.4g, 95%% [%.4g, %.4g])%n",
                    (System.nanoTime() - t0) / 1e6, mc.meanKgCo2e(), mc.percentile2p5KgCo2e(),
                    mc.percentile97p5KgCo2e());
        }
    }

    private static void time(int n, int inputs) {
        ProductSystem system = generate(n, inputs, false, n);
        long t0 = System.nanoTime();
        FootprintCalculation calc = FootprintCalculation.calculate(system, CalculationSetup.defaults());
        long t1 = System.nanoTime();
        System.out.printf("n=%d build+factorise+solve+contributions %.0f ms (total %.4g kg CO2e)%n", n,
                (t1 - t0) / 1e6, calc.result().totalKgCo2e());
    }

    /** Same shape as RandomSupplyChain: hubs, mostly upstream inputs, a few nearby loops; 4000 elementary flows. */
    static ProductSystem generate(int n, int inputs, boolean uncertain, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int hubs = Math.max(1, n / 400);
        GreenhouseGas[] gases = {GreenhouseGas.CO2_FOSSIL, GreenhouseGas.CH4_FOSSIL, GreenhouseGas.N2O};
        List<Process> processes = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            List<Exchange> exchanges = new ArrayList<>();
            exchanges.add(Technosphere.productOutput("p" + j, Quantity.of(1, "kg")));
            int count = 1 + random.nextInt(2 * inputs - 1);
            double budget = 0.9 / count;
            java.util.Set<Integer> used = new java.util.HashSet<>();
            for (int k = 0; k < count; k++) {
                double u = random.nextDouble();
                int provider;
                if (u < 0.15) {
                    provider = random.nextInt(hubs);
                } else if (j < hubs) {
                    provider = random.nextInt(n);
                } else if (u < 0.18) {
                    provider = Math.min(n - 1, j + 1 + random.nextInt(64));
                } else {
                    provider = random.nextInt(j);
                }
                if (provider == j || !used.add(provider)) {
                    continue;
                }
                Technosphere in = Technosphere.productInput("p" + provider, Quantity.of(budget * random.nextDouble(), "kg"));
                exchanges.add(uncertain ? in.withUncertainty(new Uncertainty.LogNormal(in.amount().value(), 1.1)) : in);
            }
            for (int e = 0; e < 4; e++) {
                int f = random.nextInt(4000);
                GreenhouseGas gas = f < 3 ? gases[f] : null;
                String id = gas != null ? gas.name() : "flow-" + f;
                if (exchanges.stream().anyMatch(x -> x.label().equals(id))) {
                    continue;
                }
                Emission em = new Emission(id, id, gas, Quantity.of(random.nextDouble(), "kg"), null);
                exchanges.add(uncertain ? em.withUncertainty(new Uncertainty.LogNormal(em.amount().value(), 1.2)) : em);
            }
            exchanges.add(new Emission("direct CO2", GreenhouseGas.CO2_FOSSIL.name(), GreenhouseGas.CO2_FOSSIL,
                    Quantity.of(random.nextDouble(), "kg"), null));
            processes.add(Process.of("proc" + j, LifeCycleStage.PRODUCTION, exchanges));
        }
        return new ProductSystem("generated-" + n, processes, "proc" + (n - 1), "p" + (n - 1), Quantity.of(1, "kg"));
    }
}
