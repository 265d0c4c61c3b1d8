package org.greenlane.server.footprint;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Products, always read and written within one organisation. */
@Repository
public class ProductCatalogue {

    private static final String COLUMNS =
            "id, organisation_id, name, description, gtin, hs_code, declared_unit, version, created_at, updated_at";

    private final JdbcClient jdbc;

    ProductCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Product add(UUID organisationId, ProductDraft draft) {
        return jdbc.sql("""
                        insert into product (id, organisation_id, name, description, gtin, hs_code, declared_unit)
                        values (:id, :organisation, :name, :description, :gtin, :hs, :unit)
                        returning""" + " " + COLUMNS)
                .param("id", UUID.randomUUID())
                .param("organisation", organisationId)
                .param("name", draft.name())
                .param("description", draft.description())
                .param("gtin", draft.gtin())
                .param("hs", draft.hsCode())
                .param("unit", draft.declaredUnit().code())
                .query(ProductCatalogue::map).single();
    }

    public List<Product> of(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from product where organisation_id = :organisation order by name, id")
                .param("organisation", organisationId)
                .query(ProductCatalogue::map).list();
    }

    public Optional<Product> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from product where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId)
                .param("id", id)
                .query(ProductCatalogue::map).optional();
    }

    /** Optimistic: the caller says which version it edited; a newer one in the database wins. */
    Optional<Product> change(UUID organisationId, UUID id, int version, ProductDraft draft) {
        Optional<Product> changed = jdbc.sql("""
                        update product set name = :name, description = :description, gtin = :gtin, hs_code = :hs,
                               declared_unit = :unit, version = version + 1, updated_at = now()
                        where organisation_id = :organisation and id = :id and version = :version
                        returning""" + " " + COLUMNS)
                .param("name", draft.name())
                .param("description", draft.description())
                .param("gtin", draft.gtin())
                .param("hs", draft.hsCode())
                .param("unit", draft.declaredUnit().code())
                .param("organisation", organisationId)
                .param("id", id)
                .param("version", version)
                .query(ProductCatalogue::map).optional();
        if (changed.isEmpty() && find(organisationId, id).isPresent()) {
            throw new OptimisticLockingFailureException("Product " + id + " is no longer at version " + version);
        }
        return changed;
    }

    boolean remove(UUID organisationId, UUID id) {
        return jdbc.sql("delete from product where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId)
                .param("id", id)
                .update() == 1;
    }

    private static Product map(ResultSet row, int index) throws SQLException {
        return new Product(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getString("name"), row.getString("description"), row.getString("gtin"), row.getString("hs_code"),
                DeclaredUnit.of(row.getString("declared_unit")), row.getInt("version"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }
}
