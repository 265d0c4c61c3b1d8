package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.Lane;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Customs offices; each belongs to one authority, and only that authority changes it. */
@Repository
class Offices {

    private static final String COLUMNS = "code, authority_id, name, expected_red, expected_yellow, expected_blue, "
            + "minimum_random, random_lane, version, updated_by, updated_at";

    private final JdbcClient jdbc;
    private final Map<String, UUID> authorities = new ConcurrentHashMap<>();

    Offices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Office> ofAuthority(UUID authorityId) {
        return jdbc.sql("select " + COLUMNS + " from customs_office where authority_id = :authority order by code")
                .param("authority", authorityId).query(Offices::map).list();
    }

    /** Every office: where declarations may be lodged (public reference data, like a port list). */
    List<Office> all() {
        return jdbc.sql("select " + COLUMNS + " from customs_office order by code").query(Offices::map).list();
    }

    /**
     * The authority an office belongs to, for checking declarations. An office never changes authority
     * and is never removed, so an answer once read stays true and is kept; unknown codes are asked
     * again every time (an office may be added).
     */
    Optional<UUID> authorityOf(String code) {
        UUID known = authorities.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UUID> read = find(code).map(Office::authorityId);
        read.ifPresent(authority -> authorities.put(code, authority));
        return read;
    }

    Optional<Office> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from customs_office where code = :code")
                .param("code", code).query(Offices::map).optional();
    }

    Optional<Office> find(UUID authorityId, String code) {
        return find(code).filter(office -> office.authorityId().equals(authorityId));
    }

    Office add(UUID authorityId, String code, OfficeRates rates, String by) {
        return jdbc.sql("""
                        insert into customs_office (code, authority_id, name, expected_red, expected_yellow, expected_blue,
                                                    minimum_random, random_lane, updated_by)
                        values (:code, :authority, :name, :red, :yellow, :blue, :random, :lane, :by)
                        returning""" + " " + COLUMNS)
                .param("code", code).param("authority", authorityId).param("name", rates.name())
                .param("red", rates.expectedRed()).param("yellow", rates.expectedYellow())
                .param("blue", rates.expectedBlue()).param("random", rates.minimumRandom())
                .param("lane", rates.randomLane().name()).param("by", by)
                .query(Offices::map).single();
    }

    /** Optimistic: the caller names the version it edited. */
    Optional<Office> change(UUID authorityId, String code, int version, OfficeRates rates, String by) {
        Optional<Office> changed = jdbc.sql("""
                        update customs_office set name = :name, expected_red = :red, expected_yellow = :yellow,
                               expected_blue = :blue, minimum_random = :random, random_lane = :lane,
                               version = version + 1, updated_by = :by, updated_at = now()
                        where authority_id = :authority and code = :code and version = :version
                        returning""" + " " + COLUMNS)
                .param("name", rates.name()).param("red", rates.expectedRed()).param("yellow", rates.expectedYellow())
                .param("blue", rates.expectedBlue()).param("random", rates.minimumRandom())
                .param("lane", rates.randomLane().name()).param("by", by)
                .param("authority", authorityId).param("code", code).param("version", version)
                .query(Offices::map).optional();
        if (changed.isEmpty() && find(authorityId, code).isPresent()) {
            throw new OptimisticLockingFailureException("Office " + code + " is no longer at version " + version);
        }
        return changed;
    }

    private static Office map(ResultSet row, int index) throws SQLException {
        return new Office(row.getString("code"), row.getObject("authority_id", UUID.class), row.getString("name"),
                row.getDouble("expected_red"), row.getDouble("expected_yellow"), row.getDouble("expected_blue"),
                row.getDouble("minimum_random"), Lane.valueOf(row.getString("random_lane")), row.getInt("version"),
                row.getString("updated_by"), row.getTimestamp("updated_at").toInstant());
    }
}
