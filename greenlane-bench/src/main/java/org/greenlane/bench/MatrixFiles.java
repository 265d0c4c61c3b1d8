package org.greenlane.bench;

import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generated matrices on disk, for the solvers timed in other processes: Matrix Market files for SciPy
 * (A, B, and c as a dense column) and one binary file for the openLCA runner.
 */
public final class MatrixFiles {

    private MatrixFiles() {
    }

    static void matrixMarket(Path file, int rows, int cols, int[] row, int[] col, double[] value) throws IOException {
        try (PrintWriter out = new PrintWriter(new BufferedWriter(Files.newBufferedWriter(file), 1 << 16))) {
            out.println("%%MatrixMarket matrix coordinate real general");
            out.println(rows + " " + cols + " " + row.length);
            for (int k = 0; k < row.length; k++) {
                out.print(row[k] + 1);
                out.print(' ');
                out.print(col[k] + 1);
                out.print(' ');
                out.println(Double.toString(value[k]));
            }
        }
    }

    static void vector(Path file, double[] values) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (double v : values) {
                out.println(Double.toString(v));
            }
        }
    }

    /** n, flows, reference, then A and B as (count, rows, cols, values), then c. */
    static void binary(Path file, SupplyChainGenerator.Generated g) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(g.processes());
            out.writeInt(g.flows());
            out.writeInt(g.reference());
            triplets(out, g.aRow(), g.aCol(), g.aValue());
            triplets(out, g.bRow(), g.bCol(), g.bValue());
            for (double v : g.characterisation()) {
                out.writeDouble(v);
            }
        }
    }

    private static void triplets(DataOutputStream out, int[] row, int[] col, double[] value) throws IOException {
        out.writeInt(row.length);
        for (int k = 0; k < row.length; k++) {
            out.writeInt(row[k]);
            out.writeInt(col[k]);
            out.writeDouble(value[k]);
        }
    }

    /** What {@link #binary} wrote. */
    public record Read(int processes, int flows, int reference, int[] aRow, int[] aCol, double[] aValue, int[] bRow,
                int[] bCol, double[] bValue, double[] characterisation) {
    }

    public static Read readBinary(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            int flows = in.readInt();
            int reference = in.readInt();
            int na = in.readInt();
            int[] ar = new int[na];
            int[] ac = new int[na];
            double[] av = new double[na];
            for (int k = 0; k < na; k++) {
                ar[k] = in.readInt();
                ac[k] = in.readInt();
                av[k] = in.readDouble();
            }
            int nb = in.readInt();
            int[] br = new int[nb];
            int[] bc = new int[nb];
            double[] bv = new double[nb];
            for (int k = 0; k < nb; k++) {
                br[k] = in.readInt();
                bc[k] = in.readInt();
                bv[k] = in.readDouble();
            }
            double[] c = new double[flows];
            for (int f = 0; f < flows; f++) {
                c[f] = in.readDouble();
            }
            return new Read(n, flows, reference, ar, ac, av, br, bc, bv, c);
        }
    }
}
