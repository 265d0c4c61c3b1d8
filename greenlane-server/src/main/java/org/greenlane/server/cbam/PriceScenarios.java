package org.greenlane.server.cbam;

import org.greenlane.core.cbam.DefinitivePeriod;
import org.greenlane.core.cbam.PriceScenario;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An organisation's own certificate price scenarios. */
@Repository
class PriceScenarios {

    /** A stored scenario. */
    record Stored(UUID id, UUID organisationId, String name, String assumption, Map<Integer, BigDecimal> eurPerTonneByYear,
                  Instant createdAt) {

        PriceScenario scenario() {
            return new PriceScenario(name, eurPerTonneByYear, assumption);
        }
    }

    private final JdbcClient jdbc;

    PriceScenarios(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The draft must have been checked to hold a price for each year 2026–2034. */
    Stored add(UUID organisationId, ScenarioDraft draft) {
        StringBuilder prices = new StringBuilder("{");
        for (int year = DefinitivePeriod.FIRST_YEAR; year <= DefinitivePeriod.LAST_YEAR; year++) {
            prices.append(year == DefinitivePeriod.FIRST_YEAR ? "" : ",").append(draft.eurPerTonneByYear().get(year).toPlainString());
        }
        prices.append('}');
        return jdbc.sql("""
                        insert into cbam_price_scenario (id, organisation_id, name, assumption, eur_per_tonne)
                        values (:id, :organisation, :name, :assumption, cast(:prices as numeric[]))
                        returning id, organisation_id, name, assumption, eur_per_tonne, created_at""")
                .param("id", UUID.randomUUID()).param("organisation", organisationId).param("name", draft.name().strip())
                .param("assumption", draft.assumption().strip()).param("prices", prices.toString())
                .query(PriceScenarios::map).single();
    }

    List<Stored> of(UUID organisationId) {
        return jdbc.sql("select id, organisation_id, name, assumption, eur_per_tonne, created_at from cbam_price_scenario "
                        + "where organisation_id = :organisation order by name, id")
                .param("organisation", organisationId).query(PriceScenarios::map).list();
    }

    Optional<Stored> find(UUID organisationId, UUID id) {
        return jdbc.sql("select id, organisation_id, name, assumption, eur_per_tonne, created_at from cbam_price_scenario "
                        + "where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id).query(PriceScenarios::map).optional();
    }

    boolean remove(UUID organisationId, UUID id) {
        return jdbc.sql("delete from cbam_price_scenario where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id).update() == 1;
    }

    private static Stored map(ResultSet row, int index) throws SQLException {
        Array array = row.getArray("eur_per_tonne");
        Object[] values = (Object[]) array.getArray();
        Map<Integer, BigDecimal> byYear = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            byYear.put(DefinitivePeriod.FIRST_YEAR + i, (BigDecimal) values[i]);
        }
        return new Stored(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class), row.getString("name"),
                row.getString("assumption"), byYear, row.getTimestamp("created_at").toInstant());
    }
}
