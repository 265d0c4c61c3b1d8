package org.greenlane.server.cbam;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** EU importers, always read and written within one organisation. */
@Repository
class Importers {

    private static final String COLUMNS = "id, organisation_id, name, eori, country, city, acts_as_declarant, created_at";

    private final JdbcClient jdbc;

    Importers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Importer add(UUID organisationId, ImporterDraft draft) {
        return jdbc.sql("""
                        insert into cbam_importer (id, organisation_id, name, eori, country, city, acts_as_declarant)
                        values (:id, :organisation, :name, :eori, :country, :city, :self)
                        returning""" + " " + COLUMNS)
                .param("id", UUID.randomUUID()).param("organisation", organisationId).param("name", draft.name().strip())
                .param("eori", draft.eori()).param("country", draft.country()).param("city", draft.city().strip())
                .param("self", draft.actsAsDeclarant())
                .query(Importers::map).single();
    }

    List<Importer> of(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from cbam_importer where organisation_id = :organisation order by name, id")
                .param("organisation", organisationId).query(Importers::map).list();
    }

    Optional<Importer> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from cbam_importer where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id).query(Importers::map).optional();
    }

    boolean remove(UUID organisationId, UUID id) {
        return jdbc.sql("delete from cbam_importer where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id).update() == 1;
    }

    private static Importer map(ResultSet row, int index) throws SQLException {
        return new Importer(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class), row.getString("name"),
                row.getString("eori"), row.getString("country"), row.getString("city"), row.getBoolean("acts_as_declarant"),
                row.getTimestamp("created_at").toInstant());
    }
}
