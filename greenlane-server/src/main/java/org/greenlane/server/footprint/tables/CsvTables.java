package org.greenlane.server.footprint.tables;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 csv: comma separated, fields in double quotes may hold commas, quotes ("") and line breaks;
 * CRLF or LF line ends; a UTF-8 byte order mark is dropped. Row numbers are the line numbers where each record
 * starts, as a spreadsheet program would show them.
 */
public final class CsvTables {

    private CsvTables() {
    }

    /** All records, each with the line number it starts on. */
    public static List<Table.Row> records(Reader reader) throws IOException {
        List<Table.Row> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        boolean any = false;
        int line = 1;
        int recordLine = 1;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        while (c != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = next;
                        continue;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0 && !afterQuote) {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                any = true;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r') {
                    int next = reader.read();
                    if (next != '\n') {
                        c = next;
                        finish(records, cells, cell, any, recordLine);
                        any = false;
                        afterQuote = false;
                        line++;
                        recordLine = line;
                        continue;
                    }
                }
                finish(records, cells, cell, any, recordLine);
                any = false;
                afterQuote = false;
                line++;
                recordLine = line;
            } else {
                if (afterQuote) {
                    throw new IllegalArgumentException("row " + recordLine + ": text after a closing quote");
                }
                cell.append(ch);
                any = true;
            }
            c = reader.read();
        }
        if (quoted) {
            throw new IllegalArgumentException("row " + recordLine + ": a quoted field is not closed");
        }
        finish(records, cells, cell, any || cell.length() > 0, recordLine);
        return records;
    }

    /** The first non-blank record is the header; the rest are rows. */
    public static Table read(String name, Reader reader) throws IOException {
        List<Table.Row> records = records(reader);
        int first = 0;
        while (first < records.size() && records.get(first).isBlank()) {
            first++;
        }
        if (first == records.size()) {
            throw new IllegalArgumentException("sheet '" + name + "' is empty: it needs a header row");
        }
        Table.Builder table = new Table.Builder(name, records.get(first).cells());
        for (Table.Row row : records.subList(first + 1, records.size())) {
            if (!row.isBlank()) {
                table.add(row.number(), row.cells());
            }
        }
        return table.build();
    }

    private static void finish(List<Table.Row> records, List<String> cells, StringBuilder cell, boolean any,
                               int line) {
        if (any) {
            cells.add(cell.toString());
            records.add(new Table.Row(line, cells));
        }
        cells.clear();
        cell.setLength(0);
    }
}
