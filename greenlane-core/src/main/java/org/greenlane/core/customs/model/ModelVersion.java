package org.greenlane.core.customs.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The metadata of a trained risk model: what it predicts, the window of declarations it learnt
 * from, its settings and feature layout, its role, and the evaluation that justifies the role.
 */
public record ModelVersion(String id, Target target, ModelRole role, LocalDate trainingFrom, LocalDate trainingTo,
                           int trainingRows, Instant trainedAt, String featureSchema, Map<String, String> settings,
                           Optional<EvaluationReport> evaluation) {

    public ModelVersion {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("model version id is required");
        }
        Objects.requireNonNull(target, () -> "model " + id + ": target is required");
        Objects.requireNonNull(role, () -> "model " + id + ": role is required");
        Objects.requireNonNull(trainingFrom, () -> "model " + id + ": training window start is required");
        Objects.requireNonNull(trainingTo, () -> "model " + id + ": training window end is required");
        if (trainingTo.isBefore(trainingFrom)) {
            throw new IllegalArgumentException("model " + id + ": training window ends " + trainingTo
                    + " before it starts " + trainingFrom);
        }
        if (trainingRows < 1) {
            throw new IllegalArgumentException("model " + id + ": trained on " + trainingRows + " rows");
        }
        Objects.requireNonNull(trainedAt, () -> "model " + id + ": training time is required");
        Objects.requireNonNull(featureSchema, () -> "model " + id + ": feature schema is required");
        settings = Map.copyOf(settings);
        Objects.requireNonNull(evaluation, () -> "model " + id + ": evaluation must be Optional.empty() when absent");
        evaluation.ifPresent(report -> {
            if (!report.from().isAfter(trainingTo)) {
                throw new IllegalArgumentException("model " + id + ": evaluation window starting " + report.from()
                        + " overlaps the training window ending " + trainingTo);
            }
        });
    }

    public ModelVersion withRole(ModelRole newRole) {
        return new ModelVersion(id, target, newRole, trainingFrom, trainingTo, trainingRows, trainedAt, featureSchema,
                settings, evaluation);
    }

    public ModelVersion withId(String newId) {
        return new ModelVersion(newId, target, role, trainingFrom, trainingTo, trainingRows, trainedAt, featureSchema,
                settings, evaluation);
    }

    public ModelVersion withEvaluation(EvaluationReport report) {
        return new ModelVersion(id, target, role, trainingFrom, trainingTo, trainingRows, trainedAt, featureSchema,
                settings, Optional.of(report));
    }
}
