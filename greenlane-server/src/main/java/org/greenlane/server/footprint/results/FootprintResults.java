package org.greenlane.server.footprint.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.footprint.MonteCarloResult;
import org.greenlane.server.footprint.systems.ProductSystemDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored footprint results and their Monte Carlo runs, always within one organisation. Results never change. */
@Repository
public class FootprintResults {

    private static final String COLUMNS = "id, organisation_id, product_system_id, product_id, system_version, "
            + "calculated_at, calculated_by, model_version, gwp_set, library, factor_datasets, snapshot, report";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    FootprintResults(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(StoredResult r) {
        jdbc.sql("insert into footprint_result (id, organisation_id, product_system_id, product_id, system_version, "
                        + "calculated_at, calculated_by, model_version, gwp_set, library, factor_datasets, total_kg_co2e, "
                        + "market_total_kg_co2e, snapshot, report) values (:id, :organisation, :system, :product, "
                        + ":systemVersion, :at, :by, :model, :gwp, :library, :datasets, :total, :market, "
                        + "cast(:snapshot as jsonb), cast(:report as jsonb))")
                .param("id", r.id()).param("organisation", r.organisationId()).param("system", r.productSystemId())
                .param("product", r.productId()).param("systemVersion", r.systemVersion())
                .param("at", java.sql.Timestamp.from(r.calculatedAt())).param("by", r.calculatedBy())
                .param("model", r.modelVersion()).param("gwp", r.gwpSet())
                .param("library", r.library().toArray(UUID[]::new))
                .param("datasets", r.factorDatasets().toArray(String[]::new))
                .param("total", r.report().totalKgCo2e()).param("market", r.report().marketBasedTotalKgCo2e())
                .param("snapshot", write(r.snapshot())).param("report", write(r.report()))
                .update();
    }

    public Optional<StoredResult> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from footprint_result where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id)
                .query((row, n) -> map(row)).optional();
    }

    /** Summaries, newest first, optionally of one product system or one product. */
    public List<Summary> list(UUID organisationId, UUID productSystemId, UUID productId, int limit) {
        return jdbc.sql("select r.id, r.product_system_id, r.product_id, p.name as product_name, "
                        + "r.report->>'productSystem' as system_name, r.calculated_at, r.calculated_by, r.gwp_set, "
                        + "r.total_kg_co2e, r.market_total_kg_co2e, r.report->'functionalUnit'->>'unit' as unit, "
                        + "(r.report->'functionalUnit'->>'amount')::float8 as amount "
                        + "from footprint_result r join product p on p.id = r.product_id "
                        + "where r.organisation_id = :organisation "
                        + "and (cast(:system as uuid) is null or r.product_system_id = :system) "
                        + "and (cast(:product as uuid) is null or r.product_id = :product) "
                        + "order by r.calculated_at desc, r.id limit :limit")
                .param("organisation", organisationId).param("system", productSystemId).param("product", productId)
                .param("limit", limit)
                .query((row, n) -> new Summary(row.getObject("id", UUID.class),
                        row.getObject("product_system_id", UUID.class), row.getObject("product_id", UUID.class),
                        row.getString("product_name"), row.getString("system_name"),
                        row.getTimestamp("calculated_at").toInstant(), row.getString("calculated_by"),
                        row.getString("gwp_set"), row.getDouble("total_kg_co2e"), row.getDouble("market_total_kg_co2e"),
                        row.getDouble("amount"), row.getString("unit")))
                .list();
    }

    /** A listed result: kg CO2e per {@code functionalUnitAmount} {@code functionalUnit}. */
    public record Summary(UUID id, UUID productSystemId, UUID productId, String productName, String systemName,
                          Instant calculatedAt, String calculatedBy, String gwpSet, double totalKgCo2e,
                          double marketBasedTotalKgCo2e, double functionalUnitAmount, String functionalUnit) {
    }

    void addMonteCarlo(UUID resultId, MonteCarloResult mc) {
        jdbc.sql("insert into footprint_monte_carlo (result_id, iterations, seed, mean_kg_co2e, p2_5_kg_co2e, "
                        + "p97_5_kg_co2e, deterministic_kg_co2e) values (:result, :iterations, :seed, :mean, :low, "
                        + ":high, :deterministic) on conflict (result_id, iterations, seed) do nothing")
                .param("result", resultId).param("iterations", mc.iterations()).param("seed", mc.seed())
                .param("mean", mc.meanKgCo2e()).param("low", mc.percentile2p5KgCo2e())
                .param("high", mc.percentile97p5KgCo2e()).param("deterministic", mc.deterministicKgCo2e())
                .update();
    }

    public List<MonteCarloResult> monteCarloRuns(UUID organisationId, UUID resultId) {
        return jdbc.sql("select m.iterations, m.seed, m.mean_kg_co2e, m.p2_5_kg_co2e, m.p97_5_kg_co2e, "
                        + "m.deterministic_kg_co2e from footprint_monte_carlo m join footprint_result r on r.id = m.result_id "
                        + "where r.organisation_id = :organisation and m.result_id = :result order by m.run_at desc")
                .param("organisation", organisationId).param("result", resultId)
                .query((row, n) -> new MonteCarloResult(row.getInt("iterations"), row.getLong("seed"),
                        row.getDouble("mean_kg_co2e"), row.getDouble("p2_5_kg_co2e"), row.getDouble("p97_5_kg_co2e"),
                        row.getDouble("deterministic_kg_co2e")))
                .list();
    }

    private StoredResult map(ResultSet row) throws SQLException {
        return new StoredResult(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getObject("product_system_id", UUID.class), row.getObject("product_id", UUID.class),
                row.getInt("system_version"), row.getTimestamp("calculated_at").toInstant(),
                row.getString("calculated_by"), row.getString("model_version"), row.getString("gwp_set"),
                Arrays.asList((UUID[]) row.getArray("library").getArray()),
                Arrays.asList((String[]) row.getArray("factor_datasets").getArray()),
                read(row.getString("snapshot"), ProductSystemDraft.class),
                read(row.getString("report"), FootprintReport.class));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
