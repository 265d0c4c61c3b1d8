package org.greenlane.server.verification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Verification bodies' profiles; public to every signed-in organisation, edited by the body's administrator. */
@Repository
class VerifierProfiles {

    private static final String SELECT = "select p.organisation_id, o.name, p.accreditation_body, p.accreditation_id, "
            + "p.sectors, p.hs_chapters, p.standards, p.assurance_levels, p.version, p.updated_at "
            + "from verifier_profile p join organisation o on o.id = p.organisation_id ";

    private final JdbcClient jdbc;

    VerifierProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VerifierProfile> all() {
        return jdbc.sql(SELECT + "order by o.name").query((row, n) -> map(row)).list();
    }

    Optional<VerifierProfile> find(UUID organisationId) {
        return jdbc.sql(SELECT + "where p.organisation_id = :organisation").param("organisation", organisationId)
                .query((row, n) -> map(row)).optional();
    }

    /** Saves the profile; false if someone saved another version since {@code version} was read. */
    boolean save(UUID organisationId, ProfileDraft draft, int version) {
        int changed = jdbc.sql("""
                        insert into verifier_profile (organisation_id, accreditation_body, accreditation_id, sectors, hs_chapters,
                                                      standards, assurance_levels)
                        values (:organisation, :body, :number, :sectors, :chapters, :standards, :levels)
                        on conflict (organisation_id) do update set accreditation_body = excluded.accreditation_body,
                            accreditation_id = excluded.accreditation_id, sectors = excluded.sectors,
                            hs_chapters = excluded.hs_chapters, standards = excluded.standards,
                            assurance_levels = excluded.assurance_levels, version = verifier_profile.version + 1,
                            updated_at = now()
                        where verifier_profile.version = :version""")
                .param("organisation", organisationId).param("body", draft.accreditationBody())
                .param("number", draft.accreditationId()).param("sectors", draft.sectors().toArray(String[]::new))
                .param("chapters", draft.hsChapters().toArray(String[]::new))
                .param("standards", draft.standards().toArray(String[]::new))
                .param("levels", draft.assuranceLevels().toArray(String[]::new)).param("version", version)
                .update();
        return changed == 1;
    }

    private static VerifierProfile map(ResultSet row) throws SQLException {
        return new VerifierProfile(row.getObject("organisation_id", UUID.class), row.getString("name"),
                row.getString("accreditation_body"), row.getString("accreditation_id"), strings(row.getArray("sectors")),
                strings(row.getArray("hs_chapters")), strings(row.getArray("standards")),
                strings(row.getArray("assurance_levels")), row.getInt("version"), row.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
