package org.greenlane.server.label;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Labels: an organisation's own by id, and, for the public resolver only, by the keys printed in a
 * Digital Link (which are public by design once the label is printed).
 */
@Repository
class CarbonLabels {

    private static final String COLUMNS = "id, organisation_id, footprint_id, product_id, gtin, batch, uri, created_at, created_by";

    private final JdbcClient jdbc;

    CarbonLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(CarbonLabel label) {
        jdbc.sql("insert into carbon_label (" + COLUMNS + ") values (:id, :organisation, :footprint, :product, :gtin, "
                        + ":batch, :uri, :created, :by)")
                .param("id", label.id()).param("organisation", label.organisationId())
                .param("footprint", label.footprintId()).param("product", label.productId())
                .param("gtin", label.gtin()).param("batch", label.batch()).param("uri", label.uri())
                .param("created", java.sql.Timestamp.from(label.createdAt())).param("by", label.createdBy())
                .update();
    }

    List<CarbonLabel> of(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from carbon_label where organisation_id = :organisation "
                        + "order by created_at desc, id")
                .param("organisation", organisationId).query(CarbonLabels::map).list();
    }

    int count(UUID organisationId) {
        return jdbc.sql("select count(*) from carbon_label where organisation_id = :organisation")
                .param("organisation", organisationId).query(Integer.class).single();
    }

    Optional<CarbonLabel> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from carbon_label where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id).query(CarbonLabels::map).optional();
    }

    /** The label a GTIN Digital Link resolves to, in whichever organisation issued it. */
    Optional<CarbonLabel> byGtin(String gtin14, String batch) {
        return jdbc.sql("select " + COLUMNS + " from carbon_label where gtin = :gtin and coalesce(batch, '') = :batch")
                .param("gtin", gtin14).param("batch", batch == null ? "" : batch).query(CarbonLabels::map).optional();
    }

    /** The label a platform product path resolves to. */
    Optional<CarbonLabel> byProduct(UUID productId, String batch) {
        return jdbc.sql("select " + COLUMNS + " from carbon_label where gtin is null and product_id = :product "
                        + "and coalesce(batch, '') = :batch")
                .param("product", productId).param("batch", batch == null ? "" : batch).query(CarbonLabels::map).optional();
    }

    private static CarbonLabel map(ResultSet row, int index) throws SQLException {
        return new CarbonLabel(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getObject("footprint_id", UUID.class), row.getObject("product_id", UUID.class),
                row.getString("gtin"), row.getString("batch"), row.getString("uri"),
                row.getTimestamp("created_at").toInstant(), row.getString("created_by"));
    }
}
