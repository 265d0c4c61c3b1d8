package org.greenlane.server.footprint.factors;

import org.greenlane.core.footprint.factors.EmissionFactor;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.factors.Provenance;
import org.greenlane.core.footprint.factors.RegionHierarchy;
import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.core.footprint.quality.Uncertainty;
import org.greenlane.core.footprint.units.Unit;
import org.greenlane.core.footprint.units.Units;
import org.greenlane.server.footprint.tables.CsvTables;
import org.greenlane.server.footprint.tables.Table;
import org.greenlane.server.footprint.tables.TableProblems;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Climatiq's Open Emission Factors Database (OEFDB) csv. Each row becomes a factor with activity
 * {@code oefdb:<activity_id>/<lca_activity>/<unit>} (the OEFDB reuses one activity_id for, e.g., a grid mix and its
 * well-to-tank part; lca_activity tells them apart); rows sharing activity and region are ordered newest first, so the newest
 * release is the one a lookup finds and the older ones stay citable. Gases (decision 017): per gas (CO2 taken as
 * fossil, CH4 as fossil, N2O) when all three are published, plus other gases as pre-characterised CO2e; otherwise
 * the published CO2e (AR5, else AR4). Spend-based rows (currencies) and other units without a definition in the
 * engine's unit table, and regions outside the region hierarchy (e.g. EU), are left out and counted in the notes.
 * The dataset has no version of its own: the version is the newest release year and the file's SHA-256 prefix.
 */
public final class OpenEmissionFactors {

