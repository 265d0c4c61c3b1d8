package org.greenlane.core.customs.selectivity;

import org.greenlane.core.customs.InspectionResult;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Examination results recorded against what selected the declaration, as ASYCUDA does: per
 * criterion, for random selection (an unbiased estimate of non-compliance) and per lane. A
 * criterion whose hit rate stays below the random hit rate is a candidate for retirement.
 */
public final class SelectionOutcomes {

    /** Declarations examined and findings among them. */
    public record HitRate(long examined, long findings) {
        public double rate() {
            return examined == 0 ? 0 : findings / (double) examined;
        }

        HitRate plus(boolean finding) {
            return new HitRate(examined + 1, findings + (finding ? 1 : 0));
        }
    }

    private final Map<String, HitRate> byCriterion = new LinkedHashMap<>();
    private final Map<Lane, HitRate> byLane = new EnumMap<>(Lane.class);
    private HitRate random = new HitRate(0, 0);

    /** Records the result of examining a declaration under the given decision. */
    public void record(LaneDecision decision, InspectionResult result) {
        boolean finding = result.fraud();
        for (RiskCriterion criterion : decision.firedCriteria()) {
            byCriterion.merge(criterion.id(), new HitRate(1, finding ? 1 : 0),
                    (old, one) -> old.plus(finding));
        }
        if (decision.random().selected()) {
            random = random.plus(finding);
        }
        byLane.merge(decision.lane(), new HitRate(1, finding ? 1 : 0), (old, one) -> old.plus(finding));
    }

    public Map<String, HitRate> byCriterion() {
        return Map.copyOf(byCriterion);
    }

    public Map<Lane, HitRate> byLane() {
        return Map.copyOf(byLane);
    }

    public HitRate random() {
        return random;
    }
}
