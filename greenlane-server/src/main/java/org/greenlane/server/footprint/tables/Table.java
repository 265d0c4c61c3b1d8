package org.greenlane.server.footprint.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One sheet of a workbook or one csv file: a header and rows of text cells. Every row knows its number in the
 * source (1-based, as a spreadsheet shows it), so problems can name sheet, row and column.
 */
public record Table(String name, List<String> header, List<Row> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Index of a column by name (case-insensitive, trimmed), if present. */
    public Optional<Integer> column(String columnName) {
        String wanted = normalise(columnName);
        for (int i = 0; i < header.size(); i++) {
            if (normalise(header.get(i)).equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The spreadsheet letter of a column index: 0 is A, 26 is AA. */
    public static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int remainder = (n - 1) % 26;
            letters.insert(0, (char) ('A' + remainder));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }

    /** Where a cell is, in the words errors use: sheet 'Materials', row 7, column C (amount). */
    public String where(Row row, String columnName) {
        Optional<Integer> index = column(columnName);
        return "sheet '" + name + "', row " + row.number() + ", column "
                + index.map(i -> letter(i) + " (" + header.get(i).strip() + ")").orElse("'" + columnName + "'");
    }

    /** A row with the header's names bound, for reading cells by column name. */
    public Map<String, String> asMap(Row row) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(normalise(header.get(i)), i < row.cells().size() ? row.cells().get(i) : "");
        }
        return values;
    }

    static String normalise(String columnName) {
        return columnName == null ? "" : columnName.strip().toLowerCase(Locale.ROOT);
    }

    /** A row of cells as text (numbers written in plain decimal form), and its number in the source. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final String name;
        private final List<String> header;
        private final List<Row> rows = new ArrayList<>();

        public Builder(String name, List<String> header) {
            this.name = name;
            this.header = header;
        }

        public Builder add(int number, List<String> cells) {
            rows.add(new Row(number, cells));
            return this;
        }

        public Table build() {
            return new Table(name, header, rows);
        }
    }
}
