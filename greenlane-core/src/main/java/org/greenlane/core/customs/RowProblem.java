package org.greenlane.core.customs;

/** One thing wrong in a declaration file: the line (1 = header), the column name if known, and what. */
public record RowProblem(long line, String column, String message) {

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column '" + column + "'") + ": " + message;
    }
}
