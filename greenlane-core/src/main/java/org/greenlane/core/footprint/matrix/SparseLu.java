package org.greenlane.core.footprint.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sparse LU factorisation in the manner of KLU (Davis and Palamadai Natarajan 2010): block triangular form,
 * a fill-reducing minimum degree ordering inside each diagonal block, then Gilbert-Peierls left-looking LU
 * with threshold partial pivoting that prefers the diagonal. Off-diagonal blocks are never factorised; the
 * solves walk them directly. {@link #refactor} keeps the pivot sequence and the L and U patterns and only
 * recomputes values, which is what Monte Carlo needs.
 *
 * <p>Not thread-safe: a solve uses the factorisation's work array. Use one instance per thread.
 */
public final class SparseLu {

    /** KLU's default: accept the diagonal if it is at least this fraction of the column's largest candidate. */
    private static final double PIVOT_TOLERANCE = 0.001;

    private final int n;
    private final int[] blockStart;
    /** Permuted column k is column colOrder[k] of A. */
    private final int[] colOrder;
    /** Row order after BTF and ordering, before pivoting. */
    private final int[] preRowOrder;
    /** Permuted matrix C = A(preRowOrder, colOrder), pattern fixed; cMap points into A's value array. */
    private final int[] cp;
    private final int[] ci;
    private final int[] cMap;
    private final double[] cx;
    private final int sourceNonZeros;

    /** Final row order: permuted row k is row rowOrder[k] of A. */
    private int[] rowOrder;
    /** For each pre-pivot permuted row, its final position. */
    private int[] finalOfPre;
    private int[] lp;
    private int[] li;
    private double[] lx;
    private int[] up;
    private int[] ui;
    private double[] ux;
    private double[] udiag;
    /** Off-diagonal block entries per permuted column, rows in final order. */
    private int[] fp;
    private int[] fi;
    private double[] fx;
    private final double[] work;

    private SparseLu(int n, int[] blockStart, int[] colOrder, int[] preRowOrder, int[] cp, int[] ci, int[] cMap) {
        this.n = n;
        this.blockStart = blockStart;
        this.colOrder = colOrder;
        this.preRowOrder = preRowOrder;
        this.cp = cp;
        this.ci = ci;
        this.cMap = cMap;
        this.cx = new double[ci.length];
        this.sourceNonZeros = ci.length;
        this.work = new double[n];
    }

    /**
     * Analyses and factorises a square matrix.
     *
     * @throws SingularMatrixException naming the columns without a pivot
     */
    public static SparseLu factorise(CscMatrix a) {
        SparseLu lu = analyse(a);
        lu.loadValues(a);
        lu.factorNumeric();
        return lu;
    }

    public int size() {
        return n;
    }

    public int blocks() {
        return blockStart.length - 1;
    }

    /** Size of the largest diagonal block: the largest loop of the supply chain. */
    public int largestBlock() {
        int max = 0;
        for (int b = 0; b + 1 < blockStart.length; b++) {
            max = Math.max(max, blockStart[b + 1] - blockStart[b]);
        }
        return max;
    }

    /** Nonzeros in L and U together, the diagonal included: a measure of fill. */
    public int factorNonZeros() {
        return lp[n] + up[n] + n;
    }

    /**
     * New values, same pattern: reuses the ordering and pivot sequence. If a reused pivot has become too small
     * it pivots afresh, so the answer is always as accurate as a full factorisation.
     */
    public void refactor(CscMatrix a) {
        if (a.cols() != n || a.nonZeros() != sourceNonZeros) {
            throw new IllegalArgumentException("refactor needs the same pattern as the analysed matrix");
        }
        loadValues(a);
        if (!factorReusingPivots()) {
            factorNumeric();
        }
    }

    private static SparseLu analyse(CscMatrix a) {
        int n = a.cols();
        BlockTriangularForm btf = BlockTriangularForm.of(a);
        int[] rowOrder = btf.rowOrder.clone();
        int[] colOrder = btf.colOrder.clone();
        int[] ap = a.colStart();
        int[] ai = a.rowIndex();
        int[] posOfRow = new int[n];
        for (int k = 0; k < n; k++) {
            posOfRow[rowOrder[k]] = k;
        }
        // Order each block larger than one by minimum degree on the pattern of B + B^T.
        for (int b = 0; b < btf.blocks(); b++) {
            int k1 = btf.blockStart[b];
            int k2 = btf.blockStart[b + 1];
            int size = k2 - k1;
            if (size <= 2) {
                continue;
            }
            int[] count = new int[size + 1];
            for (int jl = 0; jl < size; jl++) {
                int col = colOrder[k1 + jl];
                for (int p = ap[col]; p < ap[col + 1]; p++) {
                    int il = posOfRow[ai[p]] - k1;
                    if (il >= 0 && il < size && il != jl) {
                        count[il + 1]++;
                        count[jl + 1]++;
                    }
                }
            }
            for (int i = 0; i < size; i++) {
                count[i + 1] += count[i];
            }
            int[] adj = new int[count[size]];
            int[] fill = Arrays.copyOf(count, size);
            for (int jl = 0; jl < size; jl++) {
                int col = colOrder[k1 + jl];
                for (int p = ap[col]; p < ap[col + 1]; p++) {
                    int il = posOfRow[ai[p]] - k1;
                    if (il >= 0 && il < size && il != jl) {
                        adj[fill[il]++] = jl;
                        adj[fill[jl]++] = il;
                    }
                }
            }
            int[] start = new int[size + 1];
            int[] dedup = new int[adj.length];
            int[] seen = new int[size];
            Arrays.fill(seen, -1);
            int nz = 0;
            for (int i = 0; i < size; i++) {
                start[i] = nz;
                for (int p = count[i]; p < count[i + 1]; p++) {
                    int v = adj[p];
                    if (seen[v] != i) {
                        seen[v] = i;
                        dedup[nz++] = v;
                    }
                }
            }
            start[size] = nz;
            int[] perm = MinimumDegree.order(size, start, dedup);
            int[] newRows = new int[size];
            int[] newCols = new int[size];
            for (int k = 0; k < size; k++) {
                newRows[k] = rowOrder[k1 + perm[k]];
                newCols[k] = colOrder[k1 + perm[k]];
            }
            System.arraycopy(newRows, 0, rowOrder, k1, size);
            System.arraycopy(newCols, 0, colOrder, k1, size);
            for (int k = k1; k < k2; k++) {
                posOfRow[rowOrder[k]] = k;
            }
        }
        int nnz = a.nonZeros();
        int[] cp = new int[n + 1];
        int[] ci = new int[nnz];
        int[] cMap = new int[nnz];
        int nz = 0;
        for (int k = 0; k < n; k++) {
            cp[k] = nz;
            int col = colOrder[k];
            for (int p = ap[col]; p < ap[col + 1]; p++) {
                ci[nz] = posOfRow[ai[p]];
                cMap[nz] = p;
                nz++;
            }
        }
        cp[n] = nz;
        return new SparseLu(n, btf.blockStart.clone(), colOrder, rowOrder, cp, ci, cMap);
    }

    private void loadValues(CscMatrix a) {
        double[] ax = a.values();
        for (int p = 0; p < cx.length; p++) {
            cx[p] = ax[cMap[p]];
        }
    }

    /** Full numeric factorisation with threshold partial pivoting inside each block. */
    private void factorNumeric() {
        int cap = Math.max(16, cx.length);
        lp = new int[n + 1];
        li = new int[cap];
        lx = new double[cap];
        up = new int[n + 1];
        ui = new int[cap];
        ux = new double[cap];
        udiag = new double[n];
        finalOfPre = new int[n];
        int lnz = 0;
        int unz = 0;
        double[] x = work;
        int[] pinv = new int[n];
        int[] xi = new int[n];
        int[] stack = new int[n];
        int[] pstack = new int[n];
        int[] visit = new int[n];
        Arrays.fill(visit, -1);
        for (int b = 0; b + 1 < blockStart.length; b++) {
            int k1 = blockStart[b];
            int k2 = blockStart[b + 1];
            if (k2 - k1 == 1) {
                double pivot = 0.0;
                for (int p = cp[k1]; p < cp[k1 + 1]; p++) {
                    if (ci[p] == k1) {
                        pivot = cx[p];
                    }
                }
                if (pivot == 0.0 || !Double.isFinite(pivot)) {
                    throw singular(k1);
                }
                udiag[k1] = pivot;
                finalOfPre[k1] = k1;
                lp[k1 + 1] = lnz;
                up[k1 + 1] = unz;
                continue;
            }
            for (int r = k1; r < k2; r++) {
                pinv[r] = -1;
            }
            for (int k = k1; k < k2; k++) {
                // Reach of column k's block rows in the graph of L: the rows x will have nonzero, topologically sorted.
                int top = k2;
                for (int p = cp[k]; p < cp[k + 1]; p++) {
                    int r = ci[p];
                    if (r < k1 || visit[r] == k) {
                        continue;
                    }
                    top = depthFirst(r, k, k2, top, xi, stack, pstack, visit, pinv);
                }
                for (int t = top; t < k2; t++) {
                    x[xi[t]] = 0.0;
                }
                for (int p = cp[k]; p < cp[k + 1]; p++) {
                    int r = ci[p];
                    if (r >= k1) {
                        x[r] = cx[p];
                    }
                }
                int needed = k2 - top;
                if (lnz + needed > li.length) {
                    int grown = Math.max(li.length * 2, lnz + needed);
                    li = Arrays.copyOf(li, grown);
                    lx = Arrays.copyOf(lx, grown);
                }
                if (unz + needed > ui.length) {
                    int grown = Math.max(ui.length * 2, unz + needed);
                    ui = Arrays.copyOf(ui, grown);
                    ux = Arrays.copyOf(ux, grown);
                }
                int ipiv = -1;
                double amax = -1.0;
                for (int t = top; t < k2; t++) {
                    int r = xi[t];
                    int col = pinv[r];
                    if (col < 0) {
                        double v = Math.abs(x[r]);
                        if (v > amax) {
                            amax = v;
                            ipiv = r;
                        }
                        continue;
                    }
                    double xr = x[r];
                    ui[unz] = col;
                    ux[unz++] = xr;
                    if (xr != 0.0) {
                        for (int p = lp[col]; p < lp[col + 1]; p++) {
                            x[li[p]] -= lx[p] * xr;
                        }
                    }
                }
                if (pinv[k] < 0 && visit[k] == k && Math.abs(x[k]) >= PIVOT_TOLERANCE * amax) {
                    ipiv = k;
                }
                if (ipiv < 0 || amax <= 0.0 || !Double.isFinite(amax)) {
                    throw singular(k);
                }
                double pivot = x[ipiv];
                udiag[k] = pivot;
                pinv[ipiv] = k;
                for (int t = top; t < k2; t++) {
                    int r = xi[t];
                    if (pinv[r] < 0) {
                        li[lnz] = r;
                        lx[lnz++] = x[r] / pivot;
                    }
                    x[r] = 0.0;
                }
                lp[k + 1] = lnz;
                up[k + 1] = unz;
            }
            // L rows were kept in pre-pivot numbering for the depth-first searches; move them to final order.
            for (int r = k1; r < k2; r++) {
                finalOfPre[r] = pinv[r];
            }
            for (int p = lp[k1]; p < lnz; p++) {
                li[p] = pinv[li[p]];
            }
        }
        lp[0] = 0;
        up[0] = 0;
        buildRowOrderAndOffDiagonal();
    }

    /** Iterative depth-first search in the graph of L from pre-pivot row r (CSparse cs_dfs). */
    private int depthFirst(int r, int k, int k2, int top, int[] xi, int[] stack, int[] pstack, int[] visit,
                           int[] pinv) {
        int head = 0;
        stack[0] = r;
        while (head >= 0) {
            int j = stack[head];
            int col = pinv[j];
            if (visit[j] != k) {
                visit[j] = k;
                pstack[head] = col < 0 ? 0 : lp[col];
            }
            boolean done = true;
            int end = col < 0 ? 0 : lp[col + 1];
            for (int p = pstack[head]; p < end; p++) {
                int i = li[p];
                if (visit[i] == k) {
                    continue;
                }
                pstack[head] = p + 1;
                stack[++head] = i;
                done = false;
                break;
            }
            if (done) {
                head--;
                xi[--top] = j;
            }
        }
        return top;
    }

    private void buildRowOrderAndOffDiagonal() {
        rowOrder = new int[n];
        for (int r = 0; r < n; r++) {
            rowOrder[finalOfPre[r]] = preRowOrder[r];
        }
        fp = new int[n + 1];
        int count = 0;
        int[] blockOf = blockOfIndex();
        for (int k = 0; k < n; k++) {
            for (int p = cp[k]; p < cp[k + 1]; p++) {
                if (blockOf[ci[p]] < blockOf[k]) {
                    count++;
                }
            }
        }
        fi = new int[count];
        fx = new double[count];
        int nz = 0;
        for (int k = 0; k < n; k++) {
            fp[k] = nz;
            for (int p = cp[k]; p < cp[k + 1]; p++) {
                if (blockOf[ci[p]] < blockOf[k]) {
                    fi[nz] = finalOfPre[ci[p]];
                    fx[nz++] = cx[p];
                }
            }
        }
        fp[n] = nz;
    }

    private int[] blockOfIndex() {
        int[] blockOf = new int[n];
        for (int b = 0; b + 1 < blockStart.length; b++) {
            for (int k = blockStart[b]; k < blockStart[b + 1]; k++) {
                blockOf[k] = b;
            }
        }
        return blockOf;
    }

    /** Same pivots and patterns, new values. Returns false if a pivot became too small to trust. */
    private boolean factorReusingPivots() {
        double[] x = work;
        int fnz = 0;
        for (int b = 0; b + 1 < blockStart.length; b++) {
            int k1 = blockStart[b];
            int k2 = blockStart[b + 1];
            for (int k = k1; k < k2; k++) {
                double colMax = 0.0;
                for (int p = cp[k]; p < cp[k + 1]; p++) {
                    int r = ci[p];
                    if (r >= k1) {
                        double v = cx[p];
                        x[finalOfPre[r]] = v;
                        colMax = Math.max(colMax, Math.abs(v));
                    } else {
                        fx[fnz++] = cx[p];
                    }
                }
                for (int p = up[k]; p < up[k + 1]; p++) {
                    int col = ui[p];
                    double xr = x[col];
                    x[col] = 0.0;
                    ux[p] = xr;
                    if (xr != 0.0) {
                        for (int q = lp[col]; q < lp[col + 1]; q++) {
                            x[li[q]] -= lx[q] * xr;
                        }
                    }
                }
                double pivot = x[k];
                x[k] = 0.0;
                double lmax = 0.0;
                for (int p = lp[k]; p < lp[k + 1]; p++) {
                    lmax = Math.max(lmax, Math.abs(x[li[p]]));
                }
                if (pivot == 0.0 || !Double.isFinite(pivot) || Math.abs(pivot) < PIVOT_TOLERANCE * lmax
                        || Math.abs(pivot) < 1e-14 * colMax) {
                    Arrays.fill(x, 0.0);
                    return false;
                }
                udiag[k] = pivot;
                for (int p = lp[k]; p < lp[k + 1]; p++) {
                    int r = li[p];
                    lx[p] = x[r] / pivot;
                    x[r] = 0.0;
                }
            }
        }
        return true;
    }

    /** Solves A x = b; returns x, leaves b untouched. */
    public double[] solve(double[] b) {
        checkLength(b);
        double[] y = work;
        for (int k = 0; k < n; k++) {
            y[k] = b[rowOrder[k]];
        }
        for (int blk = blockStart.length - 2; blk >= 0; blk--) {
            int k1 = blockStart[blk];
            int k2 = blockStart[blk + 1];
            if (k2 - k1 == 1) {
                y[k1] /= udiag[k1];
            } else {
                for (int k = k1; k < k2; k++) {
                    double yk = y[k];
                    if (yk != 0.0) {
                        for (int p = lp[k]; p < lp[k + 1]; p++) {
                            y[li[p]] -= lx[p] * yk;
                        }
                    }
                }
                for (int k = k2 - 1; k >= k1; k--) {
                    double yk = y[k] / udiag[k];
                    y[k] = yk;
                    if (yk != 0.0) {
                        for (int p = up[k]; p < up[k + 1]; p++) {
                            y[ui[p]] -= ux[p] * yk;
                        }
                    }
                }
            }
            for (int k = k1; k < k2; k++) {
                double yk = y[k];
                if (yk != 0.0) {
                    for (int p = fp[k]; p < fp[k + 1]; p++) {
                        y[fi[p]] -= fx[p] * yk;
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[colOrder[k]] = y[k];
        }
        Arrays.fill(y, 0.0);
        return x;
    }

    /** Solves A^T x = b; returns x, leaves b untouched. */
    public double[] solveTransposed(double[] b) {
        checkLength(b);
        double[] v = work;
        for (int k = 0; k < n; k++) {
            v[k] = b[colOrder[k]];
        }
        for (int blk = 0; blk + 1 < blockStart.length; blk++) {
            int k1 = blockStart[blk];
            int k2 = blockStart[blk + 1];
            for (int k = k1; k < k2; k++) {
                double sum = v[k];
                for (int p = fp[k]; p < fp[k + 1]; p++) {
                    sum -= fx[p] * v[fi[p]];
                }
                v[k] = sum;
            }
            if (k2 - k1 == 1) {
                v[k1] /= udiag[k1];
                continue;
            }
            for (int k = k1; k < k2; k++) {
                double sum = v[k];
                for (int p = up[k]; p < up[k + 1]; p++) {
                    sum -= ux[p] * v[ui[p]];
                }
                v[k] = sum / udiag[k];
            }
            for (int k = k2 - 1; k >= k1; k--) {
                double sum = v[k];
                for (int p = lp[k]; p < lp[k + 1]; p++) {
                    sum -= lx[p] * v[li[p]];
                }
                v[k] = sum;
            }
        }
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[rowOrder[k]] = v[k];
        }
        Arrays.fill(v, 0.0);
        return x;
    }

    private void checkLength(double[] b) {
        if (b.length != n) {
            throw new IllegalArgumentException("right-hand side has " + b.length + " entries, matrix has " + n);
        }
    }

    /** Names the column without a pivot and the other columns of its block: the loop it cannot close. */
    private SingularMatrixException singular(int permutedColumn) {
        int column = colOrder[permutedColumn];
        List<Integer> loop = new ArrayList<>();
        loop.add(column);
        for (int b = 0; b + 1 < blockStart.length; b++) {
            if (permutedColumn >= blockStart[b] && permutedColumn < blockStart[b + 1]) {
                for (int k = blockStart[b]; k < blockStart[b + 1]; k++) {
                    if (k != permutedColumn) {
                        loop.add(colOrder[k]);
                    }
                }
            }
        }
        return new SingularMatrixException("numerically singular at column " + column, loop, List.of());
    }
}
