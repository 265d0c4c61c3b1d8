package org.greenlane.server.exchange;

import org.greenlane.server.exchange.internal.pact.FootprintCriteria;
import org.greenlane.server.exchange.internal.pact.FootprintStatus;
import org.greenlane.server.exchange.internal.pact.Geography;
import org.greenlane.server.exchange.internal.pact.ProductFootprint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The PACT documents this platform hosts for its organisations, with the filterable fields
 * extracted. Every read for a partner applies what its organisation shares with it.
 */
@Repository
class HostedFootprints {

    private final JdbcClient jdbc;

    HostedFootprints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A hosted document as the owner's pages list it. */
    record Hosted(UUID id, UUID organisationId, String productName, String productIds, FootprintStatus status,
                  Instant validFrom, Instant validUntil, Instant publishedAt) {
    }

    /** One row of a ListFootprints page. */
    record Listed(long position, String document) {
    }

    /** What a partner may know about an id: GetFootprint answers 200, 403 or 404 from this. */
    enum Visibility { VISIBLE, NOT_SHARED, UNKNOWN }

    Optional<Hosted> find(UUID id) {
        return jdbc.sql("select id, organisation_id, product_name, product_ids, status, valid_from, valid_until, published_at "
                        + "from pact_footprint where id = :id")
                .param("id", id).query(HostedFootprints::hosted).optional();
    }

    List<Hosted> of(UUID organisationId) {
        return jdbc.sql("select id, organisation_id, product_name, product_ids, status, valid_from, valid_until, published_at "
                        + "from pact_footprint where organisation_id = :organisation order by position desc")
                .param("organisation", organisationId).query(HostedFootprints::hosted).list();
    }

    long count(UUID organisationId) {
        return jdbc.sql("select count(*) from pact_footprint where organisation_id = :organisation")
                .param("organisation", organisationId).query(Long.class).single();
    }

