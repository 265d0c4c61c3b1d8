package org.greenlane.server.customs;

import org.greenlane.core.customs.Declaration;
import org.greenlane.core.customs.InspectedDeclaration;
import org.greenlane.core.customs.SyntheticDeclarations;
import org.greenlane.core.customs.selectivity.Lane;
import org.greenlane.server.footprint.FootprintStatus;
import org.greenlane.server.footprint.PublishedFootprints;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Organisation;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The demo customs officer's world, loaded once after the platform's demo data: three Ningbo
 * offices, the shipped criteria, 140 days of synthetic inspected declarations (generated from a
 * fixed seed, so the demo runs offline), a champion model trained on them at first start, and ten
 * days of current traffic decided by the engine, including the demo exporters' own goods. Part of
 * the controlled declarations already carry inspection results; the latest wait in the queues.
 */
@Component
@ConditionalOnProperty(name = "greenlane.demo.enabled", havingValue = "true")
class CustomsDemoData {

    static final String AUTHORITY = "Ningbo Customs District (demo)";
    static final String STEEL = "Zhejiang Lvyuan Steel Co., Ltd.";
    static final String SOLAR = "Shenzhen Sunpath Solar Technology Co., Ltd.";
    /** Unified social credit codes of the demo exporters (fictional). */
    static final String STEEL_CODE = "91330206MA2GLV0001";
    static final String SOLAR_CODE = "91440300MA5SPS0002";
    private static final String COIL = "Hot-rolled steel coil, S235JR";
    private static final List<String> OFFICES = List.of("NGB-BL", "NGB-CS", "NGB-AP");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final long SEED = 20_251_122L;

    private static final Logger log = LoggerFactory.getLogger(CustomsDemoData.class);

    private final Organisations organisations;
    private final Offices offices;
    private final CriteriaVersions criteria;
    private final DeclarationIntake intake;
    private final ModelLifecycle lifecycle;
    private final EnterpriseProfiles profiles;
    private final Workbench workbench;
    private final JdbcClient jdbc;
    private final PublishedFootprints published;

    CustomsDemoData(Organisations organisations, Offices offices, CriteriaVersions criteria, DeclarationIntake intake,
                    ModelLifecycle lifecycle, EnterpriseProfiles profiles, Workbench workbench, JdbcClient jdbc,
                    PublishedFootprints published) {
        this.organisations = organisations;
        this.offices = offices;
        this.criteria = criteria;
        this.intake = intake;
        this.lifecycle = lifecycle;
        this.profiles = profiles;
        this.workbench = workbench;
        this.jdbc = jdbc;
        this.published = published;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        Organisation authority = organisations.findByName(AUTHORITY).orElse(null);
        if (authority == null || !offices.ofAuthority(authority.id()).isEmpty()) {
            return;
        }
        UUID customs = authority.id();
        offices.add(customs, "NGB-BL", rates("Ningbo Beilun Port"), "demo");
        offices.add(customs, "NGB-CS", rates("Ningbo Chuanshan Port"), "demo");
        offices.add(customs, "NGB-AP", rates("Ningbo Lishe International Airport"), "demo");
        criteria.current(customs);
        LocalDate today = LocalDate.now();
        String coilFootprint = coilFootprint();
        traders(customs, today, coilFootprint);

        List<InspectedDeclaration> history = SyntheticDeclarations.generate(SEED, today.minusDays(150), 140, 25, OFFICES, "NGBH");
        intake.importRows(history.stream().map(row -> draft(row.declaration())).toList(),
                history.stream().map(row -> finding(row, new Random(row.declaration().id().hashCode()))).toList(),
                history.stream().map(row -> true).toList(), i -> i + "|", "DEMO", Instant.now());
        lifecycle.train(customs, "demo");

        List<InspectedDeclaration> current = SyntheticDeclarations.generate(SEED + 1, today.minusDays(9), 10, 30, OFFICES, "NGB");
        intake.importRows(current.stream().map(row -> draft(row.declaration())).toList(),
                current.stream().map(row -> (Finding) null).toList(), current.stream().map(row -> false).toList(),
                i -> i + "|", "DEMO", Instant.now());
        lodgeExporterGoods(today, coilFootprint);
        Map<String, InspectedDeclaration> truth = new HashMap<>();
        current.forEach(row -> truth.put(row.declaration().id(), row));
        recordResults(customs, truth, today);
        spreadTimestamps(customs);
        log.info("Customs demo data loaded: {} historical and {} current declarations", history.size(), current.size());
    }

