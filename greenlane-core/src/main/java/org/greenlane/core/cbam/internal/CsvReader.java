package org.greenlane.core.cbam.internal;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 reader (comma separator, double-quoted fields, doubled quotes, line breaks inside quotes).
 * The JDK has none and the core stays free of third-party parsers; lines starting with {@code #}
 * outside quotes are comments, so curated tables can carry their citation in the file.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /** One data record with the physical line number it started on, for error messages. */
    public record Record(int line, Map<String, String> fields) {

        public String get(String column) {
            String value = fields.get(column);
            if (value == null) {
                throw new IllegalStateException("column " + column + " missing at line " + line);
            }
            return value.strip();
        }
    }

    /**
     * Reads the header and all records; fails naming the source and line when a record has
     * a different field count than the header, or a required column is absent.
     */
    public static List<Record> read(Reader in, String sourceName, List<String> requiredColumns) throws IOException {
        List<List<String>> raw = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parse(in, sourceName, raw, lines);
        if (raw.isEmpty()) {
            throw new IllegalArgumentException(sourceName + ": empty file, expected a header with columns " + requiredColumns);
        }
        List<String> header = raw.get(0).stream().map(h -> stripBom(h).strip()).toList();
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException(sourceName + ": header at line " + lines.get(0)
                        + " lacks column '" + column + "' (found " + header + ")");
            }
        }
        List<Record> records = new ArrayList<>();
        for (int i = 1; i < raw.size(); i++) {
            List<String> values = raw.get(i);
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue;
            }
            if (values.size() != header.size()) {
                throw new IllegalArgumentException(sourceName + ": line " + lines.get(i) + " has " + values.size()
                        + " fields, header has " + header.size());
            }
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                fields.put(header.get(c), values.get(c));
            }
            records.add(new Record(lines.get(i), Map.copyOf(fields)));
        }
        return List.copyOf(records);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static void parse(Reader source, String sourceName, List<List<String>> out, List<Integer> lines) throws IOException {
        PushbackReader in = new PushbackReader(source, 1);
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atRecordStart = true;
        boolean comment = false;
        int line = 1;
        int recordLine = 1;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (comment) {
                if (ch == '\n') {
                    comment = false;
                    line++;
                    recordLine = line;
                }
                continue;
            }
            if (quoted) {
                if (ch == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.unread(next);
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                continue;
            }
            if (atRecordStart && ch == '#') {
                comment = true;
                continue;
            }
            atRecordStart = false;
            switch (ch) {
                case '"' -> {
                    if (field.length() > 0) {
                        throw new IllegalArgumentException(sourceName + ": line " + line
                                + ": quote inside an unquoted field");
                    }
                    quoted = true;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                }
                case '\r' -> {
                    // CRLF line ends: the \n that follows closes the record
                }
                case '\n' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    out.add(record);
                    lines.add(recordLine);
                    record = new ArrayList<>();
                    atRecordStart = true;
                    line++;
                    recordLine = line;
                }
                default -> field.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(sourceName + ": unterminated quoted field starting in record at line " + recordLine);
        }
        if (!atRecordStart) {
            record.add(field.toString());
            out.add(record);
            lines.add(recordLine);
        }
    }
}
