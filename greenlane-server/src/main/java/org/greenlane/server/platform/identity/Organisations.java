package org.greenlane.server.platform.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenants. */
@Repository
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Organisation register(String name, OrganisationKind kind, String country) {
        Organisation organisation = new Organisation(UUID.randomUUID(), name, kind, country);
        jdbc.sql("insert into organisation (id, name, kind, country) values (:id, :name, :kind, :country)")
                .param("id", organisation.id())
                .param("name", name)
                .param("kind", kind.name())
                .param("country", country)
                .update();
        return organisation;
    }

    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("select id, name, kind, country from organisation where id = :id")
                .param("id", id)
                .query(Organisations::map)
                .optional();
    }

    public Optional<Organisation> findByName(String name) {
        return jdbc.sql("select id, name, kind, country from organisation where name = :name")
                .param("name", name)
                .query(Organisations::map)
                .optional();
    }

    /** The kind of an existing organisation (an actor's own). */
    public OrganisationKind kindOf(UUID id) {
        return find(id).map(Organisation::kind).orElseThrow(() -> new IllegalStateException("no organisation " + id));
    }

    /** Every organisation, by name: for the platform operator only. */
    public List<Organisation> all() {
        return jdbc.sql("select id, name, kind, country from organisation order by name").query(Organisations::map).list();
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("select exists (select 1 from organisation where lower(name) = lower(:name))")
                .param("name", name.strip()).query(Boolean.class).single();
    }

    private static Organisation map(ResultSet row, int index) throws SQLException {
        return new Organisation(row.getObject("id", UUID.class), row.getString("name"),
                OrganisationKind.valueOf(row.getString("kind")), row.getString("country"));
    }
}
