package org.greenlane.server.exchange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Footprints received from partners (pulled, answered to a request, or announced), kept as they came. */
@Repository
class SupplierFootprints {

    private static final String COLUMNS = """
            s.organisation_id, s.partner_id, p.name as partner_name, s.footprint_id, s.document, s.retrieved_at, s.received_via""";

    private final JdbcClient jdbc;

    SupplierFootprints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    enum Via { PULL, REQUEST, PUBLISHED_EVENT }

    record Stored(UUID organisationId, UUID partnerId, String partnerName, UUID footprintId, String document,
                  Instant retrievedAt, Via via) {
    }

    /** Keeps the newest version a partner sent of a footprint (a later one may carry a changed status). */
    void save(UUID organisationId, Partner partner, PartnerHosts.Received received, Via via) {
        var footprint = received.footprint();
        jdbc.sql("""
                        insert into pact_supplier_footprint (organisation_id, partner_id, footprint_id, document, spec_version,
                               status, product_name, product_ids, company_name, retrieved_at, received_via)
                        values (:organisation, :partner, :id, :document, :specVersion, :status, :productName,
                               cast(:productIds as text[]), :companyName, :retrievedAt, :via)
                        on conflict (organisation_id, partner_id, footprint_id) do update set document = excluded.document,
                               spec_version = excluded.spec_version, status = excluded.status,
                               product_name = excluded.product_name, product_ids = excluded.product_ids,
                               company_name = excluded.company_name, retrieved_at = excluded.retrieved_at,
                               received_via = excluded.received_via""")
                .param("organisation", organisationId)
                .param("partner", partner.id())
                .param("id", footprint.id())
                .param("document", received.document())
                .param("specVersion", footprint.specVersion())
                .param("status", footprint.status().toString())
                .param("productName", footprint.productNameCompany())
                .param("productIds", footprint.productIds().stream().map(id -> id.toLowerCase(Locale.ROOT)).toArray(String[]::new))
                .param("companyName", footprint.companyName())
                .param("retrievedAt", Timestamp.from(Instant.now()))
                .param("via", via.name())
                .update();
    }

    List<Stored> of(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from pact_supplier_footprint s join pact_partner p on p.id = s.partner_id "
                        + "where s.organisation_id = :organisation order by s.product_name, s.retrieved_at desc")
                .param("organisation", organisationId)
                .query(SupplierFootprints::map).list();
    }

    List<Stored> forProduct(UUID organisationId, String productId) {
        return jdbc.sql("select " + COLUMNS + " from pact_supplier_footprint s join pact_partner p on p.id = s.partner_id "
                        + "where s.organisation_id = :organisation and :productId = any(s.product_ids) "
                        + "order by s.status, s.retrieved_at desc")
                .param("organisation", organisationId)
                .param("productId", productId.toLowerCase(Locale.ROOT))
                .query(SupplierFootprints::map).list();
    }

    Optional<Stored> find(UUID organisationId, UUID footprintId) {
        return jdbc.sql("select " + COLUMNS + " from pact_supplier_footprint s join pact_partner p on p.id = s.partner_id "
                        + "where s.organisation_id = :organisation and s.footprint_id = :id order by s.retrieved_at desc limit 1")
                .param("organisation", organisationId)
                .param("id", footprintId)
                .query(SupplierFootprints::map).optional();
    }

    private static Stored map(ResultSet row, int index) throws SQLException {
        return new Stored(row.getObject("organisation_id", UUID.class), row.getObject("partner_id", UUID.class),
                row.getString("partner_name"), row.getObject("footprint_id", UUID.class), row.getString("document"),
                row.getTimestamp("retrieved_at").toInstant(), Via.valueOf(row.getString("received_via")));
    }
}
