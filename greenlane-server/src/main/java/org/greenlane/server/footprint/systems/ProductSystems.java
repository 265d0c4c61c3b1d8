package org.greenlane.server.footprint.systems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.footprint.AllocationMethod;
import org.greenlane.core.footprint.Exchange;
import org.greenlane.core.footprint.FlowType;
import org.greenlane.core.footprint.LifeCycleStage;
import org.greenlane.core.footprint.Process;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.factors.GwpSet;
import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.core.footprint.units.Quantity;
import org.greenlane.core.footprint.units.Units;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Product systems, always read and written within one organisation. A system and its processes and exchanges are
 * written in one transaction; an edit replaces them all (optimistic, by version).
 */
@Repository
public class ProductSystems {

    private static final String COLUMNS = "id, organisation_id, product_id, name, description, kind, guided, "
            + "reference_process, reference_flow, demand_amount, demand_unit, allocation, gwp_set, version, "
            + "created_at, updated_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectMapper json;

    ProductSystems(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    @Transactional
    public ProductSystemRecord add(UUID organisationId, ProductSystemModel model) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into product_system (id, organisation_id, product_id, name, description, kind, guided, "
                        + "reference_process, reference_flow, demand_amount, demand_unit, allocation, gwp_set) "
                        + "values (:id, :organisation, :product, :name, :description, :kind, cast(:guided as jsonb), "
                        + ":referenceProcess, :referenceFlow, :amount, :unit, :allocation, :gwp)")
                .param("id", id)
                .param("organisation", organisationId)
                .params(header(model))
                .update();
        writeProcesses(id, model.processes());
        return find(organisationId, id).orElseThrow();
    }

    /** Optimistic: the caller says which version it edited; a newer one in the database wins. */
    @Transactional
    public Optional<ProductSystemRecord> change(UUID organisationId, UUID id, int version, ProductSystemModel model) {
        int updated = jdbc.sql("update product_system set product_id = :product, name = :name, "
                        + "description = :description, kind = :kind, guided = cast(:guided as jsonb), "
                        + "reference_process = :referenceProcess, reference_flow = :referenceFlow, "
                        + "demand_amount = :amount, demand_unit = :unit, allocation = :allocation, gwp_set = :gwp, "
                        + "version = version + 1, updated_at = now() "
                        + "where organisation_id = :organisation and id = :id and version = :version")
                .params(header(model))
                .param("organisation", organisationId)
                .param("id", id)
                .param("version", version)
                .update();
        if (updated == 0) {
            if (exists(organisationId, id)) {
                throw new OptimisticLockingFailureException("Product system " + id + " is no longer at version " + version);
            }
            return Optional.empty();
        }
        jdbc.sql("delete from product_system_process where system_id = :id").param("id", id).update();
        writeProcesses(id, model.processes());
        return find(organisationId, id);
    }

