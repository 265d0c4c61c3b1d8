package org.greenlane.core.footprint.matrix;

import java.util.SplittableRandom;

/**
 * Deterministic random LCA-like technology matrices: each process makes one unit of its product (diagonal 1)
 * and buys a handful of inputs (negative off-diagonals), mostly from more basic processes (lower index).
 * Loops come in two kinds, as in ecoinvent: a few hub processes (electricity, transport, heat) are bought
 * by many and themselves buy from anywhere, and some inputs come from a nearby downstream process of the
 * same sector.
 * Column sums of inputs stay below one, so the economy is productive and the system well posed.
 */
public final class RandomSupplyChain {

    /** How far downstream a loop-closing input may reach. */
    private static final int SECTOR = 64;

    private RandomSupplyChain() {
    }

    /**
     * @param processes   number of processes
     * @param entries     target number of technosphere entries, diagonal included
     * @param loopShare   share of inputs taken from a nearby downstream process (closing a loop)
     * @param seed        random seed
     */
    public static CscMatrix technology(int processes, int entries, double loopShare, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CscMatrix.Builder builder = CscMatrix.builder(processes, processes);
        int inputsPerProcess = Math.max(1, (entries - processes) / processes);
        // A few hub processes (electricity, transport, heat) are inputs to a large share of processes.
        int hubs = Math.max(1, processes / 400);
        for (int j = 0; j < processes; j++) {
            builder.add(j, j, 1.0);
            int inputs = 1 + random.nextInt(2 * inputsPerProcess - 1);
            double budget = 0.9 / inputs;
            for (int k = 0; k < inputs; k++) {
                int provider;
                double u = random.nextDouble();
                if (u < 0.15) {
                    provider = random.nextInt(hubs);
                } else if (j < hubs) {
                    provider = random.nextInt(processes);
                } else if (u < 0.15 + loopShare) {
                    provider = Math.min(processes - 1, j + 1 + random.nextInt(SECTOR));
                } else {
                    provider = random.nextInt(j);
                }
                if (provider == j) {
                    continue;
                }
                builder.add(provider, j, -budget * random.nextDouble());
            }
        }
        return builder.build();
    }
}
