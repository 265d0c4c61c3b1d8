package org.greenlane.server.cbam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** Installations and their production processes, always read and written within one organisation. */
@Repository
class Installations {

    private static final String COLUMNS = "id, organisation_id, identifier, name, operator, country, city, address, period_start, "
            + "period_end, verification, version, created_at, updated_at";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Installations(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    Installation add(UUID organisationId, InstallationDraft draft) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into cbam_installation (id, organisation_id, identifier, name, operator, country, city, address,
                            period_start, period_end, verification)
                        values (:id, :organisation, :identifier, :name, :operator, :country, :city, :address, :start, :end,
                            cast(:verification as jsonb))""")
                .param("id", id).param("organisation", organisationId)
                .params(fields(draft))
                .update();
        insertProcesses(id, draft);
        return find(organisationId, id).orElseThrow();
    }

    List<Installation> of(UUID organisationId) {
        return read(jdbc.sql("select " + COLUMNS + " from cbam_installation where organisation_id = :organisation order by name, id")
                .param("organisation", organisationId).query(this::installation).list());
    }

    Optional<Installation> find(UUID organisationId, UUID id) {
        return read(jdbc.sql("select " + COLUMNS + " from cbam_installation where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id)
                .query(this::installation).list()).stream().findFirst();
    }

    /** Optimistic: replaces the installation and all its processes if it is still at {@code version}. */
    @Transactional
    Optional<Installation> change(UUID organisationId, UUID id, int version, InstallationDraft draft) {
        int changed = jdbc.sql("""
                        update cbam_installation set identifier = :identifier, name = :name, operator = :operator, country = :country,
                            city = :city, address = :address, period_start = :start, period_end = :end,
                            verification = cast(:verification as jsonb), version = version + 1, updated_at = now()
                        where organisation_id = :organisation and id = :id and version = :version""")
                .params(fields(draft))
                .param("organisation", organisationId).param("id", id).param("version", version)
                .update();
        if (changed == 0) {
            if (find(organisationId, id).isPresent()) {
                throw new OptimisticLockingFailureException("Installation " + id + " is no longer at version " + version);
            }
            return Optional.empty();
        }
        jdbc.sql("delete from cbam_process where installation_id = :id").param("id", id).update();
        insertProcesses(id, draft);
        return find(organisationId, id);
    }

    boolean remove(UUID organisationId, UUID id) {
        return jdbc.sql("delete from cbam_installation where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id).update() == 1;
    }

    private Map<String, Object> fields(InstallationDraft draft) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("identifier", draft.identifier().strip());
        fields.put("name", draft.name().strip());
        fields.put("operator", draft.operator().strip());
        fields.put("country", draft.country());
        fields.put("city", draft.city().strip());
        fields.put("address", draft.address() == null ? "" : draft.address().strip());
        fields.put("start", draft.periodStart());
        fields.put("end", draft.periodEnd());
        fields.put("verification", draft.verification() == null ? null : write(draft.verification()));
        return fields;
    }

    private void insertProcesses(UUID installationId, InstallationDraft draft) {
        for (int i = 0; i < draft.processes().size(); i++) {
            InstallationDraft.Process p = draft.processes().get(i);
            jdbc.sql("""
                            insert into cbam_process (installation_id, position, process_key, cn_code, production_route, activity_level,
                                boundary, precursors, carbon_price)
                            values (:installation, :position, :key, :cn, :route, :al, cast(:boundary as jsonb),
                                cast(:precursors as jsonb), cast(:price as jsonb))""")
                    .param("installation", installationId).param("position", i).param("key", p.key().strip())
                    .param("cn", p.cnCode()).param("route", p.productionRoute() == null ? "" : p.productionRoute().strip())
                    .param("al", p.activityLevel())
                    .param("boundary", write(p.boundary()))
                    .param("precursors", write(p.precursors() == null ? List.of() : p.precursors()))
                    .param("price", p.carbonPricePaid() == null ? null : write(p.carbonPricePaid()))
                    .update();
        }
    }

    /** Reads the processes of the listed installations in one query. */
    private List<Installation> read(List<Installation> installations) {
        if (installations.isEmpty()) {
            return installations;
        }
        Map<UUID, List<InstallationDraft.Process>> processes = new LinkedHashMap<>();
        jdbc.sql("""
                        select installation_id, process_key, cn_code, production_route, activity_level, boundary::text as boundary,
                               precursors::text as precursors, carbon_price::text as carbon_price
                        from cbam_process where installation_id in (:ids) order by installation_id, position""")
                .param("ids", installations.stream().map(Installation::id).toList())
                .query((ResultSet row) -> {
                    processes.computeIfAbsent(row.getObject("installation_id", UUID.class), k -> new ArrayList<>())
                            .add(new InstallationDraft.Process(row.getString("process_key"), row.getString("cn_code"),
                                    row.getString("production_route"), row.getBigDecimal("activity_level"),
                                    read(row.getString("boundary"), InstallationDraft.Boundary.class),
                                    List.of(read(row.getString("precursors"), InstallationDraft.Precursor[].class)),
                                    row.getString("carbon_price") == null ? null
                                            : read(row.getString("carbon_price"), InstallationDraft.CarbonPrice.class)));
                });
        return installations.stream().map(i -> {
            InstallationDraft d = i.data();
            return new Installation(i.id(), i.organisationId(), i.version(), i.createdAt(), i.updatedAt(),
                    new InstallationDraft(d.identifier(), d.name(), d.operator(), d.country(), d.city(), d.address(),
                            d.periodStart(), d.periodEnd(), d.verification(), processes.getOrDefault(i.id(), List.of())));
        }).toList();
    }

    private Installation installation(ResultSet row, int index) throws SQLException {
        String verification = row.getString("verification");
        return new Installation(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class), row.getInt("version"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                new InstallationDraft(row.getString("identifier"), row.getString("name"), row.getString("operator"),
                        row.getString("country"), row.getString("city"), row.getString("address"),
                        row.getDate("period_start").toLocalDate(), row.getDate("period_end").toLocalDate(),
                        verification == null ? null : read(verification, InstallationDraft.Verification.class), List.of()));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("CBAM installation data cannot be written as JSON", ex);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored CBAM installation data cannot be read as " + type.getSimpleName(), ex);
        }
    }
}
