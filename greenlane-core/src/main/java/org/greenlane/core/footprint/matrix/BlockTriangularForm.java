package org.greenlane.core.footprint.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Permutes a square matrix to block upper triangular form: a maximum transversal puts nonzeros on the
 * diagonal (Duff 1981, as in CSparse cs_maxtrans), then Tarjan's strongly connected components give the
 * diagonal blocks. In a supply chain most blocks are single processes; loops become the larger blocks.
 */
final class BlockTriangularForm {

    /** Permuted row k is original row rowOrder[k]. */
    final int[] rowOrder;
    /** Permuted column k is original column colOrder[k]. */
    final int[] colOrder;
    /** Block b spans permuted indices [blockStart[b], blockStart[b+1]). */
    final int[] blockStart;

    private BlockTriangularForm(int[] rowOrder, int[] colOrder, int[] blockStart) {
        this.rowOrder = rowOrder;
        this.colOrder = colOrder;
        this.blockStart = blockStart;
    }

    int blocks() {
        return blockStart.length - 1;
    }

    static BlockTriangularForm of(CscMatrix a) {
        int n = a.cols();
        int[] colOfRow = maximumTransversal(a);
        // Tarjan on the graph of M = A(:, colOfRow), edges j -> i for M(i, j) != 0. Components come out so that
        // every edge leads to an earlier or the same component, which is block upper triangular order.
        int[] ap = a.colStart();
        int[] ai = a.rowIndex();
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int stackTop = 0;
        int[] callNode = new int[n];
        int[] callPos = new int[n];
        int[] order = new int[n];
        int emitted = 0;
        List<Integer> starts = new ArrayList<>();
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callPos[0] = ap[colOfRow[root]];
            index[root] = low[root] = counter++;
            stack[stackTop++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                int col = colOfRow[v];
                int end = ap[col + 1];
                boolean descended = false;
                while (callPos[depth] < end) {
                    int w = ai[callPos[depth]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[stackTop++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callPos[depth] = ap[colOfRow[w]];
                        descended = true;
                        break;
                    } else if (onStack[w] && index[w] < low[v]) {
                        low[v] = index[w];
                    }
                }
                if (descended) {
                    continue;
                }
                if (low[v] == index[v]) {
                    starts.add(emitted);
                    int w;
                    do {
                        w = stack[--stackTop];
                        onStack[w] = false;
                        order[emitted++] = w;
                    } while (w != v);
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    if (low[v] < low[parent]) {
                        low[parent] = low[v];
                    }
                }
            }
        }
        int[] blockStart = new int[starts.size() + 1];
        for (int b = 0; b < starts.size(); b++) {
            blockStart[b] = starts.get(b);
        }
        blockStart[starts.size()] = n;
        int[] colOrder = new int[n];
        for (int k = 0; k < n; k++) {
            colOrder[k] = colOfRow[order[k]];
        }
        return new BlockTriangularForm(order, colOrder, blockStart);
    }

    /** For each row, a distinct column with a structural nonzero in that row. */
    static int[] maximumTransversal(CscMatrix a) {
        int n = a.cols();
        if (a.rows() != n) {
            throw new IllegalArgumentException("matrix must be square, is " + a.rows() + " x " + n);
        }
        int[] ap = a.colStart();
        int[] ai = a.rowIndex();
        int[] colOfRow = new int[n];
        int[] rowOfCol = new int[n];
        Arrays.fill(colOfRow, -1);
        Arrays.fill(rowOfCol, -1);
        // Supply chains mostly have each process on its own diagonal: take those first.
        for (int j = 0; j < n; j++) {
            if (Arrays.binarySearch(ai, ap[j], ap[j + 1], j) >= 0) {
                colOfRow[j] = j;
                rowOfCol[j] = j;
            }
        }
        int[] cheap = new int[n];
        int[] visited = new int[n];
        Arrays.fill(visited, -1);
        int[] js = new int[n];
        int[] is = new int[n];
        int[] ps = new int[n];
        for (int j = 0; j < n; j++) {
            cheap[j] = ap[j];
        }
        for (int k = 0; k < n; k++) {
            if (rowOfCol[k] >= 0) {
                continue;
            }
            augment(k, ap, ai, colOfRow, rowOfCol, cheap, visited, js, is, ps);
        }
        List<Integer> unmatchedCols = new ArrayList<>();
        List<Integer> unmatchedRows = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (rowOfCol[j] < 0) {
                unmatchedCols.add(j);
            }
            if (colOfRow[j] < 0) {
                unmatchedRows.add(j);
            }
        }
        if (!unmatchedCols.isEmpty()) {
            throw new SingularMatrixException("structurally singular: " + unmatchedCols.size()
                    + " column(s) cannot be matched to a row", unmatchedCols, unmatchedRows);
        }
        return colOfRow;
    }

    /** Depth-first search for an augmenting path from column k (CSparse cs_augment, iterative). */
    private static void augment(int k, int[] ap, int[] ai, int[] colOfRow, int[] rowOfCol, int[] cheap,
                                int[] visited, int[] js, int[] is, int[] ps) {
        boolean found = false;
        int head = 0;
        js[0] = k;
        int i = -1;
        while (head >= 0) {
            int j = js[head];
            if (visited[j] != k) {
                visited[j] = k;
                int p;
                for (p = cheap[j]; p < ap[j + 1] && !found; p++) {
                    i = ai[p];
                    found = colOfRow[i] == -1;
                }
                cheap[j] = p;
                if (found) {
                    is[head] = i;
                    break;
                }
                ps[head] = ap[j];
            }
            int p;
            for (p = ps[head]; p < ap[j + 1]; p++) {
                i = ai[p];
                if (visited[colOfRow[i]] == k) {
                    continue;
                }
                ps[head] = p + 1;
                is[head] = i;
                js[++head] = colOfRow[i];
                break;
            }
            if (p == ap[j + 1]) {
                head--;
            }
        }
        if (found) {
            for (int p = head; p >= 0; p--) {
                colOfRow[is[p]] = js[p];
                rowOfCol[js[p]] = is[p];
            }
        }
    }
}
