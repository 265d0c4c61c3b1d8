package org.greenlane.server.customs;

import org.greenlane.core.customs.Declaration;
import org.greenlane.core.customs.model.ComplianceHistory;
import org.greenlane.core.customs.model.ModelRole;
import org.greenlane.core.customs.model.RiskModel;
import org.greenlane.core.customs.model.RiskScorer;
import org.greenlane.core.customs.selectivity.EmissionReference;
import org.greenlane.core.customs.selectivity.LaneDecision;
import org.greenlane.core.customs.selectivity.OfficeProfile;
import org.greenlane.core.customs.selectivity.OfficeSelectivity;
import org.greenlane.core.customs.selectivity.RandomSelection;
import org.greenlane.core.customs.selectivity.ScoreThresholds;
import org.greenlane.core.customs.selectivity.SelectivityEngine;
import org.greenlane.core.customs.selectivity.TraderStatus;
import org.greenlane.core.customs.selectivity.TrustDiscount;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides lanes for an authority's declarations with the engine of issue 6: its criteria version in
 * force, its offices' targets and thresholds, its champion model over the compliance history known
 * before each declaration's date, its keyed random selection and its traders' trust status. The
 * challenger model, if any, scores in shadow. The assembled engine is cached per authority and
 * dropped whenever criteria, offices, models or trader statuses change; histories are cached per
 * date and dropped when a result is recorded.
 */
@Service
class Selectivity {

    /** Contributions kept per controlled declaration. */
    static final int CONTRIBUTIONS = 3;
    /** An office needs this many reference scores of its own to be calibrated on them (decision 044). */
    static final int MINIMUM_REFERENCE = 200;
    private static final int CACHED_HISTORIES = 8;

    /** A decision with the models that took part, ready to store. */
    record Decided(CustomsDeclaration declaration, LaneDecision decision, UUID modelId, UUID challengerId,
                   Double challengerScore) {
    }

    private record Loaded(UUID id, RiskModel model) {
    }

    private record Runtime(String criteriaVersion, SelectivityEngine engine, Loaded champion, Loaded challenger) {
    }

    private final JdbcClient jdbc;
    private final CriteriaVersions criteria;
    private final Offices offices;
    private final RiskModels models;
    private final Declarations declarations;
    private final EnterpriseProfiles profiles;
    private final Evidence evidence;
    private final ObjectProvider<EmissionReference> emissionReference;
    private final Map<UUID, Runtime> runtimes = new ConcurrentHashMap<>();
    private final Map<UUID, Map<LocalDate, ComplianceHistory>> histories = new ConcurrentHashMap<>();

    Selectivity(JdbcClient jdbc, CriteriaVersions criteria, Offices offices, RiskModels models, Declarations declarations,
                EnterpriseProfiles profiles, Evidence evidence, ObjectProvider<EmissionReference> emissionReference) {
        this.jdbc = jdbc;
        this.criteria = criteria;
        this.offices = offices;
        this.models = models;
        this.declarations = declarations;
        this.profiles = profiles;
        this.evidence = evidence;
        this.emissionReference = emissionReference;
    }

    /** Decides the lanes of declarations of one authority; days are decided in date order. */
    List<Decided> decide(UUID authorityId, List<CustomsDeclaration> batch) {
        Runtime runtime = runtimes.computeIfAbsent(authorityId, this::assemble);
        Map<LocalDate, List<CustomsDeclaration>> byDate = batch.stream()
                .collect(Collectors.groupingBy(CustomsDeclaration::date, TreeMap::new, Collectors.toList()));
        Map<UUID, Decided> decided = new LinkedHashMap<>();
        byDate.forEach((date, day) -> {
            List<Declaration> engineView = day.stream()
                    .map(d -> d.toEngine(evidence.status(d.footprintRef()) == VerifiableRecords.Status.VERIFIED)).toList();
            List<LaneDecision> lanes;
            double[] shadow = null;
            if (runtime.champion() != null) {
                ComplianceHistory history = history(authorityId, date);
                lanes = runtime.engine().decideAll(engineView, new RiskScorer(runtime.champion().model(), history),
                        CONTRIBUTIONS);
                if (runtime.challenger() != null) {
                    shadow = new RiskScorer(runtime.challenger().model(), history).scores(engineView);
                }
            } else {
                lanes = engineView.stream().map(d -> runtime.engine().decide(d, Optional.empty())).toList();
            }
            for (int i = 0; i < day.size(); i++) {
                decided.put(day.get(i).id(), new Decided(day.get(i), lanes.get(i),
                        runtime.champion() == null ? null : runtime.champion().id(),
                        shadow == null ? null : runtime.challenger().id(), shadow == null ? null : shadow[i]));
            }
        });
        return batch.stream().map(d -> decided.get(d.id())).toList();
    }

