package org.greenlane.core.footprint.matrix;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a generated supply chain in Matrix Market form, to time other solvers on the same matrix. */
public final class MatrixMarketDump {

    private MatrixMarketDump() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        int entries = Integer.parseInt(args[1]);
        double loops = Double.parseDouble(args[2]);
        CscMatrix a = RandomSupplyChain.technology(n, entries, loops, n);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3])))) {
            out.println("%%MatrixMarket matrix coordinate real general");
            out.println(n + " " + n + " " + a.nonZeros());
            for (int j = 0; j < n; j++) {
                for (int p = a.colStart()[j]; p < a.colStart()[j + 1]; p++) {
                    out.println((a.rowIndex()[p] + 1) + " " + (j + 1) + " " + a.values()[p]);
                }
            }
        }
    }
}
