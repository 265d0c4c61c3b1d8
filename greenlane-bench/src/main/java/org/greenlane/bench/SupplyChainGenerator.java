package org.greenlane.bench;

import org.greenlane.core.footprint.Exchange;
import org.greenlane.core.footprint.LifeCycleStage;
import org.greenlane.core.footprint.Process;
import org.greenlane.core.footprint.ProductSystem;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.factors.GwpSet;
import org.greenlane.core.footprint.quality.Uncertainty;
import org.greenlane.core.footprint.units.Quantity;
import org.greenlane.core.footprint.units.Units;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic supply chains shaped like ecoinvent (docs/benchmarks.md, "footprint"): processes in supply tiers,
 * each buying a handful of materials from upstream processes, its grid electricity and freight from a few hub
 * markets (electricity, transport, heat), and now and then from a nearby downstream process of its own sector.
 * The hub markets buy from producers anywhere in the economy (power plants, fuels, vehicles), which closes loops
 * through them, as ecoinvent's electricity and transport markets do; the result is one large strongly connected
 * block with hub-shaped loops, not a uniformly random graph. Elementary flows are skewed: a few (the greenhouse
 * gases among them) are emitted by many processes, most by few. Column sums of inputs stay below one, so the
 * economy is productive and every system is well posed.
 */
public final class SupplyChainGenerator {

    /** A downstream input comes from at most this many processes further on, as within one sector. */
    private static final int SECTOR = 64;
    private static final GreenhouseGas[] GASES = {GreenhouseGas.CO2_FOSSIL, GreenhouseGas.CH4_FOSSIL,
            GreenhouseGas.N2O, GreenhouseGas.CO2_BIOGENIC, GreenhouseGas.CH4_BIOGENIC, GreenhouseGas.SF6,
            GreenhouseGas.HFC_134A, GreenhouseGas.NF3, GreenhouseGas.PFC_14, GreenhouseGas.HFC_23};

    private SupplyChainGenerator() {
    }

    /**
     * The same system twice: as the engine's process model, and as the matrices it compiles to (A with one unit of
     * output on the diagonal and inputs negative, B in kg, c the AR6 GWP of each elementary flow), so other solvers
     * can be timed on exactly these numbers.
     */
    public record Generated(ProductSystem system, int processes, int flows, int[] aRow, int[] aCol, double[] aValue,
                            int[] bRow, int[] bCol, double[] bValue, double[] characterisation, int reference) {

        public int technosphereEntries() {
            return aRow.length;
        }
    }

    /**
     * @param processes       number of processes (columns)
     * @param materialInputs  mean number of material inputs per process
     * @param flows           number of elementary flows
     * @param uncertain       whether amounts carry lognormal distributions (for Monte Carlo)
     */
    public static Generated generate(int processes, double materialInputs, int flows, boolean uncertain, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int hubCount = Math.max(4, processes / 400);
        boolean[] hub = new boolean[processes];
        int[] hubs = new int[hubCount];
        for (int h = 0; h < hubCount; h++) {
            // Spread over the tiers, never the final product.
            hubs[h] = (int) ((h + 0.5) * (processes - 1) / hubCount);
            hub[hubs[h]] = true;
        }
        Triplets a = new Triplets();
        Triplets b = new Triplets();
        List<Process> model = new ArrayList<>(processes);
        int maxMaterials = (int) Math.round(2 * materialInputs - 1);
        for (int j = 0; j < processes; j++) {
            Set<Integer> providers = new HashSet<>();
            if (hub[j]) {
                // A market buys from producers anywhere: power plants, fuels, vehicles, infrastructure.
                int count = 15 + random.nextInt(26);
                for (int k = 0; k < count; k++) {
                    providers.add(random.nextInt(processes - 1));
                }
            } else {
                providers.add(hubs[random.nextInt(hubCount)]);
                if (random.nextDouble() < 0.6) {
                    providers.add(hubs[random.nextInt(hubCount)]);
                }
                int count = 1 + random.nextInt(Math.max(1, maxMaterials));
                for (int k = 0; k < count && j > 0; k++) {
                    providers.add(random.nextInt(j));
                }
                if (random.nextDouble() < 0.3) {
                    providers.add(Math.min(processes - 2, j + 1 + random.nextInt(SECTOR)));
                }
            }
            providers.remove(j);
            List<Exchange> exchanges = new ArrayList<>();
            exchanges.add(new Exchange.Technosphere("p" + j, "p" + j, org.greenlane.core.footprint.FlowType.PRODUCT,
                    true, new Quantity(1, Units.KG), null, null, null));
            a.add(j, j, 1);
            double budget = 0.9 / Math.max(1, providers.size());
            for (int provider : providers.stream().sorted().toList()) {
                double amount = budget * (0.1 + 0.9 * random.nextDouble());
                Exchange.Technosphere in = new Exchange.Technosphere("p" + provider, "p" + provider,
                        org.greenlane.core.footprint.FlowType.PRODUCT, false, new Quantity(amount, Units.KG), null,
                        null, uncertain ? new Uncertainty.LogNormal(amount, 1.1) : null);
                exchanges.add(in);
                a.add(provider, j, -amount);
            }
            int emissions = 3 + random.nextInt(4);
            Set<Integer> emitted = new HashSet<>();
            for (int e = 0; e < emissions; e++) {
                double u = random.nextDouble();
                int flow = (int) (flows * u * u * u);
                if (!emitted.add(flow)) {
                    continue;
                }
                double amount = random.nextDouble();
                GreenhouseGas gas = flow < GASES.length ? GASES[flow] : null;
                String id = gas != null ? gas.name() : "flow-" + flow;
                exchanges.add(new Exchange.Emission(id, id, gas, new Quantity(amount, Units.KG),
                        uncertain ? new Uncertainty.LogNormal(Math.max(amount, 1e-9), 1.2) : null));
                b.add(flow, j, amount);
            }
            model.add(Process.of("proc" + j, LifeCycleStage.PRODUCTION, exchanges));
        }
        double[] c = new double[flows];
        for (int f = 0; f < Math.min(flows, GASES.length); f++) {
            c[f] = GwpSet.AR6.factor(GASES[f]);
        }
        int reference = processes - 1;
        ProductSystem system = new ProductSystem("generated-" + processes, model, "proc" + reference, "p" + reference,
                new Quantity(1, Units.KG));
        return new Generated(system, processes, flows, a.rows(), a.cols(), a.values(), b.rows(), b.cols(), b.values(),
                c, reference);
    }

    /** Growing arrays of matrix entries. */
    private static final class Triplets {
        private int size;
        private int[] row = new int[1024];
        private int[] col = new int[1024];
        private double[] value = new double[1024];

        void add(int r, int c, double v) {
            if (size == row.length) {
                row = Arrays.copyOf(row, size * 2);
                col = Arrays.copyOf(col, size * 2);
                value = Arrays.copyOf(value, size * 2);
            }
            row[size] = r;
            col[size] = c;
            value[size] = v;
            size++;
        }

        int[] rows() {
            return Arrays.copyOf(row, size);
        }

        int[] cols() {
            return Arrays.copyOf(col, size);
        }

        double[] values() {
            return Arrays.copyOf(value, size);
        }
    }
}
