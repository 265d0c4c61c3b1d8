package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.Lane;
import org.greenlane.core.customs.selectivity.TraderStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored lane decision with every reason: the criteria that fired (with the set version), the
 * champion model's score and top contributions, the random draw, and the challenger's shadow score.
 * Confidential: shown to customs officers only.
 */
public record DecisionRecord(UUID declarationId, Lane lane, String criteriaVersion, List<FiredCriterion> firedCriteria,
                             UUID modelId, String modelName, Double score, Double adjustedScore, Lane modelLane,
                             List<Contribution> contributions, double randomDraw, double randomRate,
                             boolean randomSelected, Lane randomLane, TraderStatus traderStatus, UUID challengerId,
                             Double challengerScore, Instant decidedAt) {

    public record FiredCriterion(String id, Lane lane, String description) {
    }

    /** A feature's share of the score, in log-odds, with the engine's statement of the feature value. */
    public record Contribution(String feature, String statement, double logOdds) {
    }

    public DecisionRecord {
        firedCriteria = List.copyOf(firedCriteria);
        contributions = List.copyOf(contributions);
    }
}
