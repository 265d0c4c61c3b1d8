package org.greenlane.server.customs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Key figures of an authority's green channel over a window of declaration dates: inspection rate
 * (share sent to RED or YELLOW), hit rate (findings among inspection results), share released
 * green (GREEN lane), and median time from lodging to release.
 */
@Repository
class CustomsKpis {

    /** Figures of one period; rates are null where their denominator is zero. */
    record Figures(LocalDate from, LocalDate to, long decided, long controlled, long inspected, long findings,
                   long green, Double inspectionRate, Double hitRate, Double greenShare, Double medianReleaseHours) {
    }

    private static final String FIGURES = """
            select count(*) as decided,
                   count(*) filter (where c.lane in ('RED', 'YELLOW')) as controlled,
                   count(i.declaration_id) as inspected,
                   count(*) filter (where not i.compliant) as findings,
                   count(*) filter (where c.lane = 'GREEN') as green,
                   percentile_cont(0.5) within group (order by extract(epoch from d.released_at - d.lodged_at) / 3600.0)
                       filter (where d.released_at is not null) as median_hours
            from customs_declaration d join customs_decision c on c.declaration_id = d.id
            left join customs_inspection i on i.declaration_id = d.id
            where d.authority_id = :authority and d.declared_on between :from and :to
            """;

    private final JdbcClient jdbc;

    CustomsKpis(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Figures period(UUID authorityId, LocalDate from, LocalDate to) {
        return jdbc.sql(FIGURES).param("authority", authorityId).param("from", from).param("to", to)
                .query((row, i) -> figures(from, to, row.getLong("decided"), row.getLong("controlled"),
                        row.getLong("inspected"), row.getLong("findings"), row.getLong("green"),
                        row.getObject("median_hours", Double.class))).single();
    }

    /** One row per declaration date with decisions, oldest first. */
    List<Figures> daily(UUID authorityId, LocalDate from, LocalDate to) {
        return jdbc.sql(FIGURES.replace("select count(*)", "select d.declared_on as day, count(*)")
                        + " group by d.declared_on order by d.declared_on")
                .param("authority", authorityId).param("from", from).param("to", to)
                .query((row, i) -> {
                    LocalDate day = row.getObject("day", LocalDate.class);
                    return figures(day, day, row.getLong("decided"), row.getLong("controlled"), row.getLong("inspected"),
                            row.getLong("findings"), row.getLong("green"), row.getObject("median_hours", Double.class));
                }).list();
    }

    private static Figures figures(LocalDate from, LocalDate to, long decided, long controlled, long inspected,
                                   long findings, long green, Double medianHours) {
        return new Figures(from, to, decided, controlled, inspected, findings, green,
                decided == 0 ? null : controlled / (double) decided, inspected == 0 ? null : findings / (double) inspected,
                decided == 0 ? null : green / (double) decided, medianHours);
    }
}
