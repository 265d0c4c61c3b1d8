package org.greenlane.core.footprint.matrix;

import java.util.List;

/**
 * The matrix cannot be factorised: some columns have no pivot. The indices let the caller name the
 * processes (columns) and products (rows) at fault.
 */
public class SingularMatrixException extends ArithmeticException {

    private final List<Integer> columns;
    private final List<Integer> rows;

    public SingularMatrixException(String message, List<Integer> columns, List<Integer> rows) {
        super(message);
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /** Columns without a pivot, first; for a numerical failure followed by the other columns of its loop. */
    public List<Integer> columns() {
        return columns;
    }

    /** Rows left without a matching column, where known. */
    public List<Integer> rows() {
        return rows;
    }
}
