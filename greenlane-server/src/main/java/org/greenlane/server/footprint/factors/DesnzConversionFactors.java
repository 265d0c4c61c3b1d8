package org.greenlane.server.footprint.factors;

import org.greenlane.core.footprint.factors.EmissionFactor;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.factors.Provenance;
import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.core.footprint.units.Unit;
import org.greenlane.core.footprint.units.Units;
import org.greenlane.server.footprint.tables.CsvTables;
import org.greenlane.server.footprint.tables.Table;
import org.greenlane.server.footprint.tables.TableProblems;
import org.greenlane.server.footprint.tables.Workbooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UK Government GHG Conversion Factors for Company Reporting (DESNZ), in either published form: the flat-file
 * workbook (.xlsx, sheet "Factors by Category") or the long csv with the same ids ({@code id_original}).
 * One factor per DESNZ id (without its gas suffix), from the total "kg CO2e" row: DESNZ's per-gas rows are CO2e
 * contributions under AR5 GWPs, not kg of gas, so the total is kept as published CO2e with basis AR5 (decision 017).
 * Rows in units the engine cannot convert (passenger.km, room nights, FTE hours, million litres) and rows without a
 * published value are left out and counted in the notes.
 */
public final class DesnzConversionFactors {

    public static final String KEY = "desnz-ghg-conversion-factors";
    static final String PUBLISHER = "UK Department for Energy Security and Net Zero";
    static final String LICENCE = "Open Government Licence v3.0";
    private static final Pattern YEAR = Pattern.compile("GHG Conversion Factor (\\d{4})", Pattern.CASE_INSENSITIVE);
    /** DESNZ spells units in words; the engine's unit table has symbols. */
    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("km", Units.KM), Map.entry("kilometre", Units.KM),
            Map.entry("miles", Units.of("mi")), Map.entry("mile", Units.of("mi")),
            Map.entry("tonne.km", Units.TKM),
            Map.entry("tonnes", Units.TONNE), Map.entry("tonne", Units.TONNE),
            Map.entry("kg", Units.KG), Map.entry("kilogram", Units.KG),
            Map.entry("litres", Units.LITRE), Map.entry("litre", Units.LITRE),
            Map.entry("kwh", Units.KWH), Map.entry("kwh (net cv)", Units.KWH), Map.entry("kwh (gross cv)", Units.KWH),
            Map.entry("kilowatt hour", Units.KWH),
            Map.entry("gj", Units.GJ), Map.entry("gigajoule", Units.GJ),
            Map.entry("cubic metres", Units.M3), Map.entry("cubic metre", Units.M3));
    /** Technological 2 (a national average for the activity), geographical 1 (UK), temporal 2 (publication year). */
    private static final DataQualityRating QUALITY = new DataQualityRating(2, 1, 2);

    private DesnzConversionFactors() {
    }

    public static DatasetRead read(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? readWorkbook(in, name) : readCsv(in, name);
        }
    }

    static DatasetRead readWorkbook(InputStream in, String fileName) throws IOException {
        List<Workbooks.RawSheet> sheets;
        try {
            sheets = Workbooks.read(in);
        } catch (IllegalArgumentException notAWorkbook) {
            return DatasetRead.failed(List.of(fileName + ": " + notAWorkbook.getMessage()));
        }
        for (Workbooks.RawSheet sheet : sheets) {
            Optional<Table> table = headerOf(sheet);
            if (table.isPresent()) {
                return read(table.get(), "ID", fileName);
            }
        }
        return DatasetRead.failed(List.of(fileName + ": no sheet has the flat-file header "
                + "(ID, Scope, Level 1-4, Column Text, UOM, GHG/Unit, GHG Conversion Factor <year>)"));
    }

    private static Optional<Table> headerOf(Workbooks.RawSheet sheet) {
        try {
            return Optional.of(sheet.table(cells -> cells.stream().anyMatch(c -> c.strip().equals("Level 1"))
                    && cells.stream().anyMatch(c -> YEAR.matcher(c).find())));
        } catch (IllegalArgumentException noHeader) {
            return Optional.empty();
        }
    }

    static DatasetRead readCsv(InputStream in, String fileName) throws IOException {
        Table table;
        try {
            table = CsvTables.read(fileName, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return DatasetRead.failed(List.of(fileName + ": " + malformed.getMessage()));
        }
        return read(table, "id_original", fileName);
    }

    private static DatasetRead read(Table table, String idColumn, String fileName) {
        TableProblems problems = new TableProblems();
        String valueColumn = null;
        String year = null;
        for (String column : table.header()) {
            Matcher m = YEAR.matcher(column);
            if (m.find()) {
                valueColumn = column;
                year = m.group(1);
            }
        }
        List<String> required = new ArrayList<>(List.of(idColumn, "Level 1", "Level 2", "Level 3", "Level 4",
                "Column Text", "UOM", "GHG/Unit"));
        for (String column : required) {
            if (table.column(column).isEmpty()) {
                problems.add("sheet '" + table.name() + "': missing column '" + column + "'");
            }
        }
        if (valueColumn == null) {
            problems.add("sheet '" + table.name() + "': missing column 'GHG Conversion Factor <year>'");
        }
        if (!problems.isEmpty()) {
            return DatasetRead.failed(problems.list());
        }
        int yearNumber = Integer.parseInt(year);
        SkippedRows skipped = new SkippedRows();
        List<NamedFactor> factors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Table.Row row : table.rows()) {
            Map<String, String> cells = table.asMap(row);
            String ghg = cells.get("ghg/unit").strip();
            if (!ghg.equalsIgnoreCase("kg CO2e")) {
                continue; // per-gas contributions and energy-content rows
            }
            String id = cells.get(idColumn.toLowerCase(Locale.ROOT)).strip();
            int cut = id.lastIndexOf('_');
            if (cut <= 0) {
                problems.at(table, row, idColumn, "'" + id + "' is not a DESNZ factor id (like 1_100_1000_15_1)");
                continue;
            }
            String uom = cells.get("uom").strip();
            Unit unit = UNITS.get(uom.toLowerCase(Locale.ROOT));
            String valueText = cells.get(valueColumn.strip().toLowerCase(Locale.ROOT));
            if (valueText.isBlank()) {
                skipped.skip("no value published");
                continue;
            }
            if (unit == null) {
                skipped.skip("unit '" + uom + "' has no definition in the engine's unit table");
                continue;
            }
            Double value = problems.number(table, row, valueColumn, valueText);
            if (value == null) {
                continue;
            }
            String key = id.substring(0, cut);
            if (!seen.add(key)) {
                problems.at(table, row, idColumn, "factor " + key + " appears twice");
                continue;
            }
            String label = label(cells, uom);
            EmissionFactor factor = new EmissionFactor("desnz:" + key, "GB", unit, Map.of(GreenhouseGas.CO2E, value),
                    "AR5", new Provenance("UK Government GHG Conversion Factors for Company Reporting " + year + ", "
                    + label + " (id " + id + ")", PUBLISHER, yearNumber, LICENCE), null, QUALITY);
            factors.add(new NamedFactor(label, factor));
        }
        if (!problems.isEmpty()) {
            return DatasetRead.failed(problems.list());
        }
        if (factors.isEmpty()) {
            return DatasetRead.failed(List.of("sheet '" + table.name() + "': no kg CO2e factor found"));
        }
        List<String> notes = new ArrayList<>();
        notes.add("Read from " + fileName + " (" + factors.size() + " factors, total kg CO2e per unit, AR5 basis)");
        notes.addAll(skipped.notes());
        return DatasetRead.of(new DatasetContent(KEY, year,
                "UK Government GHG Conversion Factors for Company Reporting " + year, PUBLISHER, LICENCE, fileName,
                factors, notes));
    }

    /** "Fuels › Gaseous fuels › Butane, per tonnes" from the non-blank levels, the column text and the unit. */
    private static String label(Map<String, String> cells, String uom) {
        List<String> parts = new ArrayList<>();
        for (String level : List.of("level 1", "level 2", "level 3", "level 4", "column text")) {
            String v = cells.getOrDefault(level, "").strip();
            if (!v.isEmpty()) {
                parts.add(v);
            }
        }
        return String.join(" › ", parts) + ", per " + uom;
    }
}
