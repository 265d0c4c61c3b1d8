package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Benchmark values of one CN code (Implementing Regulation (EU) 2025/2620) in t CO2e per t: column A applies
 * with actual embedded emissions, column B with default values; several rows where the value depends on the
 * production route.
 */
public record Benchmark(String cnCode, Sector sector, String description, List<Value> values, DataSource source) {

    static final String UNIT = "t CO2e/t";

    /** One row of the table; routes are "" where the table gives none. */
    public record Value(BigDecimal columnA, String columnARoute, BigDecimal columnB, String columnBRoute) {
    }

    public Benchmark {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new CbamInputException("benchmark for CN " + cnCode + " has no values");
        }
    }

    /**
     * Column A, for goods declared with actual data. Where column A names no route the table has one value
     * per code; the zeros in the following rows are the padding of merged cells (decision 033).
     */
    public Figure columnA(String route) {
        if (values.stream().allMatch(v -> v.columnARoute().isEmpty())) {
            return figure("A", values.get(0).columnA(), "");
        }
        Value v = byRoute(route, true);
        return figure("A", v.columnA(), v.columnARoute());
    }

    /**
     * Column B, for goods declared with default values; the route is the one named by the declarant or, if none,
     * the production route of the default value used.
     */
    public Figure columnB(String route, String defaultValueRoute) {
        if (values.size() == 1) {
            return figure("B", values.get(0).columnB(), values.get(0).columnBRoute());
        }
        String wanted = route == null || route.isBlank() ? defaultValueRoute : route;
        Value v = byRoute(wanted, false);
        return figure("B", v.columnB(), v.columnBRoute());
    }

    private Value byRoute(String route, boolean columnA) {
        List<String> routes = values.stream().map(v -> columnA ? v.columnARoute() : v.columnBRoute()).toList();
        if (route == null || route.isBlank()) {
            throw new CbamInputException("benchmark column " + (columnA ? "A" : "B") + " for CN " + CnCode.format(cnCode)
                    + " depends on the production route; name one of " + routes);
        }
        return values.stream()
                .filter(v -> (columnA ? v.columnARoute() : v.columnBRoute()).equalsIgnoreCase(route.strip()))
                .findFirst()
                .orElseThrow(() -> new CbamInputException("benchmark column " + (columnA ? "A" : "B") + " for CN "
                        + CnCode.format(cnCode) + " has no route '" + route + "'; available: "
                        + routes.stream().collect(Collectors.joining(", "))));
    }

    private Figure figure(String column, BigDecimal value, String route) {
        return Figure.given("benchmark column " + column + ", CN " + CnCode.format(cnCode) + (route.isEmpty() ? "" : " route " + route),
                value, UNIT, new LegalBasis(LegalBasis.BENCHMARKS, "Annex, column " + column
                        + (column.equals("A") ? " (actual data)" : " (default values)") + ", CN " + CnCode.format(cnCode)),
                source);
    }
}
