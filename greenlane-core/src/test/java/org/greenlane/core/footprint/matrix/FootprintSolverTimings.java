package org.greenlane.core.footprint.matrix;

/** Prints solver timings on generated supply chains; a guide while optimising, not a test. */
public final class FootprintSolverTimings {

    private FootprintSolverTimings() {
    }

    public static void main(String[] args) {
        int[][] sizes = {{2_000, 19_000}, {16_000, 150_000}};
        double loops = args.length > 0 ? Double.parseDouble(args[0]) : 0.03;
        for (int round = 0; round < 3; round++) {
            for (int[] size : sizes) {
                CscMatrix a = RandomSupplyChain.technology(size[0], size[1], loops, size[0]);
                long t0 = System.nanoTime();
                SparseLu lu = SparseLu.factorise(a);
                long t1 = System.nanoTime();
                double[] f = new double[size[0]];
                f[size[0] - 1] = 1;
                lu.solve(f);
                long t2 = System.nanoTime();
                lu.refactor(a);
                long t3 = System.nanoTime();
                System.out.printf("n=%d nnz=%d blocks=%d largest=%d LU nnz=%d factorise=%.1f ms solve=%.2f ms refactor=%.1f ms%n",
                        size[0], a.nonZeros(), lu.blocks(), lu.largestBlock(), lu.factorNonZeros(),
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
            }
        }
    }
}
