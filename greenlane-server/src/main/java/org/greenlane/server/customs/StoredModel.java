package org.greenlane.server.customs;

import org.greenlane.core.customs.model.ModelRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A risk model version as stored: training window, out-of-time evaluation (the full report as
 * JSON, and its headline figures), role, and who trained and promoted it.
 */
public record StoredModel(UUID id, String name, String target, ModelRole role, LocalDate trainingFrom,
                          LocalDate trainingTo, int trainingRows, Instant trainedAt, String trainedBy,
                          String featureSchema, Map<String, Object> settings, Map<String, Object> evaluation,
                          LocalDate testFrom, LocalDate testTo, double precisionAt5, double precisionAt10, Double auc,
                          Instant promotedAt, String promotedBy) {
}