    private static OfficeRates rates(String name) {
        return new OfficeRates(name, 0.02, 0.05, 0.10, 0.01, Lane.RED);
    }

    /**
     * The steel exporter quotes the id of its published (and, in the demo, verified) coil footprint, so the
     * verification capability can confirm it; the other references are as an exporter might type them.
     */
    private String coilFootprint() {
        return organisations.findByName(STEEL).flatMap(steel -> published.of(steel.id()).stream()
                        .filter(pf -> pf.status() == FootprintStatus.ACTIVE
                                && COIL.equals(pf.pact().path("productNameCompany").asText()))
                        .findFirst())
                .map(pf -> pf.id().toString()).orElse("pcf:lvyuan-steel:hot-rolled-coil:2025");
    }

    private void traders(UUID customs, LocalDate today, String coilFootprint) {
        profiles.register(customs, STEEL_CODE, STEEL, true, today.minusYears(3));
        profiles.register(customs, SOLAR_CODE, SOLAR, false, null);
        profiles.addIndicator(customs, STEEL_CODE, "FOOTPRINT", coilFootprint, null,
                "published footprint quoted by the exporter", today.minusDays(40));
        profiles.addIndicator(customs, STEEL_CODE, "CERTIFICATE", "cert:iso14064:lvyuan-steel:2025", null,
                "declared by the exporter", today.minusDays(90));
        profiles.addIndicator(customs, STEEL_CODE, "GREEN_ELECTRICITY", "gec:zj:lvyuan-steel:2025", 0.35,
                "green electricity certificates declared by the exporter", today.minusDays(30));
        profiles.addIndicator(customs, SOLAR_CODE, "FOOTPRINT", "pcf:sunpath:pv-module-550w:2025", null,
                "declared by the exporter", today.minusDays(20));
        for (int t = 0; t < 80; t += 5) {
            profiles.register(customs, String.format("TRD%03d", t), "Demo trader " + t, true, today.minusYears(2));
        }
    }

    /** A few shipments of each demo exporter, lodged by the exporter itself over the last days. */
    private void lodgeExporterGoods(LocalDate today, String coilFootprint) {
        Organisation steel = organisations.findByName(STEEL).orElseThrow();
        Organisation solar = organisations.findByName(SOLAR).orElseThrow();
        List<DeclarationDraft> steelGoods = new ArrayList<>();
        List<DeclarationDraft> solarGoods = new ArrayList<>();
        for (int day = 0; day < 6; day++) {
            LocalDate date = today.minusDays(day);
            steelGoods.add(export("LVS-" + date + "-1", date, "NGB-BL", STEEL_CODE, "72083900", "DE", 25_000, 17_500,
                    day % 2 == 0 ? 1.9 : null, day % 2 == 0 ? coilFootprint : null));
            steelGoods.add(export("LVS-" + date + "-2", date, "NGB-CS", STEEL_CODE, "73181562", "NL", 3_000, 7_800,
                    null, null));
            solarGoods.add(export("SPS-" + date + "-1", date, "NGB-BL", SOLAR_CODE, "85414300", "ES", 1_150, 29_000,
                    null, "pcf:sunpath:pv-module-550w:2025"));
            solarGoods.add(export("SPS-" + date + "-2", date, "NGB-AP", SOLAR_CODE, "76042910", "DE", 4_800, 16_300,
                    day == 3 ? 3.1 : null, null));
        }
        intake.lodge(exporter(steel), steelGoods, i -> "[" + i + "].");
        intake.lodge(exporter(solar), solarGoods, i -> "[" + i + "].");
    }

    private static Actor exporter(Organisation organisation) {
        return new Actor(organisation.id(), "demo", organisation.name(), Set.of(Role.EXPORTER), Actor.Kind.USER);
    }

    private static DeclarationDraft export(String reference, LocalDate date, String office, String trader, String cn,
                                           String destination, double mass, double value, Double intensity,
                                           String footprint) {
        return new DeclarationDraft(reference, Flow.EXPORT, date, office, "B", "11", "21", "11", "10", trader, trader,
                "", "", cn, "CN", "CN", "", 0.0, "Y", mass, value, footprint, null, intensity);
    }

