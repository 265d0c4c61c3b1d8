package org.greenlane.server.customs;

import org.greenlane.core.customs.InspectedDeclaration;
import org.greenlane.core.customs.model.LabelDelay;
import org.greenlane.core.customs.model.ModelRole;
import org.greenlane.core.customs.model.RankingMetrics;
import org.greenlane.core.customs.model.RiskEvaluation;
import org.greenlane.core.customs.model.TrainingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Champion and challenger risk models of each authority (decision 047). Training uses the
 * authority's recorded inspection results, holds out the most recent fifth of the days for an
 * out-of-time evaluation, and stores the model that was evaluated: the first becomes champion,
 * later ones challengers scored in shadow until an officer promotes one under the documented rule.
 */
@Service
class ModelLifecycle {

    /** Fewer inspected declarations than this teach a model nothing an officer should rely on. */
    static final int MINIMUM_RESULTS = 300;
    /** Days of results needed: the 30-day warm-up of decision 042, training days after it, and a test window. */
    static final int MINIMUM_DAYS = 60;
    static final int MINIMUM_TEST_DAYS = 7;
    /** A challenger may trail the champion's out-of-time Precision@10 % by at most this much. */
    static final double PRECISION_TOLERANCE = 0.02;
    /** Shadow comparisons count once this many inspected declarations carry both scores. */
    static final int MINIMUM_SHADOW = 30;

    private static final Logger log = LoggerFactory.getLogger(ModelLifecycle.class);

    private final Declarations declarations;
    private final RiskModels models;
    private final Selectivity selectivity;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ModelLifecycle(Declarations declarations, RiskModels models, Selectivity selectivity, JdbcClient jdbc,
                   TransactionTemplate transactions) {
        this.transactions = transactions;
        this.declarations = declarations;
        this.models = models;
        this.selectivity = selectivity;
        this.jdbc = jdbc;
    }

    /** The outcome of comparing a challenger with the champion, shown before promotion. */
    record Comparison(boolean allowed, String reason, int shadowRows, Double championShadowPrecision,
                      Double challengerShadowPrecision) {
    }

