package org.greenlane.core.customs.model;

/** Row-major feature values of a batch of declarations, in the order the batch was given. */
record FeatureMatrix(float[] values, int rows, int columns) {

    FeatureMatrix {
        if (values.length != rows * columns) {
            throw new IllegalArgumentException("feature matrix of " + rows + " x " + columns + " needs "
                    + rows * columns + " values, has " + values.length);
        }
    }

    float get(int row, int column) {
        return values[row * columns + column];
    }
}