    /**
     * Officers have inspected most controlled declarations older than two days; the synthetic
     * labels say what they found.
     */
    private void recordResults(UUID customs, Map<String, InspectedDeclaration> truth, LocalDate today) {
        Actor officer = new Actor(customs, "demo", "Sun Hao", Set.of(Role.CUSTOMS_OFFICER), Actor.Kind.USER);
        Random random = new Random(SEED + 2);
        List<Map<String, Object>> held = jdbc.sql("""
                        select d.id, d.reference from customs_declaration d join customs_decision c on c.declaration_id = d.id
                        where d.authority_id = :authority and c.lane in ('RED', 'YELLOW') and d.declared_on < :cutoff
                        order by d.reference""")
                .param("authority", customs).param("cutoff", today.minusDays(2)).query().listOfRows();
        for (Map<String, Object> row : held) {
            if (random.nextInt(10) == 0) {
                continue;
            }
            InspectedDeclaration known = truth.get((String) row.get("reference"));
            Finding finding = known == null ? (random.nextInt(4) == 0
                    ? new Finding(Finding.Category.CARBON_DATA_MISMATCH, Finding.Severity.MINOR) : null)
                    : finding(known, random);
            workbench.recordInspection(officer, (UUID) row.get("id"), new InspectionResultForm(finding == null,
                    finding == null ? null : finding.category(), finding == null ? null : finding.severity(),
                    finding == null ? "" : "Demo result"));
        }
    }

    /** Lodging, decision and release times spread over each declaration's day, as in a working office. */
    private void spreadTimestamps(UUID customs) {
        jdbc.sql("""
                update customs_declaration d set lodged_at = (d.declared_on + time '08:00')::timestamp at time zone :zone
                    + (abs(hashtext(d.reference)) % 600) * interval '1 minute'
                where d.authority_id = :authority""").param("zone", ZONE.getId()).param("authority", customs).update();
        jdbc.sql("""
                update customs_decision c set decided_at = d.lodged_at + interval '2 seconds'
                from customs_declaration d where d.id = c.declaration_id and d.authority_id = :authority""")
                .param("authority", customs).update();
        jdbc.sql("""
                update customs_inspection i set inspected_at = d.lodged_at + (2 + abs(hashtext(d.reference)) % 40) * interval '1 hour'
                from customs_declaration d where d.id = i.declaration_id and d.authority_id = :authority""")
                .param("authority", customs).update();
        jdbc.sql("""
                update customs_declaration d set released_at = coalesce(
                    (select i.inspected_at from customs_inspection i where i.declaration_id = d.id),
                    d.lodged_at + interval '2 seconds')
                where d.authority_id = :authority and d.released_at is not null""")
                .param("authority", customs).update();
    }

    private static DeclarationDraft draft(Declaration d) {
        return new DeclarationDraft(d.id(), Flow.IMPORT, d.date(), d.office(), d.processType(), d.importType(),
                d.importUse(), d.paymentType(), d.transportMode(), d.declarant(), d.importer(), d.seller(), d.courier(),
                d.hsCode(), d.originCountry(), d.departureCountry(), d.taxType(), d.taxRate(), d.originIndicator(),
                d.netMassKg(), d.customsValue(), null, null,
                d.emissions().map(claim -> claim.intensityTco2ePerTonne()).orElse(null));
    }

    /** The synthetic label as an officer would record it: a category that fits the goods, and a severity. */
    private static Finding finding(InspectedDeclaration row, Random random) {
        if (!row.result().fraud()) {
            return null;
        }
        String hs = row.declaration().hsCode();
        Finding.Category category = hs.startsWith("7204") || hs.startsWith("4707") || hs.startsWith("3915")
                || hs.startsWith("8549") ? Finding.Category.PROHIBITED_WASTE
                : row.declaration().emissions().isPresent() ? Finding.Category.CARBON_DATA_MISMATCH
                : List.of(Finding.Category.UNDERVALUATION, Finding.Category.MISDECLARED_HS_CODE,
                Finding.Category.ORIGIN, Finding.Category.MISSING_ECO_LABEL).get(random.nextInt(4));
        Finding.Severity severity = row.result().critical() ? Finding.Severity.CRITICAL
                : random.nextInt(3) == 0 ? Finding.Severity.MINOR : Finding.Severity.MAJOR;
        return new Finding(category, severity);
    }
}
