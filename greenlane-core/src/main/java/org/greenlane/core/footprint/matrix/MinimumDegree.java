package org.greenlane.core.footprint.matrix;

import java.util.Arrays;

/**
 * Fill-reducing ordering of a symmetric pattern: approximate minimum degree on the quotient graph
 * (Amestoy, Davis and Duff 1996), with element absorption, the approximate external degree bound and
 * dense rows set aside and ordered last. Supervariable detection is left out: supply-chain blocks rarely
 * have many identical rows.
 */
final class MinimumDegree {

    private static final int VARIABLE = 0;
    private static final int ELEMENT = 1;
    private static final int ABSORBED = 2;
    private static final int DENSE = 3;

    private MinimumDegree() {
    }

    /**
     * @param n      number of nodes
     * @param start  adjacency list offsets (length n + 1)
     * @param adj    symmetric adjacency without self loops or duplicates
     * @return the elimination order: order[k] is the node eliminated k-th
     */
    static int[] order(int n, int[] start, int[] adj) {
        int[][] varAdj = new int[n][];
        int[] varLen = new int[n];
        int[][] elAdj = new int[n][];
        int[] elLen = new int[n];
        int[][] members = new int[n][];
        int[] memberLen = new int[n];
        int[] state = new int[n];
        int[] degree = new int[n];
        int dense = Math.max(16, (int) (10 * Math.sqrt(n)));
        int[] order = new int[n];
        int ordered = 0;
        int denseCount = 0;
        int[] denseNodes = new int[n];
        for (int i = 0; i < n; i++) {
            int d = start[i + 1] - start[i];
            if (d > dense) {
                state[i] = DENSE;
                denseNodes[denseCount++] = i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (state[i] == DENSE) {
                continue;
            }
            int[] list = new int[start[i + 1] - start[i]];
            int len = 0;
            for (int p = start[i]; p < start[i + 1]; p++) {
                if (state[adj[p]] != DENSE) {
                    list[len++] = adj[p];
                }
            }
            varAdj[i] = list;
            varLen[i] = len;
            elAdj[i] = new int[4];
            degree[i] = len;
        }
        // Degree buckets as doubly linked lists.
        int[] head = new int[n + 1];
        int[] next = new int[n];
        int[] prev = new int[n];
        Arrays.fill(head, -1);
        for (int i = 0; i < n; i++) {
            if (state[i] == VARIABLE) {
                insert(i, degree[i], head, next, prev);
            }
        }
        int alive = n - denseCount;
        int[] mark = new int[n];
        int stamp = 0;
        int[] w = new int[n];
        int[] wStamp = new int[n];
        int[] lp = new int[n];
        int minDeg = 0;
        while (alive > 0) {
            while (head[minDeg] < 0) {
                minDeg++;
            }
            int p = head[minDeg];
            remove(p, degree[p], head, next, prev);
            order[ordered++] = p;
            alive--;
            stamp++;
            mark[p] = stamp;
            int lpLen = 0;
            int[] vp = varAdj[p];
            for (int k = 0; k < varLen[p]; k++) {
                int v = vp[k];
                if (state[v] == VARIABLE && mark[v] != stamp) {
                    mark[v] = stamp;
                    lp[lpLen++] = v;
                }
            }
            int[] ep = elAdj[p];
            for (int k = 0; k < elLen[p]; k++) {
                int e = ep[k];
                if (state[e] != ELEMENT) {
                    continue;
                }
                int[] me = members[e];
                for (int t = 0; t < memberLen[e]; t++) {
                    int v = me[t];
                    if (state[v] == VARIABLE && mark[v] != stamp) {
                        mark[v] = stamp;
                        lp[lpLen++] = v;
                    }
                }
                state[e] = ABSORBED;
                members[e] = null;
            }
            state[p] = ELEMENT;
            members[p] = Arrays.copyOf(lp, lpLen);
            memberLen[p] = lpLen;
            varAdj[p] = null;
            elAdj[p] = null;
            // |Le \ Lp| for every element e next to Lp, counted down from |Le|.
            for (int k = 0; k < lpLen; k++) {
                int i = lp[k];
                int[] ei = elAdj[i];
                for (int t = 0; t < elLen[i]; t++) {
                    int e = ei[t];
                    if (state[e] != ELEMENT) {
                        continue;
                    }
                    if (wStamp[e] != stamp) {
                        wStamp[e] = stamp;
                        w[e] = memberLen[e];
                    }
                    w[e]--;
                }
            }
            for (int k = 0; k < lpLen; k++) {
                int i = lp[k];
                int[] ei = elAdj[i];
                int external = 0;
                int keep = 0;
                for (int t = 0; t < elLen[i]; t++) {
                    int e = ei[t];
                    if (state[e] != ELEMENT) {
                        continue;
                    }
                    if (w[e] == 0) {
                        // Le is inside Lp: absorb it (aggressive absorption).
                        state[e] = ABSORBED;
                        members[e] = null;
                        continue;
                    }
                    ei[keep++] = e;
                    external += w[e];
                }
                if (keep == ei.length) {
                    ei = Arrays.copyOf(ei, ei.length * 2);
                    elAdj[i] = ei;
                }
                ei[keep++] = p;
                elLen[i] = keep;
                int[] vi = varAdj[i];
                int vKeep = 0;
                for (int t = 0; t < varLen[i]; t++) {
                    int v = vi[t];
                    if (state[v] == VARIABLE && mark[v] != stamp) {
                        vi[vKeep++] = v;
                    }
                }
                varLen[i] = vKeep;
                int d = vKeep + (lpLen - 1) + external;
                int bound = Math.min(alive - 1, degree[i] + lpLen);
                if (d > bound) {
                    d = bound;
                }
                if (d < 0) {
                    d = 0;
                }
                remove(i, degree[i], head, next, prev);
                degree[i] = d;
                insert(i, d, head, next, prev);
                if (d < minDeg) {
                    minDeg = d;
                }
            }
        }
        System.arraycopy(denseNodes, 0, order, ordered, denseCount);
        return order;
    }

    private static void insert(int i, int d, int[] head, int[] next, int[] prev) {
        next[i] = head[d];
        prev[i] = -1;
        if (head[d] >= 0) {
            prev[head[d]] = i;
        }
        head[d] = i;
    }

    private static void remove(int i, int d, int[] head, int[] next, int[] prev) {
        if (prev[i] >= 0) {
            next[prev[i]] = next[i];
        } else {
            head[d] = next[i];
        }
        if (next[i] >= 0) {
            prev[next[i]] = prev[i];
        }
    }
}
