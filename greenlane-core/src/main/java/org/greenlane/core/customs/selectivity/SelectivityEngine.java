package org.greenlane.core.customs.selectivity;

import org.greenlane.core.customs.Declaration;
import org.greenlane.core.customs.model.RiskAssessment;
import org.greenlane.core.customs.model.RiskScorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Assigns lanes. A declaration's lane is the strictest of: the lanes of the criteria that fire,
 * the lane of its model score (after the importer's trust discount) under its office's thresholds,
 * and the office's random lane if the keyed random draw selects it. Trust status never removes a
 * criterion or the random draw.
 */
public final class SelectivityEngine {

    private final CriteriaSet criteria;
    private final EmissionReference reference;
    private final RandomSelection random;
    private final Map<String, OfficeSelectivity> offices;
    private final Function<String, TraderStatus> traderStatus;
    private final TrustDiscount discount;

    /**
     * @param offices      every office the engine serves; a declaration of another office is refused
     * @param traderStatus the trust status of an importer id
     */
    public SelectivityEngine(CriteriaSet criteria, EmissionReference reference, RandomSelection random,
                             Map<String, OfficeSelectivity> offices, Function<String, TraderStatus> traderStatus,
                             TrustDiscount discount) {
        this.criteria = criteria;
        this.reference = reference;
        this.random = random;
        this.offices = Map.copyOf(offices);
        this.traderStatus = traderStatus;
        this.discount = discount;
    }

    /** The lane of one declaration, given its model assessment if a model is available. */
    public LaneDecision decide(Declaration declaration, Optional<RiskAssessment> assessment) {
        return laneOf(declaration, assessment.map(a -> new Scored(a.modelId(), a.score(), a)));
    }

    /**
     * Lanes for a batch: every declaration is scored; the ones that end in RED or YELLOW are also
     * explained with their {@code topContributions} largest contributions (the officer reads those;
     * the statements cost more than the score, so BLUE and GREEN keep the score alone).
     */
    public List<LaneDecision> decideAll(List<Declaration> batch, RiskScorer scorer, int topContributions) {
        double[] scores = scorer.scores(batch);
        String modelId = scorer.model().version().id();
        List<LaneDecision> decisions = new ArrayList<>(batch.size());
        List<Integer> controlled = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            LaneDecision decision = laneOf(batch.get(i), Optional.of(new Scored(modelId, scores[i], null)));
            decisions.add(decision);
            if (decision.lane().controlled()) {
                controlled.add(i);
            }
        }
        if (!controlled.isEmpty() && topContributions > 0) {
            List<Declaration> toExplain = controlled.stream().map(batch::get).toList();
            List<RiskAssessment> explained = scorer.assess(toExplain, topContributions);
            for (int k = 0; k < controlled.size(); k++) {
                int i = controlled.get(k);
                decisions.set(i, laneOf(batch.get(i), Optional.of(new Scored(modelId, scores[i], explained.get(k)))));
            }
        }
        return decisions;
    }

    private record Scored(String modelId, double score, RiskAssessment explanation) {
    }

    private LaneDecision laneOf(Declaration declaration, Optional<Scored> scored) {
        OfficeSelectivity office = offices.get(declaration.office());
        if (office == null) {
            throw new IllegalArgumentException("declaration " + declaration.id() + ": office " + declaration.office()
                    + " has no selectivity profile");
        }
        List<RiskCriterion> fired = criteria.fired(declaration, reference);
        Lane lane = Lane.GREEN;
        for (RiskCriterion criterion : fired) {
            lane = lane.atLeast(criterion.lane());
        }
        TraderStatus status = traderStatus.apply(declaration.importer());
        Optional<LaneDecision.ModelVerdict> verdict = scored.map(s -> {
            double adjusted = s.score() * discount.factor(status);
            return new LaneDecision.ModelVerdict(s.modelId(), s.score(), adjusted, office.thresholds().laneOf(adjusted),
                    s.explanation() == null ? List.of() : s.explanation().topContributions());
        });
        if (verdict.isPresent()) {
            lane = lane.atLeast(verdict.get().lane());
        }
        OfficeProfile profile = office.profile();
        double draw = random.draw(declaration.id());
        boolean selected = draw < profile.minimumRandomRate();
        if (selected) {
            lane = lane.atLeast(profile.randomLane());
        }
        return new LaneDecision(declaration.id(), declaration.office(), lane, criteria.version(), fired, verdict,
                new LaneDecision.RandomDraw(draw, profile.minimumRandomRate(), selected, profile.randomLane()), status);
    }
}