    /** The criteria version decisions are taken under now. */
    String criteriaVersion(UUID authorityId) {
        return runtimes.computeIfAbsent(authorityId, this::assemble).criteriaVersion();
    }

    /** Criteria, offices, models or trader statuses changed: assemble the engine anew at the next decision. */
    void changed(UUID authorityId) {
        runtimes.remove(authorityId);
    }

    /** A result was recorded: histories must be rebuilt to include it. */
    void resultsChanged(UUID authorityId) {
        histories.remove(authorityId);
        runtimes.remove(authorityId);
    }

    /** Outcomes of declarations dated strictly before {@code date}: what was known when it was lodged. */
    private ComplianceHistory history(UUID authorityId, LocalDate date) {
        Map<LocalDate, ComplianceHistory> byDate = histories.computeIfAbsent(authorityId, id -> new ConcurrentHashMap<>());
        if (byDate.size() >= CACHED_HISTORIES && !byDate.containsKey(date)) {
            byDate.clear();
        }
        return byDate.computeIfAbsent(date, day -> {
            ComplianceHistory history = new ComplianceHistory();
            history.recordAll(declarations.inspected(authorityId, day));
            return history;
        });
    }

    private Runtime assemble(UUID authorityId) {
        CriteriaVersion inForce = criteria.current(authorityId);
        Map<String, OfficeProfile> profiles = offices.ofAuthority(authorityId).stream()
                .collect(Collectors.toMap(Office::code, Office::profile));
        Loaded champion = models.withRole(authorityId, ModelRole.CHAMPION)
                .map(stored -> new Loaded(stored.id(), models.load(stored))).orElse(null);
        Loaded challenger = models.withRole(authorityId, ModelRole.CHALLENGER)
                .map(stored -> new Loaded(stored.id(), models.load(stored))).orElse(null);
        Map<String, OfficeSelectivity> selectivity = champion == null ? uncalibrated(profiles)
                : calibrated(profiles, models.references(champion.id()));
        Map<String, TraderStatus> statuses = this.profiles.statuses(authorityId, LocalDate.now());
        Function<String, TraderStatus> status = trader -> statuses.getOrDefault(trader, TraderStatus.NONE);
        SelectivityEngine engine = new SelectivityEngine(inForce.criteria(),
                emissionReference.getIfAvailable(() -> EmissionReference.NONE), new RandomSelection(randomKey(authorityId)),
                selectivity, status, TrustDiscount.STANDARD);
        return new Runtime(inForce.version(), engine, champion, challenger);
    }

    /** Without a model only criteria and random selection decide: no score reaches any threshold. */
    private static Map<String, OfficeSelectivity> uncalibrated(Map<String, OfficeProfile> profiles) {
        ScoreThresholds none = new ScoreThresholds(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY);
        return profiles.values().stream().collect(Collectors.toMap(OfficeProfile::office, p -> new OfficeSelectivity(p, none)));
    }

    private static Map<String, OfficeSelectivity> calibrated(Map<String, OfficeProfile> profiles,
                                                             Map<String, double[]> reference) {
        double[] pooled = reference.values().stream().flatMapToDouble(java.util.Arrays::stream).toArray();
        if (pooled.length == 0) {
            return uncalibrated(profiles);
        }
        return OfficeSelectivity.calibrate(profiles, reference, pooled, MINIMUM_REFERENCE);
    }

    /** The authority's random-selection secret, created at its first decision. */
    private byte[] randomKey(UUID authorityId) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        jdbc.sql("insert into customs_authority (authority_id, random_key) values (:authority, :key) on conflict do nothing")
                .param("authority", authorityId).param("key", key).update();
        return jdbc.sql("select random_key from customs_authority where authority_id = :authority")
                .param("authority", authorityId).query(byte[].class).single();
    }
}
