package org.greenlane.core.footprint.factors;

import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.core.footprint.quality.Uncertainty;
import org.greenlane.core.footprint.units.Unit;
import org.greenlane.core.footprint.units.Units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads emission factors from a delimited table (tab or comma; double quotes allowed), one gas per row.
 * Rows sharing activity, region, unit and source form one factor. Required columns, in any order:
 * activity, region, unit, gas, kg_per_unit, co2e_basis, source, publisher, year, licence,
 * dqr_technological, dqr_geographical, dqr_temporal; optional: uncertainty_gsd (a lognormal multiplier).
 * Lines starting with '#' are comments. Every error names the line and column.
 */
public final class FactorTable {

    private static final List<String> REQUIRED = List.of("activity", "region", "unit", "gas", "kg_per_unit",
            "co2e_basis", "source", "publisher", "year", "licence", "dqr_technological", "dqr_geographical",
            "dqr_temporal");

    private FactorTable() {
    }

    public static FactorDataset read(Reader reader, String id, String version, String name) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        Map<String, Integer> columns = null;
        char delimiter = '\t';
        Map<String, Builder> factors = new LinkedHashMap<>();
        String line;
        int lineNumber = 0;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (columns == null) {
                delimiter = line.indexOf('\t') >= 0 ? '\t' : ',';
                columns = header(split(line, delimiter, lineNumber), lineNumber);
                continue;
            }
            List<String> cells = split(line, delimiter, lineNumber);
            Row row = new Row(cells, columns, lineNumber);
            String key = row.text("activity") + '\u0000' + row.text("region") + '\u0000' + row.text("unit")
                    + '\u0000' + row.text("source");
            Builder builder = factors.get(key);
            if (builder == null) {
                builder = new Builder(row);
                factors.put(key, builder);
            }
            builder.add(row);
        }
        if (columns == null) {
            throw new IllegalArgumentException("factor table " + id + " has no header line");
        }
        List<EmissionFactor> list = new ArrayList<>();
        for (Builder b : factors.values()) {
            list.add(b.build());
        }
        return new FactorDataset(id, version, name, list);
    }

    private static Map<String, Integer> header(List<String> cells, int lineNumber) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            columns.put(cells.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException("line " + lineNumber + ": missing column '" + required + "'");
            }
        }
        return columns;
    }

    static List<String> split(String line, char delimiter, int lineNumber) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + lineNumber + ": unterminated quote");
        }
        cells.add(cell.toString());
        return cells;
    }

    private record Row(List<String> cells, Map<String, Integer> columns, int line) {

        String text(String column) {
            Integer i = columns.get(column);
            String v = i == null || i >= cells.size() ? "" : cells.get(i).trim();
            if (v.isEmpty()) {
                throw new IllegalArgumentException("line " + line + ", column '" + column + "': value missing");
            }
            return v;
        }

        String optional(String column) {
            Integer i = columns.get(column);
            return i == null || i >= cells.size() ? "" : cells.get(i).trim();
        }

        double number(String column) {
            String v = text(column);
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + line + ", column '" + column + "': not a number: " + v);
            }
        }

        IllegalArgumentException error(String column, String message) {
            return new IllegalArgumentException("line " + line + ", column '" + column + "': " + message);
        }
    }

    private static final class Builder {
        private final String activity;
        private final String region;
        private final Unit unit;
        private final String co2eBasis;
        private final Provenance provenance;
        private final Uncertainty uncertainty;
        private final DataQualityRating quality;
        private final Map<GreenhouseGas, Double> gases = new EnumMap<>(GreenhouseGas.class);

        Builder(Row row) {
            activity = row.text("activity");
            region = RegionHierarchy.normalise(row.text("region"));
            unit = Units.find(row.text("unit")).orElseThrow(() -> row.error("unit", "unknown unit " + row.text("unit")));
            String basis = row.optional("co2e_basis");
            co2eBasis = basis.isEmpty() || basis.equals("-") ? null : basis;
            try {
                provenance = new Provenance(row.text("source"), row.text("publisher"), (int) row.number("year"),
                        row.text("licence"));
                String gsd = row.optional("uncertainty_gsd");
                uncertainty = gsd.isEmpty() ? null : new Uncertainty.LogNormal(1.0, row.number("uncertainty_gsd"));
                quality = new DataQualityRating(row.number("dqr_technological"), row.number("dqr_geographical"),
                        row.number("dqr_temporal"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + row.line() + ": " + e.getMessage(), e);
            }
        }

        void add(Row row) {
            GreenhouseGas gas;
            try {
                gas = GreenhouseGas.valueOf(row.text("gas").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("gas", "unknown gas " + row.text("gas"));
            }
            double value = row.number("kg_per_unit");
            if (value < 0) {
                throw row.error("kg_per_unit", "must not be negative, was " + value);
            }
            if (gases.put(gas, value) != null) {
                throw row.error("gas", gas + " given twice for " + activity + " / " + region);
            }
        }

        EmissionFactor build() {
            return new EmissionFactor(activity, region, unit, gases, co2eBasis, provenance, uncertainty, quality);
        }
    }
}
