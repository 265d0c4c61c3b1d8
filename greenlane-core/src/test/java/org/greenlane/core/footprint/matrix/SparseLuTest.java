package org.greenlane.core.footprint.matrix;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SparseLuTest {

    @Test
    void solvesTheOpenLcaTwoProcessExample() {
        // Golden case from openLCA's olca-core test suite (matrix solver tests): A = [[1, 0], [-5, 4]], f = [1, 0]
        // gives s = [1, 1.25]. By hand: s0 = 1; -5 * 1 + 4 * s1 = 0, so s1 = 5 / 4 = 1.25.
        CscMatrix.Builder b = CscMatrix.builder(2, 2);
        b.add(0, 0, 1);
        b.add(1, 0, -5);
        b.add(1, 1, 4);
        double[] s = SparseLu.factorise(b.build()).solve(new double[] {1, 0});
        assertThat(s[0]).isCloseTo(1.0, within(1e-12));
        assertThat(s[1]).isCloseTo(1.25, within(1e-12));
    }

    @Test
    void solvesAThreeProcessLoopAgainstHandArithmetic() {
        // p0 needs 0.5 of p1; p1 needs 0.2 of p2; p2 needs 0.1 of p0 (a loop through all three).
        // s0 - 0.1 s2 = 1; s1 - 0.5 s0 = 0; s2 - 0.2 s1 = 0 -> s2 = 0.2 * 0.5 s0 = 0.1 s0,
        // s0 - 0.01 s0 = 1 -> s0 = 1 / 0.99, s1 = 0.5 / 0.99, s2 = 0.1 / 0.99.
        CscMatrix.Builder b = CscMatrix.builder(3, 3);
        b.add(0, 0, 1);
        b.add(1, 1, 1);
        b.add(2, 2, 1);
        b.add(1, 0, -0.5);
        b.add(2, 1, -0.2);
        b.add(0, 2, -0.1);
        SparseLu lu = SparseLu.factorise(b.build());
        double[] s = lu.solve(new double[] {1, 0, 0});
        assertThat(s[0]).isCloseTo(1 / 0.99, within(1e-12));
        assertThat(s[1]).isCloseTo(0.5 / 0.99, within(1e-12));
        assertThat(s[2]).isCloseTo(0.1 / 0.99, within(1e-12));
        assertThat(lu.blocks()).isEqualTo(1);
    }

    @Test
    void pivotsWhenTheDiagonalIsZero() {
        // [[0, 2], [3, 1]] x = [4, 5]: 2 x1 = 4 -> x1 = 2; 3 x0 + 2 = 5 -> x0 = 1.
        CscMatrix.Builder b = CscMatrix.builder(2, 2);
        b.add(1, 0, 3);
        b.add(0, 1, 2);
        b.add(1, 1, 1);
        double[] x = SparseLu.factorise(b.build()).solve(new double[] {4, 5});
        assertThat(x).containsExactly(new double[] {1, 2}, within(1e-12));
    }

    @Test
    void matchesDenseGaussianEliminationOnRandomSystems() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5 + random.nextInt(60);
            CscMatrix a = randomGeneral(n, random);
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = random.nextDouble() - 0.5;
            }
            SparseLu lu = SparseLu.factorise(a);
            assertThat(lu.solve(b)).containsExactly(dense(a, b, false), within(1e-9));
            assertThat(lu.solveTransposed(b)).containsExactly(dense(a, b, true), within(1e-9));
        }
    }

    @Test
    void refactorReusesTheAnalysisAndGivesTheFreshAnswer() {
        CscMatrix a = RandomSupplyChain.technology(300, 3000, 0.05, 11);
        SparseLu lu = SparseLu.factorise(a);
        SplittableRandom random = new SplittableRandom(3);
        double[] values = a.valuesCopy();
        for (int p = 0; p < values.length; p++) {
            values[p] *= 0.5 + random.nextDouble();
        }
        CscMatrix changed = a.withValues(values);
        lu.refactor(changed);
        double[] f = new double[300];
        f[299] = 1;
        assertThat(lu.solve(f)).containsExactly(SparseLu.factorise(changed).solve(f), within(1e-10));
    }

    @Test
    void refactorFallsBackToFreshPivotingWhenAReusedPivotVanishes() {
        // First [[1, 1], [1, 2]] pivots on the diagonal; then [[0, 1], [1, 2]] has a zero (0,0) pivot.
        // Solution of [[0, 1], [1, 2]] x = [1, 3]: x1 = 1, x0 = 3 - 2 = 1.
        CscMatrix.Builder b = CscMatrix.builder(2, 2);
        b.add(0, 0, 1);
        b.add(1, 0, 1);
        b.add(0, 1, 1);
        b.add(1, 1, 2);
        CscMatrix a = b.build();
        SparseLu lu = SparseLu.factorise(a);
        double[] values = a.valuesCopy();
        values[0] = 0;
        lu.refactor(a.withValues(values));
        assertThat(lu.solve(new double[] {1, 3})).containsExactly(new double[] {1, 1}, within(1e-12));
    }

    @Test
    void structurallySingularMatrixNamesTheUnmatchedColumn() {
        // Column 1 is empty: nothing can pivot there.
        CscMatrix.Builder b = CscMatrix.builder(2, 2);
        b.add(0, 0, 1);
        b.add(1, 0, -1);
        assertThatThrownBy(() -> SparseLu.factorise(b.build()))
                .isInstanceOfSatisfying(SingularMatrixException.class,
                        e -> assertThat(e.columns()).containsExactly(1));
    }

    @Test
    void numericallySingularMatrixNamesAColumn() {
        // [[1, 1], [1, 1]]: structurally fine, numerically rank one.
        CscMatrix.Builder b = CscMatrix.builder(2, 2);
        b.add(0, 0, 1);
        b.add(1, 0, 1);
        b.add(0, 1, 1);
        b.add(1, 1, 1);
        assertThatThrownBy(() -> SparseLu.factorise(b.build()))
                .isInstanceOf(SingularMatrixException.class)
                .hasMessageContaining("column");
    }

    @Test
    void residualIsSmallForTwoThousandProcesses() {
        assertSmallResidual(RandomSupplyChain.technology(2_000, 19_000, 0.03, 2_000));
    }

    @Test
    void residualIsSmallForSixteenThousandProcesses() {
        assertSmallResidual(RandomSupplyChain.technology(16_000, 150_000, 0.03, 16_000));
    }

    private static void assertSmallResidual(CscMatrix a) {
        int n = a.cols();
        double[] f = new double[n];
        f[n - 1] = 1;
        f[n / 2] = 2;
        SparseLu lu = SparseLu.factorise(a);
        double[] s = lu.solve(f);
        double[] r = a.multiply(s);
        double norm = 0;
        for (int i = 0; i < n; i++) {
            norm = Math.max(norm, Math.abs(r[i] - f[i]));
        }
        assertThat(norm).isLessThan(1e-10);
        double[] h = lu.solveTransposed(f);
        double[] rt = a.multiplyTransposed(h);
        double normT = 0;
        for (int i = 0; i < n; i++) {
            normT = Math.max(normT, Math.abs(rt[i] - f[i]));
        }
        assertThat(normT).isLessThan(1e-10);
    }

    private static CscMatrix randomGeneral(int n, SplittableRandom random) {
        CscMatrix.Builder b = CscMatrix.builder(n, n);
        // A dominant entry on a random permutation keeps it nonsingular without sitting on the diagonal.
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[k];
            perm[k] = t;
        }
        for (int j = 0; j < n; j++) {
            b.add(perm[j], j, 2 + random.nextDouble());
            for (int k = 0; k < 3; k++) {
                b.add(random.nextInt(n), j, random.nextDouble() - 0.5);
            }
        }
        return b.build();
    }

    private static double[] dense(CscMatrix a, double[] rhs, boolean transposed) {
        int n = a.cols();
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = transposed ? a.get(j, i) : a.get(i, j);
            }
            m[i][n] = rhs[i];
        }
        for (int c = 0; c < n; c++) {
            int best = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[best][c])) {
                    best = r;
                }
            }
            double[] t = m[c];
            m[c] = m[best];
            m[best] = t;
            for (int r = c + 1; r < n; r++) {
                double factor = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= factor * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = m[r][n];
            for (int k = r + 1; k < n; k++) {
                sum -= m[r][k] * x[k];
            }
            x[r] = sum / m[r][r];
        }
        return x;
    }
}
