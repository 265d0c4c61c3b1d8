package org.greenlane.core.footprint.matrix;

import java.util.Arrays;

/**
 * A sparse matrix in compressed sparse column form: for column j, the row indices
 * {@code rowIndex[colStart[j] .. colStart[j+1])} are ascending and unique, with their values beside them.
 * Primitive arrays only, so the hot loops of the solver never box or allocate.
 */
public final class CscMatrix {

    private final int rows;
    private final int cols;
    private final int[] colStart;
    private final int[] rowIndex;
    private final double[] values;

    CscMatrix(int rows, int cols, int[] colStart, int[] rowIndex, double[] values) {
        this.rows = rows;
        this.cols = cols;
        this.colStart = colStart;
        this.rowIndex = rowIndex;
        this.values = values;
    }

    public static Builder builder(int rows, int cols) {
        return new Builder(rows, cols);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int nonZeros() {
        return colStart[cols];
    }

    /** Read-only views for the solver and result code in this module. */
    int[] colStart() {
        return colStart;
    }

    int[] rowIndex() {
        return rowIndex;
    }

    double[] values() {
        return values;
    }

    public double get(int row, int col) {
        int p = Arrays.binarySearch(rowIndex, colStart[col], colStart[col + 1], row);
        return p >= 0 ? values[p] : 0.0;
    }

    /** Row indices of the stored entries of one column, ascending. */
    public int[] rowsOfColumn(int col) {
        return Arrays.copyOfRange(rowIndex, colStart[col], colStart[col + 1]);
    }

    /** Values of the stored entries of one column, in the order of {@link #rowsOfColumn(int)}. */
    public double[] valuesOfColumn(int col) {
        return Arrays.copyOfRange(values, colStart[col], colStart[col + 1]);
    }

    /** The same pattern with other values, e.g. one Monte Carlo draw; {@code newValues} follow the storage order. */
    public CscMatrix withValues(double[] newValues) {
        if (newValues.length != values.length) {
            throw new IllegalArgumentException("expected " + values.length + " values, got " + newValues.length);
        }
        return new CscMatrix(rows, cols, colStart, rowIndex, newValues.clone());
    }

    /** A copy of the stored values in storage order. */
    public double[] valuesCopy() {
        return values.clone();
    }

    /** y = M x. */
    public double[] multiply(double[] x) {
        if (x.length != cols) {
            throw new IllegalArgumentException("vector has " + x.length + " entries, matrix has " + cols + " columns");
        }
        double[] y = new double[rows];
        for (int j = 0; j < cols; j++) {
            double xj = x[j];
            if (xj == 0.0) {
                continue;
            }
            for (int p = colStart[j], end = colStart[j + 1]; p < end; p++) {
                y[rowIndex[p]] += values[p] * xj;
            }
        }
        return y;
    }

    /** y = M^T x. */
    public double[] multiplyTransposed(double[] x) {
        if (x.length != rows) {
            throw new IllegalArgumentException("vector has " + x.length + " entries, matrix has " + rows + " rows");
        }
        double[] y = new double[cols];
        for (int j = 0; j < cols; j++) {
            double sum = 0.0;
            for (int p = colStart[j], end = colStart[j + 1]; p < end; p++) {
                sum += values[p] * x[rowIndex[p]];
            }
            y[j] = sum;
        }
        return y;
    }

    /** Collects (row, column, value) triplets; duplicates are summed. */
    public static final class Builder {
        private final int rows;
        private final int cols;
        private int size;
        private int[] tripletRow = new int[16];
        private int[] tripletCol = new int[16];
        private double[] tripletValue = new double[16];
        private int[] positions;

        Builder(int rows, int cols) {
            if (rows < 0 || cols < 0) {
                throw new IllegalArgumentException("matrix size must not be negative: " + rows + " x " + cols);
            }
            this.rows = rows;
            this.cols = cols;
        }

        /** Adds a triplet; returns its index, which {@link #positions()} maps to a storage slot after build. */
        public int add(int row, int col, double value) {
            if (row < 0 || row >= rows || col < 0 || col >= cols) {
                throw new IndexOutOfBoundsException("entry (" + row + ", " + col + ") outside " + rows + " x " + cols);
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("entry (" + row + ", " + col + ") is not finite: " + value);
            }
            if (size == tripletRow.length) {
                int grown = size * 2;
                tripletRow = Arrays.copyOf(tripletRow, grown);
                tripletCol = Arrays.copyOf(tripletCol, grown);
                tripletValue = Arrays.copyOf(tripletValue, grown);
            }
            tripletRow[size] = row;
            tripletCol[size] = col;
            tripletValue[size] = value;
            return size++;
        }

        public CscMatrix build() {
            // Counting sort by row, then a stable counting sort by column: rows come out ascending in each column.
            int[] byRow = countingOrder(tripletRow, rows, identity(size));
            int[] order = countingOrder(tripletCol, cols, byRow);
            int[] colStart = new int[cols + 1];
            int[] rowIndex = new int[size];
            double[] values = new double[size];
            positions = new int[size];
            int nz = 0;
            int k = 0;
            for (int j = 0; j < cols; j++) {
                colStart[j] = nz;
                int lastRow = -1;
                while (k < size && tripletCol[order[k]] == j) {
                    int t = order[k++];
                    int r = tripletRow[t];
                    if (r != lastRow) {
                        rowIndex[nz] = r;
                        values[nz] = 0.0;
                        nz++;
                        lastRow = r;
                    }
                    values[nz - 1] += tripletValue[t];
                    positions[t] = nz - 1;
                }
            }
            colStart[cols] = nz;
            return new CscMatrix(rows, cols, colStart, Arrays.copyOf(rowIndex, nz), Arrays.copyOf(values, nz));
        }

        /** For each added triplet, its storage slot in the built matrix (duplicates share a slot). */
        public int[] positions() {
            if (positions == null) {
                throw new IllegalStateException("build() first");
            }
            return positions.clone();
        }

        private int[] identity(int n) {
            int[] id = new int[n];
            for (int i = 0; i < n; i++) {
                id[i] = i;
            }
            return id;
        }

        private int[] countingOrder(int[] key, int range, int[] input) {
            int[] count = new int[range + 1];
            for (int t : input) {
                count[key[t] + 1]++;
            }
            for (int i = 0; i < range; i++) {
                count[i + 1] += count[i];
            }
            int[] out = new int[input.length];
            for (int t : input) {
                out[count[key[t]]++] = t;
            }
            return out;
        }
    }
}
