package org.greenlane.core.footprint;

import org.greenlane.core.footprint.matrix.CscMatrix;
import org.greenlane.core.footprint.quality.Uncertainty;

import java.util.Arrays;

/**
 * Matrix entries as they were assembled from exchanges, kept so Monte Carlo can redraw each exchange amount and
 * factor and re-sum them into the same sparse pattern. value = scale * amount * factorMultiplier.
 */
final class Triplets {

    int size;
    int[] row = new int[64];
    int[] col = new int[64];
    double[] value = new double[64];
    /** value per unit of the exchange amount: sign, unit conversion, allocation and factor combined. */
    double[] scale = new double[64];
    double[] amount = new double[64];
    Uncertainty[] amountUncertainty = new Uncertainty[64];
    /** Index of the library factor whose uncertainty multiplies this entry, or -1. */
    int[] factor = new int[64];

    void add(int r, int c, double scaleValue, double amountValue, Uncertainty uncertainty, int factorIndex) {
        if (size == row.length) {
            int grown = size * 2;
            row = Arrays.copyOf(row, grown);
            col = Arrays.copyOf(col, grown);
            value = Arrays.copyOf(value, grown);
            scale = Arrays.copyOf(scale, grown);
            amount = Arrays.copyOf(amount, grown);
            amountUncertainty = Arrays.copyOf(amountUncertainty, grown);
            factor = Arrays.copyOf(factor, grown);
        }
        row[size] = r;
        col[size] = c;
        scale[size] = scaleValue;
        value[size] = scaleValue * amountValue;
        amount[size] = amountValue;
        amountUncertainty[size] = uncertainty;
        factor[size] = factorIndex;
        size++;
    }

    /** Builds the matrix; {@code positions} receives each triplet's storage slot. */
    CscMatrix build(int rows, int cols, int[][] positions) {
        CscMatrix.Builder builder = CscMatrix.builder(rows, cols);
        for (int t = 0; t < size; t++) {
            builder.add(row[t], col[t], value[t]);
        }
        CscMatrix m = builder.build();
        positions[0] = builder.positions();
        return m;
    }
}
