package org.greenlane.core.customs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads inspected declarations in the csv layout of the Korea Customs Service / IBS "Customs
 * Import Declaration Datasets" (header row, columns found by name, in any order). All or nothing:
 * every malformed row, negative mass or value, date after {@code today}, unknown label or
 * duplicate id is collected with its line and column, and the file is refused as a whole.
 */
public final class DeclarationCsv {

    static final String ID = "Declaration ID";
    static final String DATE = "Date";
    static final String OFFICE = "Office ID";
    static final String PROCESS_TYPE = "Process Type";
    static final String IMPORT_TYPE = "Import Type";
    static final String IMPORT_USE = "Import Use";
    static final String PAYMENT_TYPE = "Payment Type";
    static final String TRANSPORT = "Mode of Transport";
    static final String DECLARANT = "Declarant ID";
    static final String IMPORTER = "Importer ID";
    static final String SELLER = "Seller ID";
    static final String COURIER = "Courier ID";
    static final String HS6 = "HS6 Code";
    static final String DEPARTURE = "Country of Departure";
    static final String ORIGIN = "Country of Origin";
    static final String TAX_RATE = "Tax Rate";
    static final String TAX_TYPE = "Tax Type";
    static final String ORIGIN_INDICATOR = "Country of Origin Indicator";
    static final String NET_MASS = "Net Mass";
    static final String PRICE = "Item Price";
    static final String FRAUD = "Fraud";
    static final String CRITICAL = "Critical Fraud";

    private static final List<String> REQUIRED = List.of(ID, DATE, OFFICE, PROCESS_TYPE, IMPORT_TYPE, IMPORT_USE,
            PAYMENT_TYPE, TRANSPORT, DECLARANT, IMPORTER, SELLER, COURIER, HS6, DEPARTURE, ORIGIN, TAX_RATE,
            TAX_TYPE, ORIGIN_INDICATOR, NET_MASS, PRICE, FRAUD, CRITICAL);
    private static final int MAX_PROBLEMS = 1000;

    private DeclarationCsv() {
    }

