package org.greenlane.server.customs;

import org.greenlane.core.customs.DeclarationCsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads declaration rows from csv in one of two layouts: Greenlane's documented format
 * (docs/customs-declaration-format.md, columns named like the API fields) or the Korea Customs
 * Service dataset layout of ../shared/data/customs. Malformed rows and values are reported by line
 * and column; the rules every declaration must pass are applied afterwards by {@link DeclarationRules}.
 */
final class DeclarationFile {

    /** A layout maps the API field names to the file's column names. */
    enum Layout {
        GREENLANE(greenlane(), List.of("reference", "flow", "date", "office", "declarant", "trader", "hsCode",
                "originCountry", "departureCountry", "taxRate", "netMassKg", "customsValue")),
        KCS(kcs(), List.of("reference", "date", "office", "processType", "importType", "importUse", "paymentType",
                "transportMode", "declarant", "trader", "seller", "courier", "hsCode", "departureCountry",
                "originCountry", "taxRate", "taxType", "originIndicator", "netMassKg", "customsValue",
                "inspectionResult", "findingSeverity"));

        final Map<String, String> columns;
        final List<String> required;

        Layout(Map<String, String> columns, List<String> required) {
            this.columns = columns;
            this.required = required;
        }

        private static Map<String, String> greenlane() {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String field : List.of("reference", "flow", "date", "office", "processType", "importType", "importUse",
                    "paymentType", "transportMode", "declarant", "trader", "seller", "courier", "hsCode", "originCountry",
                    "departureCountry", "taxType", "taxRate", "originIndicator", "netMassKg", "customsValue",
                    "footprintRef", "certificateRef", "embeddedEmissions", "inspectionResult", "findingCategory",
                    "findingSeverity")) {
                columns.put(field, field);
            }
            return columns;
        }

