package org.greenlane.core.customs.model;

import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import org.greenlane.core.customs.InspectedDeclaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Trains risk models on a window of inspected declarations. The features of each training row are
 * computed by replaying the window in date order (see {@link ChronologicalFeatures}), so a row
 * learns only from what was known before its date, exactly as it would be scored in service.
 */
public final class RiskModelTrainer {

    private final List<InspectedDeclaration> rows;
    private final TrainingSettings settings;
    private final ChronologicalFeatures replay;
    private final FeatureMatrix examples;
    private final List<InspectedDeclaration> exampleRows;
    private final LocalDate from;
    private final LocalDate to;

    /** Replays the window and builds the training features (the costly part, shared by every target). */
    public RiskModelTrainer(List<InspectedDeclaration> rows, TrainingSettings settings) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no declarations to train on");
        }
        this.rows = List.copyOf(rows);
        this.settings = settings;
        this.from = rows.stream().map(row -> row.declaration().date()).min(Comparator.naturalOrder()).orElseThrow();
        this.to = rows.stream().map(row -> row.declaration().date()).max(Comparator.naturalOrder()).orElseThrow();
        this.replay = new ChronologicalFeatures(new ComplianceHistory());
        FeatureMatrix all = replay.next(this.rows, settings.labelDelay());
        LocalDate firstExample = from.plusDays(settings.warmUpDays());
        int[] kept = java.util.stream.IntStream.range(0, this.rows.size())
                .filter(i -> !this.rows.get(i).declaration().date().isBefore(firstExample)).toArray();
        if (kept.length == 0) {
            throw new IllegalArgumentException("the training window " + from + ".." + to + " is shorter than the "
                    + settings.warmUpDays() + "-day warm-up: no training example left");
        }
        float[] values = new float[kept.length * all.columns()];
        for (int k = 0; k < kept.length; k++) {
            System.arraycopy(all.values(), kept[k] * all.columns(), values, k * all.columns(), all.columns());
        }
        this.examples = new FeatureMatrix(values, kept.length, all.columns());
        this.exampleRows = java.util.Arrays.stream(kept).mapToObj(this.rows::get).toList();
    }

    /** Trains a model for {@code target}; its role is {@link ModelRole#CHALLENGER} until promoted. */
    public RiskModel train(String id, Target target, Instant trainedAt) {
        float[] labels = new float[exampleRows.size()];
        int positives = 0;
        for (int i = 0; i < labels.length; i++) {
            labels[i] = target.of(exampleRows.get(i).result()) ? 1 : 0;
            positives += (int) labels[i];
        }
        if (positives == 0 || positives == labels.length) {
            throw new IllegalArgumentException("cannot train " + target + " model " + id + ": the training examples have "
                    + positives + " positive(s) out of " + labels.length);
        }
        ModelVersion version = new ModelVersion(id, target, ModelRole.CHALLENGER, from, to, rows.size(), trainedAt,
                RiskFeatures.SCHEMA, settings.asMap(), Optional.empty());
        RiskModel.loadNative();
        String parameters = settings.lightGbmParameters();
        try (LGBMDataset dataset = LGBMDataset.createFromMat(examples.values(), examples.rows(), examples.columns(),
                true, parameters, null)) {
            dataset.setFeatureNames(RiskFeatures.names().toArray(String[]::new));
            dataset.setField("label", labels);
            LGBMBooster booster = LGBMBooster.create(dataset, parameters);
            try {
                for (int i = 0; i < settings.iterations(); i++) {
                    if (booster.updateOneIter()) {
                        break;
                    }
                }
            } catch (LGBMException | RuntimeException failed) {
                booster.close();
                throw failed;
            }
            return RiskModel.trained(version, booster);
        } catch (LGBMException failed) {
            throw new IllegalStateException("training " + target + " model " + id + " failed: " + failed.getMessage(), failed);
        }
    }

    /** First and last declaration date of the window. */
    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    /** Rows used as training examples (after the warm-up). */
    public int exampleCount() {
        return exampleRows.size();
    }

    /** The replay, positioned after the training window, for scoring a later test window. */
    ChronologicalFeatures replay() {
        return replay;
    }
}
