package org.greenlane.server.footprint.systems;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.tables.CsvTables;
import org.greenlane.server.footprint.tables.Table;
import org.greenlane.server.footprint.tables.TableProblems;
import org.greenlane.server.footprint.tables.Workbooks;
import org.greenlane.server.platform.api.InvalidInput;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Product systems from spreadsheets (docs/footprint-spreadsheets.md), .xlsx or .csv, in two layouts:
 * <ul>
 *   <li>bill of materials: sheets Product (field, value), Materials, Energy, Emissions, Transport, Waste; the
 *   guided form as a workbook;</li>
 *   <li>process data: sheets System (field, value), Processes, Exchanges; the full process model.</li>
 * </ul>
 * A .csv holds all sheets in one table whose first column, {@code sheet}, names the sheet of each row. Reading is
 * all or nothing; every problem names sheet, row and column.
 */
public final class SystemSpreadsheets {

    /** Columns of each sheet, in template order. */
    static final Map<String, List<String>> BILL_OF_MATERIALS = sheets(
            "Product", List.of("field", "value"),
            "Materials", List.of("name", "amount", "unit", "supplier", "supplier_kg_co2e_per_unit", "activity",
                    "region", "uncertainty_percent"),
            "Energy", List.of("kind", "activity", "amount", "unit", "region", "uncertainty_percent"),
            "Emissions", List.of("gas", "amount", "unit", "uncertainty_percent"),
            "Transport", List.of("name", "leg", "mode", "fuel", "mass_tonnes", "distance_km", "region"),
            "Waste", List.of("name", "amount", "unit", "activity", "region", "stage"));
    static final Map<String, List<String>> PROCESS_DATA = sheets(
            "System", List.of("field", "value"),
            "Processes", List.of("id", "name", "stage", "site", "supplier", "primary_data", "dqr_technological",
                    "dqr_geographical", "dqr_temporal", "allocation"),
            "Exchanges", List.of("process", "type", "label", "flow", "flow_type", "direction", "gas", "activity",
                    "region", "amount", "unit", "provider", "economic_value", "distribution", "mean",
                    "standard_deviation", "geometric_mean", "geometric_standard_deviation", "min", "mode", "max"));
    private static final Pattern PATH = Pattern.compile("(?:guided\\.)?([a-zA-Z]+)(?:\\[(\\d+)])?(?:\\.exchanges\\[(\\d+)])?(?:\\.(.+))?");

    private SystemSpreadsheets() {
    }

    private static Map<String, List<String>> sheets(Object... nameAndColumns) {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        for (int i = 0; i < nameAndColumns.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> columns = (List<String>) nameAndColumns[i + 1];
            sheets.put((String) nameAndColumns[i], columns);
        }
        return sheets;
    }

    /**
     * Reads a spreadsheet into a checked product system of the product, named {@code name}.
     *
     * @throws InvalidInput naming sheet, row and column of every problem (field {@code file})
     */
    public static ProductSystemModel read(String fileName, byte[] bytes, Product product, String name) {
        String file = fileName == null ? "upload" : fileName;
        if (bytes.length == 0) {
            throw new InvalidInput("file", "is empty");
        }
        Map<String, Table> tables = tables(file, bytes);
        boolean processes = tables.containsKey("processes");
        boolean bill = tables.containsKey("materials") || tables.containsKey("product") || tables.containsKey("energy");
        if (processes == bill) {
            throw new InvalidInput("file", file + ": expected the sheets of a bill of materials (Product, Materials, "
                    + "Energy, Emissions, Transport, Waste) or of process data (System, Processes, Exchanges)"
                    + (processes ? ", not both" : ""));
        }
        SheetReader reader = new SheetReader(tables);
        ProductSystemDraft draft = processes ? reader.processData(product, name) : reader.billOfMaterials(product, name);
        reader.failIfProblems();
        try {
            return draft.toModel(product);
        } catch (InvalidInput invalid) {
            throw new InvalidInput(invalid.errors().stream()
                    .map(p -> new InvalidInput.FieldProblem("file", reader.locate(p.field()) + ": " + p.message()))
                    .toList());
        }
    }