        private static Map<String, String> kcs() {
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put("reference", "Declaration ID");
            columns.put("date", "Date");
            columns.put("office", "Office ID");
            columns.put("processType", "Process Type");
            columns.put("importType", "Import Type");
            columns.put("importUse", "Import Use");
            columns.put("paymentType", "Payment Type");
            columns.put("transportMode", "Mode of Transport");
            columns.put("declarant", "Declarant ID");
            columns.put("trader", "Importer ID");
            columns.put("seller", "Seller ID");
            columns.put("courier", "Courier ID");
            columns.put("hsCode", "HS6 Code");
            columns.put("departureCountry", "Country of Departure");
            columns.put("originCountry", "Country of Origin");
            columns.put("taxRate", "Tax Rate");
            columns.put("taxType", "Tax Type");
            columns.put("originIndicator", "Country of Origin Indicator");
            columns.put("netMassKg", "Net Mass");
            columns.put("customsValue", "Item Price");
            columns.put("inspectionResult", "Fraud");
            columns.put("findingSeverity", "Critical Fraud");
            return columns;
        }
    }

    /** The rows read, with the result of each when the file records one; or the problems. */
    record Rows(List<Long> lines, List<DeclarationDraft> drafts, List<Boolean> inspected, List<Finding> results,
                List<String> problems) {
    }

    private DeclarationFile() {
    }

    static Rows read(BufferedReader in, Layout layout) throws IOException {
        List<String> problems = new ArrayList<>();
        Rows rows = new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), problems);
        String headerLine = in.readLine();
        if (headerLine == null) {
            problems.add("line 1: the file is empty, expected a header row");
            return rows;
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> header = DeclarationCsv.split(headerLine.replace("\uFEFF", ""));
        for (int i = 0; i < header.size(); i++) {
            if (index.putIfAbsent(header.get(i).strip(), i) != null) {
                problems.add("line 1, column '" + header.get(i).strip() + "': appears twice in the header");
            }
        }
        for (String field : layout.required) {
            if (!index.containsKey(layout.columns.get(field))) {
                problems.add("line 1, column '" + layout.columns.get(field) + "': required column is missing");
            }
        }
        if (!problems.isEmpty()) {
            return rows;
        }
        long number = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            List<String> fields;
            try {
                fields = DeclarationCsv.split(line);
            } catch (IllegalArgumentException malformed) {
                problems.add("line " + number + ": " + malformed.getMessage());
                continue;
            }
            if (fields.size() != header.size()) {
                problems.add("line " + number + ": expected " + header.size() + " fields as in the header, found " + fields.size());
                continue;
            }
            new Row(number, fields, index, layout, problems).read(rows);
        }
        return rows;
    }

    /** One row: values by API field name, each conversion problem naming the line and the file's column. */
    private record Row(long line, List<String> fields, Map<String, Integer> index, Layout layout, List<String> problems) {

        void read(Rows rows) {
            int before = problems.size();
            LocalDate date = null;
            String rawDate = text("date");
            try {
                date = LocalDate.parse(rawDate);
            } catch (DateTimeParseException notIso) {
                problem("date", "'" + rawDate + "' is not a date in ISO form yyyy-mm-dd");
            }
            Flow flow = layout == Layout.KCS ? Flow.IMPORT : flow();
            DeclarationDraft draft = new DeclarationDraft(text("reference"), flow, date, text("office"),
                    text("processType"), text("importType"), text("importUse"), text("paymentType"),
                    text("transportMode"), text("declarant"), text("trader"), text("seller"), text("courier"),
                    text("hsCode"), text("originCountry"), text("departureCountry"), text("taxType"), number("taxRate"),
                    text("originIndicator"), number("netMassKg"), number("customsValue"), text("footprintRef"),
                    text("certificateRef"), number("embeddedEmissions"));
            Finding finding = null;
            boolean inspected;
            if (layout == Layout.KCS) {
                String fraud = text("inspectionResult");
                String critical = text("findingSeverity");
                inspected = true;
                if (!fraud.equals("0") && !fraud.equals("1")) {
                    problem("inspectionResult", "'" + fraud + "' is not 0 or 1");
                } else if (!critical.matches("[012]")) {
                    problem("findingSeverity", "'" + critical + "' is not one of 0, 1, 2");
                } else if (fraud.equals("0") != critical.equals("0")) {
                    problem("findingSeverity", "Critical Fraud " + critical + " contradicts Fraud " + fraud);
                } else if (fraud.equals("1")) {
                    // The KCS labels say whether and how gravely, not what: category OTHER.
                    finding = new Finding(Finding.Category.OTHER,
                            critical.equals("2") ? Finding.Severity.CRITICAL : Finding.Severity.MAJOR);
                }
            } else {
                String result = text("inspectionResult");
                inspected = !result.isEmpty();
                if (result.equals("NON_COMPLIANT")) {
                    Finding.Category category = named(Finding.Category.class, "findingCategory");
                    Finding.Severity severity = named(Finding.Severity.class, "findingSeverity");
                    finding = category == null || severity == null ? null : new Finding(category, severity);
                } else if (inspected && !result.equals("COMPLIANT")) {
                    problem("inspectionResult", "'" + result + "' must be COMPLIANT, NON_COMPLIANT or empty");
                } else if (!text("findingCategory").isEmpty() || !text("findingSeverity").isEmpty()) {
                    problem("findingCategory", "only a NON_COMPLIANT result has a category and severity");
                }
            }
            if (problems.size() == before) {
                rows.lines().add(line);
                rows.drafts().add(draft);
                rows.inspected().add(inspected);
                rows.results().add(finding);
            }
        }

        private String text(String field) {
            String column = layout.columns.get(field);
            Integer at = column == null ? null : index.get(column);
            return at == null ? "" : fields.get(at).strip();
        }

        private Double number(String field) {
            String raw = text(field);
            if (raw.isEmpty()) {
                return null;
            }
            try {
                return Double.parseDouble(raw);
            } catch (NumberFormatException notNumber) {
                problem(field, "'" + raw + "' is not a number");
                return null;
            }
        }

        private Flow flow() {
            String raw = text("flow");
            try {
                return Flow.valueOf(raw);
            } catch (IllegalArgumentException unknown) {
                problem("flow", "'" + raw + "' must be IMPORT or EXPORT");
                return null;
            }
        }

        private <E extends Enum<E>> E named(Class<E> type, String field) {
            String raw = text(field);
            try {
                return Enum.valueOf(type, raw);
            } catch (IllegalArgumentException unknown) {
                problem(field, "'" + raw + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        private void problem(String field, String message) {
            problems.add("line " + line + ", column '" + layout.columns.get(field) + "': " + message);
        }
    }
}
