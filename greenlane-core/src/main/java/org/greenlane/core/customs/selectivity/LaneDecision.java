package org.greenlane.core.customs.selectivity;

import org.greenlane.core.customs.model.Contribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The lane of a declaration and every reason for it: the criteria that fired (with the version of
 * their set), the model's score and its top contributing features, and the random draw.
 */
public record LaneDecision(String declarationId, String office, Lane lane, String criteriaVersion,
                           List<RiskCriterion> firedCriteria, Optional<ModelVerdict> model, RandomDraw random,
                           TraderStatus traderStatus) {

    /** The model's part: raw score, score after the trust discount, the lane it alone would give. */
    public record ModelVerdict(String modelId, double score, double adjustedScore, Lane lane,
                               List<Contribution> topContributions) {
        public ModelVerdict {
            topContributions = List.copyOf(topContributions);
        }
    }

    /** The random draw in [0, 1), the office's rate, and whether it selected the declaration. */
    public record RandomDraw(double draw, double rate, boolean selected, Lane lane) {
    }

    public LaneDecision {
        Objects.requireNonNull(lane, () -> "declaration " + declarationId + ": lane");
        firedCriteria = List.copyOf(firedCriteria);
        Objects.requireNonNull(model, () -> "declaration " + declarationId + ": model verdict must be Optional.empty() when absent");
        Objects.requireNonNull(random, () -> "declaration " + declarationId + ": random draw");
    }

    /** Officer-readable reasons, the strongest first. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        for (RiskCriterion criterion : firedCriteria) {
            reasons.add("criterion " + criterion.id() + " (set " + criteriaVersion + ") -> " + criterion.lane() + ": "
                    + criterion.description());
        }
        if (random.selected()) {
            reasons.add(String.format(Locale.ROOT, "random selection -> %s: draw %.4f below the office rate %.4f",
                    random.lane(), random.draw(), random.rate()));
        }
        model.ifPresent(verdict -> {
            String discount = traderStatus == TraderStatus.NONE ? ""
                    : String.format(Locale.ROOT, ", %.3f after %s discount", verdict.adjustedScore(), traderStatus);
            reasons.add(String.format(Locale.ROOT, "model %s score %.3f%s -> %s", verdict.modelId(), verdict.score(),
                    discount, verdict.lane()));
            for (Contribution contribution : verdict.topContributions()) {
                reasons.add(String.format(Locale.ROOT, "  %+.2f %s", contribution.logOdds(), contribution.statement()));
            }
        });
        if (model.isEmpty()) {
            reasons.add("no model score: lane from criteria and random selection only");
        }
        return reasons;
    }
}