    private static Map<String, Table> tables(String file, byte[] bytes) {
        Map<String, Table> tables = new LinkedHashMap<>();
        try {
            if (file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                Table all = CsvTables.read(file, new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
                int sheetColumn = all.column("sheet").orElseThrow(() ->
                        new InvalidInput("file", file + ": the first column must be 'sheet', naming each row's sheet"));
                Map<String, Table.Builder> builders = new LinkedHashMap<>();
                for (Table.Row row : all.rows()) {
                    String sheet = row.cell(sheetColumn).strip();
                    if (sheet.isEmpty()) {
                        throw new InvalidInput("file", "sheet '" + file + "', row " + row.number()
                                + ", column " + Table.letter(sheetColumn) + " (sheet): value missing");
                    }
                    builders.computeIfAbsent(sheet.toLowerCase(Locale.ROOT), k -> new Table.Builder(sheet, all.header()))
                            .add(row.number(), row.cells());
                }
                builders.forEach((key, builder) -> tables.put(key, builder.build()));
            } else {
                for (Workbooks.RawSheet sheet : Workbooks.read(new ByteArrayInputStream(bytes))) {
                    if (sheet.rows().stream().anyMatch(r -> !r.isBlank())) {
                        tables.put(sheet.name().strip().toLowerCase(Locale.ROOT), sheet.table());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new InvalidInput("file", file + ": " + unreadable.getMessage());
        }
        return tables;
    }

    /** Reads the sheets, remembering which row each line came from so later problems can point at it. */
    private static final class SheetReader {
        private final Map<String, Table> tables;
        private final TableProblems problems = new TableProblems();
        /** section name (as in field paths) to the rows its lines came from, in order. */
        private final Map<String, List<Table.Row>> origins = new LinkedHashMap<>();
        private final Map<String, Table> originTables = new LinkedHashMap<>();
        /** field/value rows of Product or System, by field. */
        private final Map<String, Table.Row> settings = new LinkedHashMap<>();
        private Table settingsTable;
        /** exchange rows by process index, for processes[i].exchanges[j]. */
        private final Map<Integer, List<Table.Row>> exchangeRows = new LinkedHashMap<>();

        SheetReader(Map<String, Table> tables) {
            this.tables = tables;
        }

        ProductSystemDraft billOfMaterials(Product product, String name) {
            Map<String, String> s = settings("Product");
            List<GuidedSystem.Material> materials = new ArrayList<>();
            rows("Materials", "materials", (t, r, c) -> {
                Double amount = number(t, r, c, "amount");
                materials.add(new GuidedSystem.Material(c.get("name"), amount, c.get("unit"), blank(c.get("supplier")),
                        number(t, r, c, "supplier_kg_co2e_per_unit"), blank(c.get("activity")), blank(c.get("region")),
                        null, spread(t, r, c, amount)));
            });
            List<GuidedSystem.Energy> energy = new ArrayList<>();
            rows("Energy", "energy", (t, r, c) -> {
                Double amount = number(t, r, c, "amount");
                energy.add(new GuidedSystem.Energy(c.get("kind"), blank(c.get("activity")), amount, c.get("unit"),
                        blank(c.get("region")), spread(t, r, c, amount)));
            });
            List<GuidedSystem.DirectEmission> emissions = new ArrayList<>();
            rows("Emissions", "emissions", (t, r, c) -> {
                Double amount = number(t, r, c, "amount");
                emissions.add(new GuidedSystem.DirectEmission(c.get("gas"), amount, c.get("unit"), spread(t, r, c, amount)));
            });
            List<GuidedSystem.Transport> transport = new ArrayList<>();
            rows("Transport", "transport", (t, r, c) -> transport.add(new GuidedSystem.Transport(blank(c.get("name")),
                    blank(c.get("leg")), c.get("mode"), blank(c.get("fuel")), number(t, r, c, "mass_tonnes"),
                    number(t, r, c, "distance_km"), blank(c.get("region")))));
            List<GuidedSystem.Waste> waste = new ArrayList<>();
            rows("Waste", "waste", (t, r, c) -> waste.add(new GuidedSystem.Waste(c.get("name"),
                    number(t, r, c, "amount"), c.get("unit"), c.get("activity"), blank(c.get("region")),
                    blank(c.get("stage")))));
            QualityDto quality = s.containsKey("dqr_technological") || s.containsKey("dqr_geographical")
                    || s.containsKey("dqr_temporal")
                    ? new QualityDto(setting(s, "dqr_technological"), setting(s, "dqr_geographical"),
                    setting(s, "dqr_temporal")) : null;
            GuidedSystem guided = new GuidedSystem(s.get("site"),
                    new QuantityDto(setting(s, "produced_amount"), s.get("produced_unit")), yesNo(s, "primary_data"),
                    quality, materials, energy, emissions, transport, waste);
            return new ProductSystemDraft(product.id(), name, s.get("description"), functionalUnit(s),
                    blank(s.get("allocation")), blank(s.get("gwp_set")), null, null, guided, null);
        }

        ProductSystemDraft processData(Product product, String name) {
            Map<String, String> s = settings("System");
            List<ProcessDto> processes = new ArrayList<>();
            Map<String, Integer> index = new LinkedHashMap<>();
            List<List<ExchangeDto>> exchanges = new ArrayList<>();
            rows("Processes", "processes", (t, r, c) -> {
                index.putIfAbsent(c.get("id").strip(), processes.size());
                exchanges.add(new ArrayList<>());
                processes.add(null);
                QualityDto quality = c.get("dqr_technological").isBlank() && c.get("dqr_geographical").isBlank()
                        && c.get("dqr_temporal").isBlank() ? null
                        : new QualityDto(number(t, r, c, "dqr_technological"), number(t, r, c, "dqr_geographical"),
                        number(t, r, c, "dqr_temporal"));
                processes.set(processes.size() - 1, new ProcessDto(c.get("id"), blank(c.get("name")), c.get("stage"),
                        blank(c.get("site")), blank(c.get("supplier")), yesNo(t, r, c, "primary_data"), quality,
                        blank(c.get("allocation")), null));
            });
            Table exchangeSheet = tables.get("exchanges");
            if (exchangeSheet != null) {
                for (Table.Row r : exchangeSheet.rows()) {
                    Map<String, String> c = cells(exchangeSheet, r);
                    Integer p = index.get(c.get("process").strip());
                    if (p == null) {
                        problems.at(exchangeSheet, r, "process", "'" + c.get("process")
                                + "' is not an id on sheet Processes");
                        continue;
                    }
                    UncertaintyDto u = c.get("distribution").isBlank() ? null : new UncertaintyDto(c.get("distribution"),
                            number(exchangeSheet, r, c, "mean"), number(exchangeSheet, r, c, "standard_deviation"),
                            number(exchangeSheet, r, c, "geometric_mean"),
                            number(exchangeSheet, r, c, "geometric_standard_deviation"), number(exchangeSheet, r, c, "min"),
                            number(exchangeSheet, r, c, "mode"), number(exchangeSheet, r, c, "max"));
                    exchanges.get(p).add(new ExchangeDto(c.get("type"), blank(c.get("label")), blank(c.get("flow")),
                            blank(c.get("flow_type")), blank(c.get("direction")), blank(c.get("gas")),
                            blank(c.get("activity")), blank(c.get("region")), number(exchangeSheet, r, c, "amount"),
                            c.get("unit"), blank(c.get("provider")), number(exchangeSheet, r, c, "economic_value"), u));
                    exchangeRows.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
                }
            }
            List<ProcessDto> complete = new ArrayList<>();
            for (int i = 0; i < processes.size(); i++) {
                ProcessDto p = processes.get(i);
                complete.add(new ProcessDto(p.id(), p.name(), p.stage(), p.site(), p.supplier(), p.primaryData(),
                        p.quality(), p.allocation(), exchanges.get(i)));
            }
            return new ProductSystemDraft(product.id(), name, s.get("description"), functionalUnit(s),
                    blank(s.get("allocation")), blank(s.get("gwp_set")), s.get("reference_process"),
                    s.get("reference_flow"), null, complete);
        }

        private QuantityDto functionalUnit(Map<String, String> s) {
            return s.containsKey("functional_unit_amount") || s.containsKey("functional_unit")
                    ? new QuantityDto(setting(s, "functional_unit_amount"), s.get("functional_unit")) : null;
        }

        private Map<String, String> settings(String sheet) {
            Table t = tables.get(sheet.toLowerCase(Locale.ROOT));
            Map<String, String> values = new LinkedHashMap<>();
            if (t == null) {
                return values;
            }
            settingsTable = t;
            if (t.column("field").isEmpty() || t.column("value").isEmpty()) {
                problems.add("sheet '" + t.name() + "': needs the columns 'field' and 'value'");
                return values;
            }
            for (Table.Row r : t.rows()) {
                Map<String, String> c = cells(t, r);
                String field = c.get("field").strip().toLowerCase(Locale.ROOT);
                if (!field.isEmpty()) {
                    values.put(field, c.get("value").strip());
                    settings.put(field, r);
                }
            }
            return values;
        }

        private Double setting(Map<String, String> s, String field) {
            String text = s.get(field);
            Table.Row row = settings.get(field);
            return row == null ? null : problems.number(settingsTable, row, "value", text);
        }

        private Boolean yesNo(Map<String, String> s, String field) {
            Table.Row row = settings.get(field);
            return row == null ? null : yesNo(settingsTable, row, Map.of("value", s.get(field)), "value");
        }

        private Boolean yesNo(Table t, Table.Row r, Map<String, String> c, String column) {
            String v = c.getOrDefault(column, "").strip().toLowerCase(Locale.ROOT);
            switch (v) {
                case "" -> {
                    return null;
                }
                case "yes", "y", "true", "1", "是" -> {
                    return true;
                }
                case "no", "n", "false", "0", "否" -> {
                    return false;
                }
                default -> {
                    problems.at(t, r, column, "'" + v + "' is not yes or no");
                    return null;
                }
            }
        }

        interface RowConsumer {
            void accept(Table table, Table.Row row, Map<String, String> cells);
        }

        private void rows(String sheet, String section, RowConsumer consumer) {
            Table t = tables.get(sheet.toLowerCase(Locale.ROOT));
            if (t == null) {
                return;
            }
            originTables.put(section, t);
            List<Table.Row> rows = new ArrayList<>();
            origins.put(section, rows);
            for (Table.Row r : t.rows()) {
                rows.add(r);
                consumer.accept(t, r, cells(t, r));
            }
        }

        private static Map<String, String> cells(Table t, Table.Row r) {
            Map<String, String> raw = t.asMap(r);
            return new java.util.HashMap<>(raw) {
                @Override
                public String get(Object key) {
                    return getOrDefault(key, "");
                }
            };
        }

        private Double number(Table t, Table.Row r, Map<String, String> c, String column) {
            return problems.number(t, r, column, c.get(column));
        }

        /** An uncertainty as +/- percent (a 95 % half-width) becomes a lognormal around the amount (decision 018). */
        private UncertaintyDto spread(Table t, Table.Row r, Map<String, String> c, Double amount) {
            Double percent = number(t, r, c, "uncertainty_percent");
            if (percent == null || amount == null || amount <= 0) {
                return null;
            }
            if (percent <= 0) {
                problems.at(t, r, "uncertainty_percent", "must be a positive percentage");
                return null;
            }
            return new UncertaintyDto("LOGNORMAL", null, null, amount, Math.sqrt(1 + percent / 100), null, null, null);
        }

        void failIfProblems() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems.list().stream().map(p -> new InvalidInput.FieldProblem("file", p)).toList());
            }
        }

        /** Sheet, row and column of a field path such as guided.materials[2].amount or processes[1].exchanges[0].unit. */
        String locate(String field) {
            Matcher m = PATH.matcher(field);
            if (!m.matches()) {
                return field;
            }
            String section = m.group(1);
            String rest = m.group(4);
            if (m.group(2) == null) {
                String key = snake(section + (rest == null ? "" : "_" + rest.replace('.', '_')))
                        .replace("functional_unit_unit", "functional_unit").replaceFirst("^quality_", "dqr_");
                Table.Row row = settings.get(key) != null ? settings.get(key) : settings.get(snake(section));
                if (row != null && settingsTable != null) {
                    return settingsTable.where(row, "value") + " (" + key + ")";
                }
                return settingsTable == null ? field : "sheet '" + settingsTable.name() + "', field '" + key + "'";
            }
            int i = Integer.parseInt(m.group(2));
            if (m.group(3) != null) {
                List<Table.Row> rows = exchangeRows.get(i);
                int j = Integer.parseInt(m.group(3));
                Table t = tables.get("exchanges");
                if (rows != null && j < rows.size() && t != null) {
                    return t.where(rows.get(j), column(rest));
                }
                return field;
            }
            List<Table.Row> rows = origins.get(section);
            Table t = originTables.get(section);
            if (rows == null || i >= rows.size()) {
                return field;
            }
            return t.where(rows.get(i), column(rest));
        }

        private static String column(String rest) {
            if (rest == null) {
                return "";
            }
            if (rest.startsWith("quality.")) {
                return "dqr_" + rest.substring("quality.".length());
            }
            if (rest.startsWith("uncertainty")) {
                String inner = rest.contains(".") ? rest.substring(rest.indexOf('.') + 1) : "distribution";
                return snake(inner);
            }
            return snake(rest.replace('.', '_'));
        }

        private static String snake(String camel) {
            return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** An .xlsx template with the sheets, their columns and one example row each. */
    public static byte[] template(boolean processData) {
        Map<String, List<String>> layout = processData ? PROCESS_DATA : BILL_OF_MATERIALS;
        Map<String, List<List<String>>> examples = processData ? processExamples() : billExamples();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            layout.forEach((name, columns) -> {
                Sheet sheet = workbook.createSheet(name);
                Row header = sheet.createRow(0);
                for (int c = 0; c < columns.size(); c++) {
                    header.createCell(c).setCellValue(columns.get(c));
                }
                int r = 1;
                for (List<String> example : examples.getOrDefault(name, List.of())) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < example.size(); c++) {
                        String v = example.get(c);
                        if (v.matches("-?\\d+(\\.\\d+)?") && !columns.get(c).equals("value")) {
                            row.createCell(c).setCellValue(Double.parseDouble(v));
                        } else {
                            row.createCell(c).setCellValue(v);
                        }
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the template", e);
        }
    }

    /** The same template as one csv; the first column names each row's sheet. */
    public static String csvTemplate(boolean processData) {
        Map<String, List<String>> layout = processData ? PROCESS_DATA : BILL_OF_MATERIALS;
        Map<String, List<List<String>>> examples = processData ? processExamples() : billExamples();
        List<String> header = new ArrayList<>(List.of("sheet"));
        layout.values().forEach(columns -> columns.forEach(c -> {
            if (!header.contains(c)) {
                header.add(c);
            }
        }));
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        layout.forEach((name, columns) -> {
            for (List<String> example : examples.getOrDefault(name, List.of())) {
                String[] cells = new String[header.size()];
                java.util.Arrays.fill(cells, "");
                cells[0] = name;
                for (int c = 0; c < columns.size(); c++) {
                    cells[header.indexOf(columns.get(c))] = quote(example.get(c));
                }
                csv.append(String.join(",", cells)).append("\r\n");
            }
        });
        return csv.toString();
    }

    private static String quote(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static Map<String, List<List<String>>> billExamples() {
        Map<String, List<List<String>>> e = new LinkedHashMap<>();
        e.put("Product", List.of(List.of("site", "CN-ZJ"), List.of("produced_amount", "1"), List.of("produced_unit", "t"),
                List.of("primary_data", "yes"), List.of("description", "Hot-rolled coil, 2024 site data")));
        e.put("Materials", List.of(List.of("Steel slab", "1.03", "t", "Slab supplier", "1850", "", "", "10")));
        e.put("Energy", List.of(List.of("ELECTRICITY", "", "110", "kWh", "", "5"),
                List.of("FUEL", "fuel.combustion.natural-gas", "1.2", "GJ", "GLOBAL", "")));
        e.put("Emissions", List.of(List.of("CO2_FOSSIL", "15", "kg", "")));
        e.put("Transport", List.of(List.of("Coil to Ningbo port", "OUTBOUND", "ROAD", "DIESEL", "1", "150", "")));
        e.put("Waste", List.of());
        return e;
    }

    private static Map<String, List<List<String>>> processExamples() {
        Map<String, List<List<String>>> e = new LinkedHashMap<>();
        e.put("System", List.of(List.of("reference_process", "rolling"), List.of("reference_flow", "hot-rolled coil"),
                List.of("functional_unit_amount", "1"), List.of("functional_unit", "t")));
        e.put("Processes", List.of(
                List.of("rolling", "Hot rolling", "PRODUCTION", "CN-ZJ", "", "yes", "1", "1", "1", ""),
                List.of("slab", "Slab from supplier", "RAW_MATERIAL_ACQUISITION", "CN-JS", "Slab supplier", "yes", "2",
                        "2", "2", "")));
        List<String> blankUncertainty = List.of("", "", "", "", "", "", "", "");
        List<List<String>> exchanges = new ArrayList<>();
        exchanges.add(concat(List.of("rolling", "technosphere", "", "hot-rolled coil", "PRODUCT", "OUTPUT", "", "", "",
                "1", "t", "", ""), blankUncertainty));
        exchanges.add(concat(List.of("rolling", "technosphere", "", "steel slab", "PRODUCT", "INPUT", "", "", "",
                "1.03", "t", "slab", ""), List.of("LOGNORMAL", "", "", "1.03", "1.02", "", "", "")));
        exchanges.add(concat(List.of("rolling", "background", "electricity", "", "", "", "", "electricity.grid", "",
                "110", "kWh", "", ""), blankUncertainty));
        exchanges.add(concat(List.of("slab", "technosphere", "", "steel slab", "PRODUCT", "OUTPUT", "", "", "",
                "1", "t", "", ""), blankUncertainty));
        exchanges.add(concat(List.of("slab", "emission", "supplier footprint", "", "", "", "CO2E", "", "",
                "1850", "kg", "", ""), blankUncertainty));
        e.put("Exchanges", exchanges);
        return e;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
