package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.TraderStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Trader profiles of one authority, assembled from its declarations, inspection results and green indicators. */
@Repository
class EnterpriseProfiles {

    private final JdbcClient jdbc;
    private final Evidence evidence;

    EnterpriseProfiles(JdbcClient jdbc, Evidence evidence) {
        this.jdbc = jdbc;
        this.evidence = evidence;
    }

    /** A known trader's profile: registered with the authority, or named in one of its declarations. */
    Optional<EnterpriseProfile> find(UUID authorityId, String code, LocalDate today) {
        record Registered(String name, boolean aeo, LocalDate aeoSince) {
        }
        Optional<Registered> registered = jdbc.sql("select name, aeo, aeo_since from customs_trader "
                        + "where authority_id = :authority and code = :code")
                .param("authority", authorityId).param("code", code)
                .query((row, i) -> new Registered(row.getString("name"), row.getBoolean("aeo"),
                        row.getObject("aeo_since", LocalDate.class))).optional();
        History history = jdbc.sql("""
                        select count(*) as declarations, count(i.declaration_id) as inspections,
                               count(*) filter (where not i.compliant) as findings,
                               count(*) filter (where i.severity = 'MINOR') as minor,
                               count(*) filter (where i.severity = 'MAJOR') as major,
                               count(*) filter (where i.severity = 'CRITICAL') as critical,
                               max(d.declared_on) filter (where not i.compliant) as last_finding,
                               max(d.declared_on) filter (where i.severity = 'CRITICAL') as last_critical
                        from customs_declaration d left join customs_inspection i on i.declaration_id = d.id
                        where d.authority_id = :authority and d.trader = :code""")
                .param("authority", authorityId).param("code", code)
                .query((row, i) -> new History(row.getLong("declarations"), row.getLong("inspections"),
                        row.getLong("findings"), row.getLong("minor"), row.getLong("major"), row.getLong("critical"),
                        row.getObject("last_finding", LocalDate.class), row.getObject("last_critical", LocalDate.class)))
                .single();
        if (registered.isEmpty() && history.declarations() == 0) {
            return Optional.empty();
        }
        List<GreenAeoScore.Indicator> indicators = jdbc.sql("""
                        select kind, reference, share, source, observed_on from customs_green_indicator
                        where authority_id = :authority and trader_code = :code order by observed_on desc, id""")
                .param("authority", authorityId).param("code", code)
                .query((row, i) -> {
                    String kind = row.getString("kind");
                    Double share = row.getObject("share", java.math.BigDecimal.class) == null ? null
                            : row.getBigDecimal("share").doubleValue();
                    VerifiableRecords.Status status = evidence.status(row.getString("reference"));
                    return new GreenAeoScore.Indicator(kind, row.getString("reference"), share, row.getString("source"),
                            row.getObject("observed_on", LocalDate.class), status, GreenAeoScore.points(kind, share, status));
                }).list();
        int compliance = GreenAeoScore.compliancePoints(history.inspections(), history.findings(),
                history.lastCritical(), today);
        int score = GreenAeoScore.score(compliance, indicators);
        boolean aeo = registered.map(Registered::aeo).orElse(false);
        return Optional.of(new EnterpriseProfile(code, registered.map(Registered::name).orElse(""), aeo,
                registered.map(Registered::aeoSince).orElse(null), history.declarations(), history.inspections(),
                history.findings(), history.minor(), history.major(), history.critical(), history.lastFinding(),
                history.lastCritical(), GreenAeoScore.findingRate(history.inspections(), history.findings()),
                compliance, indicators, score, GreenAeoScore.status(aeo, score)));
    }

    /** Trust status of every registered AEO trader of the authority (others are NONE). */
    Map<String, TraderStatus> statuses(UUID authorityId, LocalDate today) {
        Map<String, TraderStatus> statuses = new HashMap<>();
        for (String code : jdbc.sql("select code from customs_trader where authority_id = :authority and aeo")
                .param("authority", authorityId).query(String.class).list()) {
            find(authorityId, code, today).ifPresent(profile -> statuses.put(code, profile.status()));
        }
        return statuses;
    }

    void register(UUID authorityId, String code, String name, boolean aeo, LocalDate aeoSince) {
        jdbc.sql("""
                        insert into customs_trader (authority_id, code, name, aeo, aeo_since) values (:authority, :code, :name, :aeo, :since)
                        on conflict (authority_id, code) do update set name = excluded.name, aeo = excluded.aeo,
                            aeo_since = excluded.aeo_since""")
                .param("authority", authorityId).param("code", code).param("name", name).param("aeo", aeo)
                .param("since", aeoSince).update();
    }

    void addIndicator(UUID authorityId, String code, String kind, String reference, Double share, String source,
                      LocalDate observedOn) {
        jdbc.sql("""
                        insert into customs_green_indicator (authority_id, trader_code, kind, reference, share, source, observed_on)
                        values (:authority, :code, :kind, :reference, :share, :source, :observed)""")
                .param("authority", authorityId).param("code", code).param("kind", kind).param("reference", reference)
                .param("share", share).param("source", source).param("observed", observedOn).update();
    }

    private record History(long declarations, long inspections, long findings, long minor, long major, long critical,
                           LocalDate lastFinding, LocalDate lastCritical) {
    }
}
