package org.greenlane.core.cbam;

import org.greenlane.core.cbam.internal.JsonReader;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Benchmarks of Implementing Regulation (EU) 2025/2620 by CN code, read from the JSON form
 * ({@code [{cnCode, sector, description, benchmarkValues: [{columnA, columnARoute, columnB, columnBRoute}]}]}).
 */
public final class BenchmarkTable {

    private final DataSource source;
    private final Map<String, Benchmark> byCode;

    private BenchmarkTable(DataSource source, Map<String, Benchmark> byCode) {
        this.source = source;
        this.byCode = Map.copyOf(byCode);
    }

    public static BenchmarkTable of(DataSource source, List<Benchmark> benchmarks) {
        Map<String, Benchmark> byCode = new HashMap<>();
        for (Benchmark b : benchmarks) {
            if (byCode.put(b.cnCode(), b) != null) {
                throw new CbamInputException(source + ": CN " + b.cnCode() + " appears twice");
            }
        }
        return new BenchmarkTable(source, byCode);
    }

    public static BenchmarkTable parse(Reader in, DataSource source) throws IOException {
        Objects.requireNonNull(source, "data source");
        Object root = JsonReader.read(in, source.name());
        if (!(root instanceof List<?> entries)) {
            throw new CbamInputException(source.name() + ": expected a JSON array of benchmark entries");
        }
        List<Benchmark> benchmarks = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = source.name() + " entry " + i;
            Map<?, ?> entry = object(entries.get(i), where);
            String cn = text(entry, "cnCode", where);
            if (!cn.matches("\\d{8}")) {
                throw new CbamInputException(where + ": field cnCode: '" + cn + "' is not an 8-digit CN code");
            }
            where = source.name() + " entry " + i + " (CN " + cn + ")";
            Sector sector;
            try {
                sector = Sector.fromWorkbookLabel(text(entry, "sector", where));
            } catch (CbamInputException ex) {
                throw new CbamInputException(where + ": field sector: " + ex.getMessage());
            }
            if (!(entry.get("benchmarkValues") instanceof List<?> rows)) {
                throw new CbamInputException(where + ": field benchmarkValues must be an array");
            }
            List<Benchmark.Value> values = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                String rowWhere = where + " benchmarkValues[" + r + "]";
                Map<?, ?> row = object(rows.get(r), rowWhere);
                values.add(new Benchmark.Value(number(row, "columnA", rowWhere), route(row, "columnARoute", rowWhere),
                        number(row, "columnB", rowWhere), route(row, "columnBRoute", rowWhere)));
            }
            benchmarks.add(new Benchmark(cn, sector, text(entry, "description", where), values, source));
        }
        return of(source, benchmarks);
    }

    private static Map<?, ?> object(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new CbamInputException(where + ": expected a JSON object");
    }

    private static String text(Map<?, ?> object, String field, String where) {
        if (object.get(field) instanceof String s) {
            return s;
        }
        throw new CbamInputException(where + ": field " + field + " must be a string");
    }

    private static String route(Map<?, ?> object, String field, String where) {
        Object value = object.get(field);
        if (value == null || value == JsonReader.NULL) {
            return "";
        }
        if (value instanceof String s) {
            return s.strip();
        }
        throw new CbamInputException(where + ": field " + field + " must be a string or null");
    }

    private static BigDecimal number(Map<?, ?> object, String field, String where) {
        if (object.get(field) instanceof BigDecimal n) {
            if (n.signum() < 0) {
                throw new CbamInputException(where + ": field " + field + ": " + n.toPlainString() + " is negative");
            }
            return n;
        }
        throw new CbamInputException(where + ": field " + field + " must be a number");
    }

    public DataSource source() {
        return source;
    }

    public Optional<Benchmark> find(CnCode cn) {
        return Optional.ofNullable(byCode.get(cn.digits()));
    }

    public int size() {
        return byCode.size();
    }
}