    public static final String KEY = "oefdb";
    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("kWh", Units.KWH), Map.entry("km", Units.KM), Map.entry("kg", Units.KG),
            Map.entry("short ton", Units.of("short ton")), Map.entry("tonne-km", Units.TKM),
            Map.entry("tonne", Units.TONNE), Map.entry("mile", Units.of("mi")), Map.entry("gal (US)", Units.of("US gal")),
            Map.entry("L", Units.LITRE), Map.entry("GJ", Units.GJ), Map.entry("m3", Units.M3));
    private static final List<String> REQUIRED = List.of("activity_id", "name", "activity_unit", "kgCO2e-AR5",
            "kgCO2e-AR4", "kgCO2", "kgCH4", "kgN2O", "kgCO2e-OtherGHGs-AR5", "kgCO2e-OtherGHGs-AR4", "uncertainty",
            "source", "year_released", "region");

    private OpenEmissionFactors() {
    }

    public static DatasetRead read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            return read(in, file.getFileName().toString(), sha256(bytes));
        }
    }

    static DatasetRead read(InputStream in, String fileName, String sha256) throws IOException {
        Table table;
        try {
            table = CsvTables.read(fileName, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return DatasetRead.failed(List.of(fileName + ": " + malformed.getMessage()));
        }
        TableProblems problems = new TableProblems();
        for (String column : REQUIRED) {
            if (table.column(column).isEmpty()) {
                problems.add("sheet '" + table.name() + "': missing column '" + column + "'");
            }
        }
        if (!problems.isEmpty()) {
            return DatasetRead.failed(problems.list());
        }
        RegionHierarchy regions = RegionHierarchy.standard();
        SkippedRows skipped = new SkippedRows();
        List<Row> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            Map<String, String> cells = table.asMap(row);
            String unitText = cells.get("activity_unit").strip();
            Unit unit = UNITS.get(unitText);
            if (unit == null) {
                skipped.skip("unit '" + unitText + "' has no definition in the engine's unit table");
                continue;
            }
            String region = cells.get("region").strip();
            try {
                regions.fallbackChain(region);
            } catch (IllegalArgumentException unknown) {
                skipped.skip("region '" + region + "' is not in the region hierarchy");
                continue;
            }
            Row parsed = parse(table, row, cells, unit, problems);
            if (parsed == null) {
                continue;
            }
            if (parsed.gases.isEmpty()) {
                skipped.skip("no emission value published");
                continue;
            }
            rows.add(parsed);
        }
        if (!problems.isEmpty()) {
            return DatasetRead.failed(problems.list());
        }
        if (rows.isEmpty()) {
            return DatasetRead.failed(List.of("sheet '" + table.name() + "': no usable factor found"));
        }
        int newest = rows.stream().mapToInt(r -> r.year).max().orElseThrow();
        rows.sort(Comparator.comparing((Row r) -> r.activity).thenComparing(r -> r.region)
                .thenComparing(r -> -r.year).thenComparing(r -> r.source).thenComparingInt(r -> r.line));
        List<NamedFactor> factors = new ArrayList<>();
        for (Row r : rows) {
            try {
                factors.add(new NamedFactor(r.name, new EmissionFactor(r.activity, r.region, r.unit, r.gases,
                        r.basis, new Provenance(r.citation, r.source, r.year, r.licence), r.uncertainty,
                        new DataQualityRating(2, 1, temporal(newest, r.year)))));
            } catch (IllegalArgumentException invalid) {
                problems.add("sheet '" + table.name() + "', row " + r.line + ": " + invalid.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            return DatasetRead.failed(problems.list());
        }
        List<String> notes = new ArrayList<>();
        notes.add("Read from " + fileName + " (" + factors.size() + " factors; SHA-256 " + sha256 + ")");
        notes.addAll(skipped.notes());
        return DatasetRead.of(new DatasetContent(KEY, newest + "-" + sha256.substring(0, 8),
                "Climatiq Open Emission Factors Database (" + newest + " release)", "Climatiq (compilation)",
                "CC BY-SA 4.0 (compilation); each source keeps its own terms", fileName, factors, notes));
    }

    /** Temporal representativeness against the dataset's newest release: 1 up to a year older, then worse. */
    static int temporal(int newest, int year) {
        int age = newest - year;
        if (age <= 1) {
            return 1;
        }
        if (age <= 3) {
            return 2;
        }
        if (age <= 5) {
            return 3;
        }
        return age <= 10 ? 4 : 5;
    }

    private static Row parse(Table table, Table.Row row, Map<String, String> cells, Unit unit, TableProblems problems) {
        int before = problems.count();
        Double co2 = value(table, row, cells, "kgCO2", problems);
        Double ch4 = value(table, row, cells, "kgCH4", problems);
        Double n2o = value(table, row, cells, "kgN2O", problems);
        Double ar5 = value(table, row, cells, "kgCO2e-AR5", problems);
        Double ar4 = value(table, row, cells, "kgCO2e-AR4", problems);
        Double otherAr5 = value(table, row, cells, "kgCO2e-OtherGHGs-AR5", problems);
        Double otherAr4 = value(table, row, cells, "kgCO2e-OtherGHGs-AR4", problems);
        Double uncertainty = value(table, row, cells, "uncertainty", problems);
        String yearText = cells.get("year_released").strip();
        Integer year = null;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException notAYear) {
            problems.at(table, row, "year_released", "'" + yearText + "' is not a year");
        }
        String activityId = cells.get("activity_id").strip();
        if (activityId.isEmpty()) {
            problems.at(table, row, "activity_id", "value missing");
        }
        String source = cells.get("source").strip();
        if (source.isEmpty()) {
            problems.at(table, row, "source", "value missing");
        }
        if (uncertainty != null && uncertainty < 0) {
            problems.at(table, row, "uncertainty", "must not be negative, was " + uncertainty);
        }
        if (problems.count() > before) {
            return null;
        }
        Map<GreenhouseGas, Double> gases = new EnumMap<>(GreenhouseGas.class);
        String basis = null;
        if (co2 != null && ch4 != null && n2o != null) {
            gases.put(GreenhouseGas.CO2_FOSSIL, co2);
            gases.put(GreenhouseGas.CH4_FOSSIL, ch4);
            gases.put(GreenhouseGas.N2O, n2o);
            Double other = otherAr5 != null ? otherAr5 : otherAr4;
            if (other != null && other != 0) {
                gases.put(GreenhouseGas.CO2E, other);
                basis = otherAr5 != null ? "AR5" : "AR4";
            }
        } else if (ar5 != null) {
            gases.put(GreenhouseGas.CO2E, ar5);
            basis = "AR5";
        } else if (ar4 != null) {
            gases.put(GreenhouseGas.CO2E, ar4);
            basis = "AR4";
        }
        String name = cells.get("name").strip();
        String link = cells.getOrDefault("source_link", "").strip();
        Row r = new Row();
        r.line = row.number();
        String lca = cells.getOrDefault("lca_activity", "").strip();
        r.activity = "oefdb:" + activityId + "/" + (lca.isEmpty() ? "unknown" : lca) + "/" + unit.symbol();
        r.region = RegionHierarchy.normalise(cells.get("region"));
        r.unit = unit;
        r.gases = gases;
        r.basis = basis;
        r.year = year;
        r.source = source;
        r.name = (name.isEmpty() ? activityId : name) + (lca.isEmpty() ? "" : ", " + lca.replace('_', ' '))
                + " (" + source + " " + year + ", per " + unit.symbol() + ")";
        r.citation = "Climatiq OEFDB, " + activityId + " (" + source + ", released " + year + ")"
                + (link.isEmpty() ? "" : ", " + link);
        r.licence = "CC BY-SA 4.0 (Climatiq compilation); original terms of " + source;
        // The OEFDB's uncertainty is a +/- percentage; read as the half-width of a 95 % interval of a lognormal
        // multiplier: GSD^2 = 1 + u/100 (decision 017).
        r.uncertainty = uncertainty == null || uncertainty == 0 ? null
                : new Uncertainty.LogNormal(1.0, Math.sqrt(1 + uncertainty / 100));
        return r;
    }

    private static Double value(Table table, Table.Row row, Map<String, String> cells, String column,
                                TableProblems problems) {
        String text = cells.getOrDefault(column.toLowerCase(Locale.ROOT), "").strip();
        if (text.isEmpty() || text.equalsIgnoreCase("not-supplied")) {
            return null;
        }
        return problems.number(table, row, column, text);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static final class Row {
        int line;
        String activity;
        String region;
        Unit unit;
        Map<GreenhouseGas, Double> gases;
        String basis;
        int year;
        String source;
        String name;
        String citation;
        String licence;
        Uncertainty uncertainty;
    }
}
