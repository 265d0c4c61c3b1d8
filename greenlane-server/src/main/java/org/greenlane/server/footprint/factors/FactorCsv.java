package org.greenlane.server.footprint.factors;

import org.greenlane.core.footprint.factors.EmissionFactor;
import org.greenlane.core.footprint.factors.FactorDataset;
import org.greenlane.core.footprint.factors.FactorLibrary;
import org.greenlane.core.footprint.factors.FactorTable;
import org.greenlane.core.footprint.factors.RegionHierarchy;
import org.greenlane.server.footprint.tables.CsvTables;
import org.greenlane.server.footprint.tables.Table;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The generic emission-factor table documented in docs/footprint-factor-csv.md: the engine's own factor table
 * format (one gas per row, the columns of {@link FactorTable}), comma or tab separated, with an optional
 * {@code name} column and header comments naming the dataset:
 * <pre>
 * # dataset: acme-suppliers
 * # version: 2025.1
 * # name: ACME supplier-specific factors
 * </pre>
 * Optional {@code # publisher:} and {@code # licence:} comments describe the dataset as a whole.
 */
public final class FactorCsv {

    private FactorCsv() {
    }

    public static DatasetRead read(String text, String fileName) {
        Map<String, String> meta = new HashMap<>();
        String header = null;
        int headerLine = 0;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    meta.putIfAbsent(line.substring(1, colon).strip().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).strip());
                }
            } else if (!line.isBlank() && header == null) {
                header = line;
                headerLine = i + 1;
            }
        }
        List<String> problems = new ArrayList<>();
        for (String required : List.of("dataset", "version", "name")) {
            if (meta.getOrDefault(required, "").isBlank()) {
                problems.add(fileName + ": missing header comment '# " + required + ": ...'");
            }
        }
        if (header == null) {
            problems.add(fileName + ": no header row");
        }
        if (!problems.isEmpty()) {
            return DatasetRead.failed(problems);
        }
        FactorDataset dataset;
        try {
            dataset = FactorTable.read(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text),
                    meta.get("dataset"), meta.get("version"), meta.get("name"));
            new FactorLibrary(List.of(dataset), RegionHierarchy.standard());
        } catch (IllegalArgumentException | IOException invalid) {
            return DatasetRead.failed(List.of(fileName + ": " + invalid.getMessage()));
        }
        Map<String, String> names = names(text, header, headerLine);
        List<NamedFactor> factors = new ArrayList<>();
        for (EmissionFactor f : dataset.factors()) {
            String name = names.get(f.activity() + '\u0000' + f.region() + '\u0000' + f.unit().symbol() + '\u0000'
                    + f.provenance().source());
            factors.add(new NamedFactor(name == null || name.isBlank() ? f.activity() : name, f));
        }
        try {
            return DatasetRead.of(new DatasetContent(meta.get("dataset"), meta.get("version"), meta.get("name"),
                    meta.getOrDefault("publisher", "see each factor's source"),
                    meta.getOrDefault("licence", "see each factor's licence"), fileName, factors,
                    List.of("Read from " + fileName + " (" + factors.size() + " factors)")));
        } catch (IllegalArgumentException invalid) {
            return DatasetRead.failed(List.of(fileName + ": " + invalid.getMessage()));
        }
    }

    /** The optional name column, keyed like the factors: activity, region, unit and source. */
    private static Map<String, String> names(String text, String header, int headerLine) {
        Map<String, String> names = new HashMap<>();
        boolean tabs = header.indexOf('\t') >= 0;
        List<Table.Row> records;
        try {
            records = tabs ? tabRecords(text) : CsvTables.records(new StringReader(text));
        } catch (IOException | IllegalArgumentException unreadable) {
            return names;
        }
        Table table = null;
        for (Table.Row record : records) {
            if (record.number() < headerLine || record.cell(0).startsWith("#") || record.isBlank()) {
                continue;
            }
            if (table == null) {
                table = new Table("factors", record.cells(), List.of());
                if (table.column("name").isEmpty()) {
                    return names;
                }
                continue;
            }
            Map<String, String> cells = table.asMap(record);
            var unit = org.greenlane.core.footprint.units.Units.find(cells.getOrDefault("unit", ""));
            if (unit.isEmpty() || cells.getOrDefault("region", "").isBlank()) {
                continue;
            }
            names.putIfAbsent(cells.getOrDefault("activity", "").strip() + '\u0000'
                    + RegionHierarchy.normalise(cells.get("region")) + '\u0000' + unit.get().symbol() + '\u0000'
                    + cells.getOrDefault("source", "").strip(), cells.get("name").strip());
        }
        return names;
    }

    private static List<Table.Row> tabRecords(String text) {
        List<Table.Row> rows = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            rows.add(new Table.Row(i + 1, List.of(lines[i].split("\t", -1))));
        }
        return rows;
    }
}