    /** Trains a fraud model on the authority's results; refused (409) when they are too few. */
    @Transactional
    StoredModel train(UUID authorityId, String by) {
        List<InspectedDeclaration> results = declarations.inspected(authorityId);
        List<LocalDate> days = results.stream().map(r -> r.declaration().date()).distinct().sorted().toList();
        if (results.size() < MINIMUM_RESULTS || days.size() < MINIMUM_DAYS) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Training needs at least " + MINIMUM_RESULTS
                    + " inspection results over " + MINIMUM_DAYS + " days; this authority has " + results.size()
                    + " over " + days.size() + " days.");
        }
        int testDays = Math.max(MINIMUM_TEST_DAYS, days.size() / 5);
        LocalDate testFrom = days.get(days.size() - testDays);
        List<InspectedDeclaration> training = results.stream().filter(r -> r.declaration().date().isBefore(testFrom)).toList();
        List<InspectedDeclaration> test = results.stream().filter(r -> !r.declaration().date().isBefore(testFrom)).toList();
        RiskEvaluation.Result evaluated;
        try {
            evaluated = RiskEvaluation.run(training, test, "last " + testDays + " days of recorded results",
                    TrainingSettings.DEFAULTS, LabelDelay.NEXT_DAY, Instant.now());
        } catch (IllegalArgumentException untrainable) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Training refused: " + untrainable.getMessage());
        }
        Map<String, double[]> reference = new HashMap<>();
        double[] scores = evaluated.testScores();
        test.stream().map(r -> r.declaration().office()).distinct().forEach(office -> reference.put(office,
                IntStream.range(0, test.size()).filter(i -> test.get(i).declaration().office().equals(office))
                        .mapToDouble(i -> scores[i]).toArray()));
        boolean first = models.withRole(authorityId, ModelRole.CHAMPION).isEmpty();
        String name = "fraud-" + evaluated.fraudModel().version().trainingTo() + "-" + (models.count(authorityId) + 1);
        var model = evaluated.fraudModel().withVersion(evaluated.fraudModel().version().withId(name));
        if (!first) {
            models.retireChallengers(authorityId);
        }
        UUID id = models.add(authorityId, model, first ? ModelRole.CHAMPION : ModelRole.CHALLENGER, by, reference);
        selectivity.changed(authorityId);
        log.info("Trained customs risk model {} for authority {} on {} results", name, authorityId, training.size());
        return models.find(authorityId, id).orElseThrow();
    }

    /** Compares a challenger with the champion under the promotion rule. */
    Comparison compare(UUID authorityId, StoredModel challenger) {
        Optional<StoredModel> champion = models.withRole(authorityId, ModelRole.CHAMPION);
        if (challenger.role() != ModelRole.CHALLENGER) {
            return new Comparison(false, "only a challenger can be promoted", 0, null, null);
        }
        if (champion.isEmpty()) {
            return new Comparison(true, "there is no champion", 0, null, null);
        }
        if (challenger.precisionAt10() < champion.get().precisionAt10() - PRECISION_TOLERANCE) {
            return new Comparison(false, String.format(java.util.Locale.ROOT,
                    "its out-of-time Precision@10%% %.3f trails the champion's %.3f by more than %.2f",
                    challenger.precisionAt10(), champion.get().precisionAt10(), PRECISION_TOLERANCE), 0, null, null);
        }
        List<double[]> pairs = models.shadowPairs(authorityId, challenger.id());
        boolean anyFinding = pairs.stream().anyMatch(p -> p[2] > 0);
        if (pairs.size() < MINIMUM_SHADOW || !anyFinding) {
            return new Comparison(true, "out-of-time precision within tolerance; too few inspected shadow scores ("
                    + pairs.size() + ") to compare in service", pairs.size(), null, null);
        }
        boolean[] findings = new boolean[pairs.size()];
        double[] champions = new double[pairs.size()];
        double[] challengers = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            champions[i] = pairs.get(i)[0];
            challengers[i] = pairs.get(i)[1];
            findings[i] = pairs.get(i)[2] > 0;
        }
        double championPrecision = RankingMetrics.precisionAt(champions, findings, 0.10);
        double challengerPrecision = RankingMetrics.precisionAt(challengers, findings, 0.10);
        boolean allowed = challengerPrecision >= championPrecision;
        return new Comparison(allowed, allowed ? "out of time and in shadow at least as precise as the champion"
                : "in shadow its top 10 % held fewer findings than the champion's", pairs.size(), championPrecision,
                challengerPrecision);
    }

    @Transactional
    void promote(UUID authorityId, StoredModel challenger, String by) {
        Comparison comparison = compare(authorityId, challenger);
        if (!comparison.allowed()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Model " + challenger.name() + " cannot be promoted: "
                    + comparison.reason() + ".");
        }
        models.promote(authorityId, challenger.id(), by);
        selectivity.changed(authorityId);
    }

    /** Weekly (default Monday 02:30): a challenger for every authority with enough new results since its last model. */
    @Scheduled(cron = "${greenlane.customs.retraining-cron:0 30 2 * * MON}")
    void retrain() {
        List<UUID> authorities = jdbc.sql("""
                        select d.authority_id from customs_declaration d join customs_inspection i on i.declaration_id = d.id
                        group by d.authority_id having count(*) >= :minimum
                           and max(i.inspected_at) > coalesce((select max(m.trained_at) from customs_model m
                                                              where m.authority_id = d.authority_id), 'epoch')""")
                .param("minimum", MINIMUM_RESULTS).query(UUID.class).list();
        for (UUID authority : authorities) {
            try {
                transactions.executeWithoutResult(status -> train(authority, "retraining job"));
            } catch (ResponseStatusException refused) {
                log.info("Retraining for authority {} skipped: {}", authority, refused.getReason());
            }
        }
    }
}