    @Transactional
    public boolean remove(UUID organisationId, UUID id) {
        return jdbc.sql("delete from product_system where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id).update() == 1;
    }

    public boolean exists(UUID organisationId, UUID id) {
        return jdbc.sql("select count(*) from product_system where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id).query(Integer.class).single() == 1;
    }

    /** Summaries (without processes) of the organisation's systems, optionally of one product. */
    public List<Summary> list(UUID organisationId, UUID productId) {
        return jdbc.sql("select s.id, s.product_id, p.name as product_name, s.name, s.kind, s.version, s.updated_at, "
                        + "(select count(*) from product_system_process x where x.system_id = s.id) as processes "
                        + "from product_system s join product p on p.id = s.product_id "
                        + "where s.organisation_id = :organisation and (cast(:product as uuid) is null or s.product_id = :product) "
                        + "order by p.name, s.name, s.id")
                .param("organisation", organisationId)
                .param("product", productId)
                .query((row, n) -> new Summary(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
                        row.getString("product_name"), row.getString("name"),
                        ProductSystemModel.Kind.valueOf(row.getString("kind")), row.getInt("processes"),
                        row.getInt("version"), row.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** A listed product system. */
    public record Summary(UUID id, UUID productId, String productName, String name, ProductSystemModel.Kind kind,
                          int processes, int version, java.time.Instant updatedAt) {
    }

    public Optional<ProductSystemRecord> find(UUID organisationId, UUID id) {
        Optional<Map<String, Object>> header = jdbc.sql("select " + COLUMNS
                        + " from product_system where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id)
                .query((row, n) -> headerRow(row)).optional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> h = header.get();
        Map<Integer, List<Exchange>> exchanges = new LinkedHashMap<>();
        jdbc.sql("select process_position, kind, label, flow, flow_type, output, gas, region, amount, unit, provider, "
                        + "economic_value, uncertainty from product_system_exchange where system_id = :id "
                        + "order by process_position, position")
                .param("id", id)
                .query(row -> {
                    exchanges.computeIfAbsent(row.getInt("process_position"), k -> new ArrayList<>()).add(exchange(row));
                });
        List<Process> processes = jdbc.sql("select position, process_key, name, stage, site, supplier, primary_data, "
                        + "dqr_technological, dqr_geographical, dqr_temporal, allocation from product_system_process "
                        + "where system_id = :id order by position")
                .param("id", id)
                .query((row, n) -> new Process(row.getString("process_key"), row.getString("name"),
                        LifeCycleStage.valueOf(row.getString("stage")), row.getString("site"),
                        row.getString("supplier"), row.getBoolean("primary_data"), quality(row),
                        row.getString("allocation") == null ? null : AllocationMethod.valueOf(row.getString("allocation")),
                        exchanges.getOrDefault(row.getInt("position"), List.of())))
                .list();
        String guided = (String) h.get("guided");
        ProductSystemModel model = new ProductSystemModel((UUID) h.get("product_id"), (String) h.get("name"),
                (String) h.get("description"), ProductSystemModel.Kind.valueOf((String) h.get("kind")),
                guided == null ? null : read(guided, GuidedSystem.class), (String) h.get("reference_process"),
                (String) h.get("reference_flow"),
                new Quantity((Double) h.get("demand_amount"), Units.of((String) h.get("demand_unit"))),
                AllocationMethod.valueOf((String) h.get("allocation")), GwpSet.valueOf((String) h.get("gwp_set")),
                processes);
        return Optional.of(new ProductSystemRecord(id, (UUID) h.get("organisation_id"), model, (Integer) h.get("version"),
                (java.time.Instant) h.get("created_at"), (java.time.Instant) h.get("updated_at")));
    }

    private Map<String, Object> header(ProductSystemModel model) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("product", model.productId());
        params.put("name", model.name());
        params.put("description", model.description());
        params.put("kind", model.kind().name());
        params.put("guided", model.guided() == null ? null : write(model.guided()));
        params.put("referenceProcess", model.referenceProcess());
        params.put("referenceFlow", model.referenceFlow());
        params.put("amount", model.functionalUnit().value());
        params.put("unit", model.functionalUnit().unit().symbol());
        params.put("allocation", model.allocation().name());
        params.put("gwp", model.gwpSet().name());
        return params;
    }

    private static Map<String, Object> headerRow(ResultSet row) throws SQLException {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("organisation_id", row.getObject("organisation_id", UUID.class));
        h.put("product_id", row.getObject("product_id", UUID.class));
        for (String column : List.of("name", "description", "kind", "guided", "reference_process", "reference_flow",
                "demand_unit", "allocation", "gwp_set")) {
            h.put(column, row.getString(column));
        }
        h.put("demand_amount", row.getDouble("demand_amount"));
        h.put("version", row.getInt("version"));
        h.put("created_at", row.getTimestamp("created_at").toInstant());
        h.put("updated_at", row.getTimestamp("updated_at").toInstant());
        return h;
    }

    private void writeProcesses(UUID id, List<Process> processes) {
        List<Object[]> processRows = new ArrayList<>();
        List<Object[]> exchangeRows = new ArrayList<>();
        for (int p = 0; p < processes.size(); p++) {
            Process process = processes.get(p);
            DataQualityRating q = process.quality() == DataQualityRating.UNKNOWN ? null : process.quality();
            processRows.add(new Object[]{id, p, process.id(), process.name(), process.stage().name(), process.site(),
                    process.supplier(), process.primaryData(), q == null ? null : q.technological(),
                    q == null ? null : q.geographical(), q == null ? null : q.temporal(),
                    process.allocation() == null ? null : process.allocation().name()});
            for (int e = 0; e < process.exchanges().size(); e++) {
                exchangeRows.add(exchangeRow(id, p, e, process.exchanges().get(e)));
            }
        }
        batch.batchUpdate("insert into product_system_process (system_id, position, process_key, name, stage, site, "
                + "supplier, primary_data, dqr_technological, dqr_geographical, dqr_temporal, allocation) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", processRows);
        batch.batchUpdate("insert into product_system_exchange (system_id, process_position, position, kind, label, "
                + "flow, flow_type, output, gas, region, amount, unit, provider, economic_value, uncertainty) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))", exchangeRows);
    }

    private Object[] exchangeRow(UUID id, int process, int position, Exchange e) {
        String uncertainty = e.uncertainty() == null ? null : write(UncertaintyDto.of(e.uncertainty()));
        if (e instanceof Exchange.Technosphere t) {
            return new Object[]{id, process, position, "TECHNOSPHERE", t.label(), t.flow(), t.type().name(),
                    t.output(), null, null, t.amount().value(), t.amount().unit().symbol(), t.provider(),
                    t.economicValue(), uncertainty};
        }
        if (e instanceof Exchange.Emission em) {
            return new Object[]{id, process, position, "EMISSION", em.label(), em.flow(), null, false,
                    em.gas() == null ? null : em.gas().name(), null, em.amount().value(), em.amount().unit().symbol(),
                    null, null, uncertainty};
        }
        Exchange.Background b = (Exchange.Background) e;
        return new Object[]{id, process, position, "BACKGROUND", b.label(), b.activity(), null, false, null,
                b.region(), b.amount().value(), b.amount().unit().symbol(), null, null, uncertainty};
    }

    private Exchange exchange(ResultSet row) throws SQLException {
        Quantity amount = new Quantity(row.getDouble("amount"), Units.of(row.getString("unit")));
        String u = row.getString("uncertainty");
        var uncertainty = u == null ? null : read(u, UncertaintyDto.class).toEngine("uncertainty");
        String label = row.getString("label");
        String flow = row.getString("flow");
        return switch (row.getString("kind")) {
            case "TECHNOSPHERE" -> {
                double value = row.getDouble("economic_value");
                Double economic = row.wasNull() ? null : value;
                yield new Exchange.Technosphere(label, flow, FlowType.valueOf(row.getString("flow_type")),
                        row.getBoolean("output"), amount, row.getString("provider"), economic, uncertainty);
            }
            case "EMISSION" -> new Exchange.Emission(label, flow,
                    row.getString("gas") == null ? null : GreenhouseGas.valueOf(row.getString("gas")), amount,
                    uncertainty);
            default -> new Exchange.Background(label, flow, row.getString("region"), amount, uncertainty);
        };
    }

    private static DataQualityRating quality(ResultSet row) throws SQLException {
        double t = row.getDouble("dqr_technological");
        if (row.wasNull()) {
            return null;
        }
        return new DataQualityRating(t, row.getDouble("dqr_geographical"), row.getDouble("dqr_temporal"));
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
            throw new IllegalStateException("stored JSON is unreadable: " + text, e);
        }
    }
}