    /** Inserts a new footprint or replaces the document of a known one; true when it is new. */
    boolean save(UUID organisationId, ProductFootprint footprint, String document, Instant publishedAt) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", footprint.id());
        values.put("organisation", organisationId);
        values.put("document", document);
        values.put("specVersion", footprint.specVersion());
        values.put("status", footprint.status().toString());
        values.put("created", Timestamp.from(footprint.created().instant()));
        values.put("validFrom", Timestamp.from(footprint.validFrom()));
        values.put("validUntil", Timestamp.from(footprint.validUntil()));
        values.put("productName", footprint.productNameCompany());
        values.put("productIds", lower(footprint.productIds()));
        values.put("companyIds", lower(footprint.companyIds()));
        values.put("geographies", Geography.filterKeys(footprint.pcf()).toArray(String[]::new));
        values.put("classifications", lower(footprint.productClassifications() == null ? List.of() : footprint.productClassifications()));
        values.put("preceding", (footprint.precedingPfIds() == null ? List.<UUID>of() : footprint.precedingPfIds())
                .stream().map(UUID::toString).toArray(String[]::new));
        values.put("publishedAt", Timestamp.from(publishedAt));
        return jdbc.sql("""
                        insert into pact_footprint (id, organisation_id, document, spec_version, status, created, valid_from,
                               valid_until, product_name, product_ids, company_ids, geographies, classifications,
                               preceding_ids, published_at)
                        values (:id, :organisation, :document, :specVersion, :status, :created, :validFrom, :validUntil,
                               :productName, cast(:productIds as text[]), cast(:companyIds as text[]),
                               cast(:geographies as text[]), cast(:classifications as text[]),
                               cast(:preceding as uuid[]), :publishedAt)
                        on conflict (id) do update set document = excluded.document, spec_version = excluded.spec_version,
                               status = excluded.status, created = excluded.created, valid_from = excluded.valid_from,
                               valid_until = excluded.valid_until, product_name = excluded.product_name,
                               product_ids = excluded.product_ids, company_ids = excluded.company_ids,
                               geographies = excluded.geographies, classifications = excluded.classifications,
                               preceding_ids = excluded.preceding_ids, published_at = excluded.published_at
                        returning (xmax = 0) as inserted""")
                .params(values)
                .query(Boolean.class).single();
    }

    /** A page of what the partner may see, matching the criteria, after the given position. */
    List<Listed> page(Partner partner, FootprintCriteria criteria, long after, int limit) {
        Map<String, Object> params = visibleTo(partner);
        params.put("after", after);
        params.put("limit", limit);
        return jdbc.sql("select position, document from pact_footprint f where " + VISIBLE
                        + " and f.position > :after" + conditions(criteria, params) + " order by f.position limit :limit")
                .params(params)
                .query((row, i) -> new Listed(row.getLong("position"), row.getString("document"))).list();
    }

    /** Ids of the footprints the partner may see that match the criteria (optionally within some ids). */
    List<UUID> matching(Partner partner, FootprintCriteria criteria, Collection<UUID> within, int limit) {
        Map<String, Object> params = visibleTo(partner);
        params.put("limit", limit);
        String restriction = "";
        if (within != null) {
            params.put("within", within.stream().map(UUID::toString).toArray(String[]::new));
            restriction = " and f.id = any(cast(:within as uuid[]))";
        }
        return jdbc.sql("select f.id from pact_footprint f where " + VISIBLE + restriction + conditions(criteria, params)
                        + " order by f.position limit :limit")
                .params(params)
                .query(UUID.class).list();
    }

    List<String> documents(Collection<UUID> ids) {
        return jdbc.sql("select document from pact_footprint where id = any(cast(:ids as uuid[])) order by position")
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .query(String.class).list();
    }

    /** A footprint of another organisation is unknown to the partner, exactly like a missing one. */
    Visibility visibility(Partner partner, UUID id) {
        Map<String, Object> params = visibleTo(partner);
        params.put("id", id);
        return jdbc.sql("select case when " + VISIBLE + " then 'VISIBLE' else 'NOT_SHARED' end from pact_footprint f "
                        + "where f.id = :id and f.organisation_id = :organisation")
                .params(params)
                .query(String.class).optional().map(Visibility::valueOf).orElse(Visibility.UNKNOWN);
    }

    Optional<String> document(UUID id) {
        return jdbc.sql("select document from pact_footprint where id = :id").param("id", id).query(String.class).optional();
    }

    private static final String VISIBLE = "f.organisation_id = :organisation and (:shareAll or exists "
            + "(select 1 from pact_share s where s.partner_id = :partner and s.footprint_id = f.id))";

    private static Map<String, Object> visibleTo(Partner partner) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("organisation", partner.organisationId());
        params.put("shareAll", partner.shareAll());
        params.put("partner", partner.id());
        return params;
    }

    /** The criteria as SQL: OR within a criterion (array overlap), AND between criteria. */
    private static String conditions(FootprintCriteria criteria, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        overlap(sql, params, "product_ids", "productIds", criteria.productIds());
        overlap(sql, params, "company_ids", "companyIds", criteria.companyIds());
        overlap(sql, params, "geographies", "geographies", criteria.geographies());
        overlap(sql, params, "classifications", "classifications", criteria.classifications());
        if (criteria.validOn() != null) {
            sql.append(" and f.valid_from <= :validOn and f.valid_until >= :validOn");
            params.put("validOn", Timestamp.from(criteria.validOn()));
        }
        if (criteria.validAfter() != null) {
            sql.append(" and f.valid_from > :validAfter");
            params.put("validAfter", Timestamp.from(criteria.validAfter()));
        }
        if (criteria.validBefore() != null) {
            sql.append(" and f.valid_until < :validBefore");
            params.put("validBefore", Timestamp.from(criteria.validBefore()));
        }
        if (criteria.status() != null) {
            sql.append(" and f.status = :status");
            params.put("status", criteria.status().toString());
        }
        return sql.toString();
    }

    private static void overlap(StringBuilder sql, Map<String, Object> params, String column, String name,
                                Collection<String> values) {
        if (!values.isEmpty()) {
            sql.append(" and f.").append(column).append(" && cast(:").append(name).append(" as text[])");
            params.put(name, values.toArray(String[]::new));
        }
    }

    private static String[] lower(List<String> values) {
        return values.stream().map(value -> value.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    private static Hosted hosted(ResultSet row, int index) throws SQLException {
        String[] productIds = (String[]) row.getArray("product_ids").getArray();
        return new Hosted(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getString("product_name"), String.join(", ", productIds),
                FootprintStatus.of(row.getString("status")), row.getTimestamp("valid_from").toInstant(),
                row.getTimestamp("valid_until").toInstant(), row.getTimestamp("published_at").toInstant());
    }
}
