package org.greenlane.server.footprint.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems found while reading a file, each naming sheet, row and column. Reading goes on after a problem so a
 * user sees all of them at once (up to a limit); any problem means nothing of the file is kept.
 */
public final class TableProblems {

    public static final int LIMIT = 200;

    private final List<String> problems = new ArrayList<>();
    private int dropped;

    public void add(String problem) {
        if (problems.size() < LIMIT) {
            problems.add(problem);
        } else {
            dropped++;
        }
    }

    public void at(Table table, Table.Row row, String column, String message) {
        add(table.where(row, column) + ": " + message);
    }

    public int count() {
        return problems.size() + dropped;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<String> list() {
        if (dropped == 0) {
            return List.copyOf(problems);
        }
        List<String> all = new ArrayList<>(problems);
        all.add("... and " + dropped + " more problem(s)");
        return all;
    }

    /** A finite number in a cell, or null after recording why not. Blank gives null without a problem. */
    public Double number(Table table, Table.Row row, String column, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        at(table, row, column, "'" + value + "' is not a number");
        return null;
    }
}
