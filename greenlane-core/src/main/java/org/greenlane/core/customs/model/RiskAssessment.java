package org.greenlane.core.customs.model;

import java.util.List;

/**
 * The model's view of one declaration: the probability of a finding, the model version that gave
 * it, and the features that contributed most (largest absolute attributions first).
 */
public record RiskAssessment(String declarationId, double score, String modelId, List<Contribution> topContributions) {

    public RiskAssessment {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("declaration " + declarationId + ": risk score must be in [0, 1], was " + score);
        }
        topContributions = List.copyOf(topContributions);
    }
}
