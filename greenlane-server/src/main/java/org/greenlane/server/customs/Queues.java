package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.Lane;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Lists of declarations: an authority's queues by lane, a trader's declarations, an enterprise's own. */
@Repository
class Queues {

    private static final String ITEM = """
            select d.id, d.reference, d.flow, d.declared_on, d.office, d.trader, d.hs_code, d.origin_country, c.lane,
                   c.score, c.random_selected, jsonb_array_length(c.fired_criteria::jsonb) as fired, i.compliant, d.lodged_at, d.released_at
            from customs_declaration d
            join customs_decision c on c.declaration_id = d.id
            left join customs_inspection i on i.declaration_id = d.id
            """;

    private final JdbcClient jdbc;

    Queues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Declarations of one lane, the ones awaiting a result first, then the newest; highest score first. */
    List<QueueItem> lane(UUID authorityId, Lane lane, int limit) {
        return jdbc.sql(ITEM + """
                        where d.authority_id = :authority and c.lane = :lane
                        order by (i.declaration_id is null and c.lane in ('RED', 'YELLOW')) desc, d.declared_on desc,
                                 c.score desc nulls last, d.reference
                        limit :limit""")
                .param("authority", authorityId).param("lane", lane.name()).param("limit", limit)
                .query(Queues::item).list();
    }

    /** Per lane: declarations decided, and those held without a result yet. */
    Map<Lane, long[]> counts(UUID authorityId) {
        Map<Lane, long[]> counts = new EnumMap<>(Lane.class);
        for (Lane lane : Lane.values()) {
            counts.put(lane, new long[2]);
        }
        jdbc.sql("""
                        select c.lane, count(*) as decided,
                               count(*) filter (where i.declaration_id is null and c.lane in ('RED', 'YELLOW')) as waiting
                        from customs_declaration d join customs_decision c on c.declaration_id = d.id
                        left join customs_inspection i on i.declaration_id = d.id
                        where d.authority_id = :authority group by c.lane""")
                .param("authority", authorityId)
                .query((org.springframework.jdbc.core.RowCallbackHandler) row -> counts.put(
                        Lane.valueOf(row.getString("lane")), new long[]{row.getLong("decided"), row.getLong("waiting")}));
        return counts;
    }

    List<QueueItem> ofTrader(UUID authorityId, String trader, int limit) {
        return jdbc.sql(ITEM + " where d.authority_id = :authority and d.trader = :trader "
                        + "order by d.declared_on desc, d.reference limit :limit")
                .param("authority", authorityId).param("trader", trader).param("limit", limit)
                .query(Queues::item).list();
    }

    /** The enterprise's own declarations, newest first. */
    List<TraderDeclaration> ofDeclarant(UUID organisationId, int limit) {
        return jdbc.sql(TRADER + " where d.declarant_org_id = :organisation order by d.lodged_at desc, d.reference limit :limit")
                .param("organisation", organisationId).param("limit", limit).query(Queues::trader).list();
    }

    Optional<TraderDeclaration> ofDeclarant(UUID organisationId, UUID id) {
        return jdbc.sql(TRADER + " where d.declarant_org_id = :organisation and d.id = :id")
                .param("organisation", organisationId).param("id", id).query(Queues::trader).optional();
    }

    private static final String TRADER = """
            select d.id, d.reference, d.flow, d.declared_on, d.office, d.trader, d.hs_code, d.origin_country,
                   d.departure_country, d.net_mass_kg, d.customs_value, d.footprint_ref, d.certificate_ref,
                   d.emission_intensity, c.lane, i.compliant, i.category, d.lodged_at, d.released_at
            from customs_declaration d
            left join customs_decision c on c.declaration_id = d.id
            left join customs_inspection i on i.declaration_id = d.id
            """;

    private static QueueItem item(ResultSet row, int index) throws SQLException {
        return new QueueItem(row.getObject("id", UUID.class), row.getString("reference"), Flow.valueOf(row.getString("flow")),
                row.getObject("declared_on", LocalDate.class), row.getString("office"), row.getString("trader"),
                row.getString("hs_code"), row.getString("origin_country"), Lane.valueOf(row.getString("lane")),
                row.getObject("score", Double.class), row.getBoolean("random_selected"),
                row.getInt("fired"), row.getObject("compliant", Boolean.class),
                row.getTimestamp("lodged_at").toInstant(), instant(row.getTimestamp("released_at")));
    }

    private static TraderDeclaration trader(ResultSet row, int index) throws SQLException {
        String laneName = row.getString("lane");
        Lane lane = laneName == null ? null : Lane.valueOf(laneName);
        Boolean compliant = row.getObject("compliant", Boolean.class);
        Instant released = instant(row.getTimestamp("released_at"));
        String category = row.getString("category");
        return new TraderDeclaration(row.getObject("id", UUID.class), row.getString("reference"),
                Flow.valueOf(row.getString("flow")), row.getObject("declared_on", LocalDate.class), row.getString("office"),
                row.getString("trader"), row.getString("hs_code"), row.getString("origin_country"),
                row.getString("departure_country"), row.getDouble("net_mass_kg"), row.getDouble("customs_value"),
                row.getString("footprint_ref"), row.getString("certificate_ref"),
                row.getObject("emission_intensity", Double.class), lane, TraderDeclaration.status(lane, compliant, released),
                compliant, category == null ? null : Finding.Category.valueOf(category),
                row.getTimestamp("lodged_at").toInstant(), released);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
