package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.CriteriaSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Versions of each authority's criteria set; rows are only ever added, the newest is in force (decision 041). */
@Repository
class CriteriaVersions {

    static final String SHIPPED_BY = "Greenlane (shipped criteria, decision 041)";
    private static final String COLUMNS = "id, version, effective_from, body, justification, created_by, created_at";

    private final JdbcClient jdbc;

    CriteriaVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version in force; an authority without its own starts from the shipped set, stored as its first version. */
    CriteriaVersion current(UUID authorityId) {
        return latest(authorityId).orElseGet(() -> {
            CriteriaSet shipped = CriteriaSet.defaults();
            jdbc.sql("""
                            insert into customs_criteria_version (authority_id, version, effective_from, body, justification, created_by)
                            values (:authority, :version, :effective, :body, :why, :by) on conflict do nothing""")
                    .param("authority", authorityId).param("version", shipped.version())
                    .param("effective", shipped.effectiveFrom()).param("body", shipped.format())
                    .param("why", "Criteria shipped with Greenlane").param("by", SHIPPED_BY).update();
            return latest(authorityId).orElseThrow();
        });
    }

    List<CriteriaVersion> history(UUID authorityId) {
        return jdbc.sql("select " + COLUMNS + " from customs_criteria_version where authority_id = :authority order by id desc")
                .param("authority", authorityId).query(CriteriaVersions::map).list();
    }

    boolean exists(UUID authorityId, String version) {
        return jdbc.sql("select count(*) from customs_criteria_version where authority_id = :authority and version = :version")
                .param("authority", authorityId).param("version", version).query(Integer.class).single() > 0;
    }

    CriteriaVersion add(UUID authorityId, CriteriaSet criteria, String justification, String by) {
        return jdbc.sql("""
                        insert into customs_criteria_version (authority_id, version, effective_from, body, justification, created_by)
                        values (:authority, :version, :effective, :body, :why, :by)
                        returning""" + " " + COLUMNS)
                .param("authority", authorityId).param("version", criteria.version())
                .param("effective", criteria.effectiveFrom()).param("body", criteria.format())
                .param("why", justification).param("by", by).query(CriteriaVersions::map).single();
    }

    /** A version name not yet used by the authority: v2, v3... after its number of versions. */
    String nextVersion(UUID authorityId) {
        int count = jdbc.sql("select count(*) from customs_criteria_version where authority_id = :authority")
                .param("authority", authorityId).query(Integer.class).single();
        String candidate = "v" + (count + 1);
        while (exists(authorityId, candidate)) {
            candidate = candidate + "b";
        }
        return candidate;
    }

    private Optional<CriteriaVersion> latest(UUID authorityId) {
        return jdbc.sql("select " + COLUMNS + " from customs_criteria_version where authority_id = :authority "
                        + "order by id desc limit 1")
                .param("authority", authorityId).query(CriteriaVersions::map).optional();
    }

    private static CriteriaVersion map(ResultSet row, int index) throws SQLException {
        return new CriteriaVersion(row.getLong("id"), row.getString("version"),
                row.getObject("effective_from", LocalDate.class), row.getString("body"), row.getString("justification"),
                row.getString("created_by"), row.getTimestamp("created_at").toInstant());
    }
}
