package org.greenlane.server.cbam;

import org.greenlane.core.cbam.Benchmark;
import org.greenlane.core.cbam.BenchmarkTable;
import org.greenlane.core.cbam.CertificatePriceTable;
import org.greenlane.core.cbam.DataSource;
import org.greenlane.core.cbam.DefaultValueRow;
import org.greenlane.core.cbam.DefaultValueTable;
import org.greenlane.core.cbam.PricePeriod;
import org.greenlane.core.cbam.Sector;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared CBAM reference data: imported default-value and benchmark datasets (the newest of each kind is the one
 * in use) and the certificate price table. Datasets never change once imported, so their engine tables are cached.
 */
@Repository
class ReferenceData {

    private static final String DATASET_COLUMNS = "id, kind, name, version, file_name, sha256, row_count, imported_at";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Map<UUID, DefaultValueTable> defaultTables = new ConcurrentHashMap<>();
    private final Map<UUID, BenchmarkTable> benchmarkTables = new ConcurrentHashMap<>();

    ReferenceData(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<Dataset> datasets() {
        return jdbc.sql("select " + DATASET_COLUMNS + " from cbam_dataset order by kind, imported_at desc, id")
                .query(ReferenceData::dataset).list();
    }

    /** The dataset of a kind in use: the one imported last. */
    Optional<Dataset> current(Dataset.Kind kind) {
        return jdbc.sql("select " + DATASET_COLUMNS + " from cbam_dataset where kind = :kind order by imported_at desc, id limit 1")
                .param("kind", kind.name())
                .query(ReferenceData::dataset).optional();
    }

    Optional<Dataset> withChecksum(Dataset.Kind kind, String sha256) {
        return jdbc.sql("select " + DATASET_COLUMNS + " from cbam_dataset where kind = :kind and sha256 = :sha")
                .param("kind", kind.name()).param("sha", sha256)
                .query(ReferenceData::dataset).optional();
    }

    Dataset addDefaultValues(String name, String version, String fileName, String sha256, DefaultValueTable table) {
        Dataset dataset = insert(Dataset.Kind.DEFAULT_VALUES, name, version, fileName, sha256, table.rows().size());
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (DefaultValueRow row : table.rows()) {
            rows.add(new MapSqlParameterSource()
                    .addValue("dataset", dataset.id()).addValue("line", row.line())
                    .addValue("country", row.countryCode()).addValue("countryName", row.countryName())
                    .addValue("cn", row.cnCode()).addValue("description", row.description())
                    .addValue("sector", row.sector().workbookLabel())
                    .addValue("direct", row.direct().orElse(null)).addValue("indirect", row.indirect().orElse(null))
                    .addValue("total", row.total().orElse(null))
                    .addValue("m2026", row.publishedWithMarkUp().get(2026)).addValue("m2027", row.publishedWithMarkUp().get(2027))
                    .addValue("m2028", row.publishedWithMarkUp().get(2028)).addValue("route", row.productionRoute()));
        }
        batch.batchUpdate("""
                insert into cbam_default_value (dataset_id, line, country_code, country_name, cn_code, description, sector,
                    direct_emissions, indirect_emissions, total_emissions, with_markup_2026, with_markup_2027, with_markup_2028,
                    production_route)
                values (:dataset, :line, :country, :countryName, :cn, :description, :sector, :direct, :indirect, :total,
                    :m2026, :m2027, :m2028, :route)""", rows.toArray(MapSqlParameterSource[]::new));
        return dataset;
    }

    Dataset addBenchmarks(String name, String version, String fileName, String sha256, List<Benchmark> benchmarks) {
        int values = benchmarks.stream().mapToInt(b -> b.values().size()).sum();
        Dataset dataset = insert(Dataset.Kind.BENCHMARKS, name, version, fileName, sha256, values);
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (Benchmark b : benchmarks) {
            for (int i = 0; i < b.values().size(); i++) {
                Benchmark.Value v = b.values().get(i);
                rows.add(new MapSqlParameterSource()
                        .addValue("dataset", dataset.id()).addValue("cn", b.cnCode()).addValue("position", i)
                        .addValue("sector", b.sector().workbookLabel()).addValue("description", b.description())
                        .addValue("a", v.columnA()).addValue("aRoute", v.columnARoute())
                        .addValue("b", v.columnB()).addValue("bRoute", v.columnBRoute()));
            }
        }
        batch.batchUpdate("""
                insert into cbam_benchmark_value (dataset_id, cn_code, position, sector, description, column_a, column_a_route,
                    column_b, column_b_route)
                values (:dataset, :cn, :position, :sector, :description, :a, :aRoute, :b, :bRoute)""",
                rows.toArray(MapSqlParameterSource[]::new));
        return dataset;
    }

    private Dataset insert(Dataset.Kind kind, String name, String version, String fileName, String sha256, int rows) {
        return jdbc.sql("""
                        insert into cbam_dataset (id, kind, name, version, file_name, sha256, row_count)
                        values (:id, :kind, :name, :version, :file, :sha, :rows)
                        returning""" + " " + DATASET_COLUMNS)
                .param("id", UUID.randomUUID()).param("kind", kind.name()).param("name", name).param("version", version)
                .param("file", fileName).param("sha", sha256).param("rows", rows)
                .query(ReferenceData::dataset).single();
    }

    /**
     * The engine's table of a stored dataset. The rows are written back as the Commission's csv with comment lines
     * in the gaps, so the engine's messages cite the line numbers of the imported file.
     */
    DefaultValueTable defaultValues(Dataset dataset) {
        return defaultTables.computeIfAbsent(dataset.id(), id -> {
            StringBuilder csv = new StringBuilder("countryCode,countryName,cnCode,description,sector,directEmissions,"
                    + "indirectEmissions,totalEmissions,withMarkup2026,withMarkup2027,withMarkup2028,productionRoute\n");
            int[] nextLine = {2};
            jdbc.sql("""
                            select line, country_code, country_name, cn_code, description, sector, direct_emissions,
                                   indirect_emissions, total_emissions, with_markup_2026, with_markup_2027, with_markup_2028,
                                   production_route
                            from cbam_default_value where dataset_id = :dataset order by line""")
                    .param("dataset", id)
                    .query((ResultSet row) -> {
                        int line = row.getInt("line");
                        for (; nextLine[0] < line; nextLine[0]++) {
                            csv.append("#\n");
                        }
                        String record = String.join(",", row.getString("country_code"), quoted(row.getString("country_name")),
                                row.getString("cn_code"), quoted(row.getString("description")), row.getString("sector"),
                                plain(row.getBigDecimal("direct_emissions")), plain(row.getBigDecimal("indirect_emissions")),
                                plain(row.getBigDecimal("total_emissions")), plain(row.getBigDecimal("with_markup_2026")),
                                plain(row.getBigDecimal("with_markup_2027")), plain(row.getBigDecimal("with_markup_2028")),
                                quoted(row.getString("production_route")));
                        csv.append(record).append('\n');
                        nextLine[0] += 1 + (int) record.chars().filter(c -> c == '\n').count();
                    });
            try {
                return DefaultValueTable.parse(new StringReader(csv.toString()), source(dataset));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    BenchmarkTable benchmarks(Dataset dataset) {
        return benchmarkTables.computeIfAbsent(dataset.id(), id -> {
            Map<String, List<Benchmark.Value>> values = new LinkedHashMap<>();
            Map<String, String[]> about = new LinkedHashMap<>();
            jdbc.sql("""
                            select cn_code, sector, description, column_a, column_a_route, column_b, column_b_route
                            from cbam_benchmark_value where dataset_id = :dataset order by cn_code, position""")
                    .param("dataset", id)
                    .query((ResultSet row) -> {
                        String cn = row.getString("cn_code");
                        about.putIfAbsent(cn, new String[]{row.getString("sector"), row.getString("description")});
                        values.computeIfAbsent(cn, c -> new ArrayList<>()).add(new Benchmark.Value(row.getBigDecimal("column_a"),
                                row.getString("column_a_route"), row.getBigDecimal("column_b"), row.getString("column_b_route")));
                    });
            DataSource source = source(dataset);
            List<Benchmark> benchmarks = values.entrySet().stream()
                    .map(e -> new Benchmark(e.getKey(), Sector.fromWorkbookLabel(about.get(e.getKey())[0]),
                            about.get(e.getKey())[1], e.getValue(), source))
                    .toList();
            return BenchmarkTable.of(source, benchmarks);
        });
    }

    static DataSource source(Dataset dataset) {
        return new DataSource(dataset.name(), dataset.version());
    }

    /** A published certificate price with who added it (null for the prices shipped with the platform). */
    record StoredPrice(String period, BigDecimal eurPerTonne, String sourceName, String sourceVersion, UUID addedBy,
                       Instant addedAt) {
    }

    List<StoredPrice> prices() {
        return jdbc.sql("select period, eur_per_tonne, source_name, source_version, added_by, added_at from cbam_certificate_price order by period")
                .query((row, i) -> new StoredPrice(row.getString("period"), row.getBigDecimal("eur_per_tonne"),
                        row.getString("source_name"), row.getString("source_version"), row.getObject("added_by", UUID.class),
                        row.getTimestamp("added_at").toInstant()))
                .list();
    }

    CertificatePriceTable priceTable() {
        return CertificatePriceTable.of(prices().stream()
                .map(p -> new CertificatePriceTable.Price(PricePeriod.parse(p.period()), p.eurPerTonne(),
                        new DataSource(p.sourceName(), p.sourceVersion())))
                .toList());
    }

    /** Adds or replaces the price of a period. */
    StoredPrice putPrice(PricePeriod period, BigDecimal eurPerTonne, String sourceName, String sourceVersion, UUID addedBy) {
        return jdbc.sql("""
                        insert into cbam_certificate_price (period, eur_per_tonne, source_name, source_version, added_by)
                        values (:period, :price, :name, :version, :by)
                        on conflict (period) do update set eur_per_tonne = excluded.eur_per_tonne, source_name = excluded.source_name,
                            source_version = excluded.source_version, added_by = excluded.added_by, added_at = now()
                        returning period, eur_per_tonne, source_name, source_version, added_by, added_at""")
                .param("period", period.toString()).param("price", eurPerTonne).param("name", sourceName)
                .param("version", sourceVersion).param("by", addedBy)
                .query((row, i) -> new StoredPrice(row.getString("period"), row.getBigDecimal("eur_per_tonne"),
                        row.getString("source_name"), row.getString("source_version"), row.getObject("added_by", UUID.class),
                        row.getTimestamp("added_at").toInstant()))
                .single();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static Dataset dataset(ResultSet row, int index) throws SQLException {
        return new Dataset(row.getObject("id", UUID.class), Dataset.Kind.valueOf(row.getString("kind")), row.getString("name"),
                row.getString("version"), row.getString("file_name"), row.getString("sha256"), row.getInt("row_count"),
                row.getTimestamp("imported_at").toInstant());
    }
}