    /**
     * Reads a file; {@code today} is the last acceptable declaration date.
     *
     * @throws DeclarationFileException listing the problems if any row is wrong
     */
    public static List<InspectedDeclaration> read(Path file, LocalDate today) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), today);
        }
    }

    /** Reads csv text from a reader; {@code source} names it in errors. */
    public static List<InspectedDeclaration> read(Reader reader, String source, LocalDate today) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        List<RowProblem> problems = new ArrayList<>();
        String headerLine = lines.readLine();
        if (headerLine == null) {
            throw new DeclarationFileException(source, List.of(new RowProblem(1, null, "empty file, expected a header row")));
        }
        if (!headerLine.isEmpty() && headerLine.charAt(0) == '\uFEFF') {
            headerLine = headerLine.substring(1);
        }
        List<String> header;
        try {
            header = split(headerLine);
        } catch (IllegalArgumentException malformed) {
            throw new DeclarationFileException(source, List.of(new RowProblem(1, null, malformed.getMessage())));
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (columns.putIfAbsent(header.get(i).strip(), i) != null) {
                problems.add(new RowProblem(1, header.get(i).strip(), "column appears twice in the header"));
            }
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                problems.add(new RowProblem(1, name, "required column is missing from the header"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DeclarationFileException(source, problems);
        }
        List<InspectedDeclaration> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long lineNumber = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Row row = new Row(lineNumber, columns, problems);
            try {
                row.fields = split(line);
            } catch (IllegalArgumentException malformed) {
                problems.add(new RowProblem(lineNumber, null, malformed.getMessage()));
                continue;
            }
            if (row.fields.size() != header.size()) {
                problems.add(new RowProblem(lineNumber, null,
                        "expected " + header.size() + " fields as in the header, found " + row.fields.size()));
                continue;
            }
            InspectedDeclaration parsed = row.parse(today);
            if (parsed != null && !ids.add(parsed.declaration().id())) {
                problems.add(new RowProblem(lineNumber, ID, "duplicate declaration id " + parsed.declaration().id()));
            } else if (parsed != null) {
                rows.add(parsed);
            }
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new DeclarationFileException(source, problems);
        }
        return rows;
    }

    /** One data row: parses fields by column name and records problems instead of stopping at the first. */
    private static final class Row {
        private final long line;
        private final Map<String, Integer> columns;
        private final List<RowProblem> problems;
        private final int problemsBefore;
        private List<String> fields;

        Row(long line, Map<String, Integer> columns, List<RowProblem> problems) {
            this.line = line;
            this.columns = columns;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        InspectedDeclaration parse(LocalDate today) {
            String id = text(ID);
            LocalDate date = date(today);
            String hs = text(HS6);
            if (!hs.isEmpty() && (hs.length() < 6 || !hs.chars().allMatch(Character::isDigit))) {
                problem(HS6, "'" + hs + "' is not an HS code of at least six digits");
            }
            double taxRate = amount(TAX_RATE);
            double mass = amount(NET_MASS);
            double value = amount(PRICE);
            int fraud = label(FRAUD, 1);
            int critical = label(CRITICAL, 2);
            if (fraud == 0 && critical > 0 || fraud == 1 && critical == 0) {
                problem(CRITICAL, "Critical Fraud " + critical + " contradicts Fraud " + fraud
                        + " (0 goes with 0; 1 or 2 go with Fraud 1)");
            }
            for (String required : List.of(ID, OFFICE, DECLARANT, IMPORTER, HS6, DEPARTURE, ORIGIN)) {
                if (text(required).isEmpty()) {
                    problem(required, "value is required");
                }
            }
            if (problems.size() > problemsBefore) {
                return null;
            }
            Declaration declaration = new Declaration(id, date, text(OFFICE), text(PROCESS_TYPE), text(IMPORT_TYPE),
                    text(IMPORT_USE), text(PAYMENT_TYPE), text(TRANSPORT), text(DECLARANT), text(IMPORTER),
                    text(SELLER), text(COURIER), hs, text(DEPARTURE), text(ORIGIN), taxRate, text(TAX_TYPE),
                    text(ORIGIN_INDICATOR), mass, value, Optional.empty());
            return new InspectedDeclaration(declaration, new InspectionResult(fraud == 1, critical == 2));
        }

        private String text(String column) {
            return fields.get(columns.get(column)).strip();
        }

        private LocalDate date(LocalDate today) {
            String raw = text(DATE);
            try {
                LocalDate date = LocalDate.parse(raw);
                if (date.isAfter(today)) {
                    problem(DATE, raw + " is in the future (today is " + today + ")");
                }
                return date;
            } catch (DateTimeParseException notIso) {
                problem(DATE, "'" + raw + "' is not a date in ISO form yyyy-mm-dd");
                return null;
            }
        }

        private double amount(String column) {
            String raw = text(column);
            try {
                double value = Double.parseDouble(raw);
                if (!Double.isFinite(value)) {
                    problem(column, "'" + raw + "' is not a finite number");
                } else if (value < 0) {
                    problem(column, raw + " is negative");
                }
                return value;
            } catch (NumberFormatException notNumber) {
                problem(column, "'" + raw + "' is not a number");
                return 0;
            }
        }

        private int label(String column, int max) {
            String raw = text(column);
            for (int value = 0; value <= max; value++) {
                if (raw.equals(Integer.toString(value))) {
                    return value;
                }
            }
            problem(column, "'" + raw + "' is not one of 0.." + max);
            return 0;
        }

        private void problem(String column, String message) {
            problems.add(new RowProblem(line, column, message));
        }
    }

    /**
     * Splits one csv line (RFC 4180 quoting; a field may not span lines).
     *
     * @throws IllegalArgumentException for an unterminated quote or text after a closing quote
     */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    if (i + 1 < line.length() && line.charAt(i + 1) != ',') {
                        throw new IllegalArgumentException("unexpected character after closing quote at position " + (i + 2));
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else {
                field.append(c);
                fieldStart = false;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        fields.add(field.toString());
        return fields;
    }
}
