package org.greenlane.core.customs.model;

import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import org.greenlane.core.customs.Declaration;
import org.greenlane.core.customs.InspectedDeclaration;
import org.greenlane.core.customs.SyntheticDeclarations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The Java evaluation of the model text against LightGBM's own native predictions on the same
 * rows: raw scores equal to the last bits (same comparisons, same summation order), probabilities
 * within one rounding of exp, and path attributions that add up to the raw score.
 */
class TreeEnsembleTest {

    @Test
    void scoresLikeLightGbmWithMissingValuesZerosAndEveryMissingType() throws Exception {
        RiskModel.loadNative();
        Random random = new Random(7);
        int rows = 2_000;
        int columns = 4;
        float[] x = new float[rows * columns];
        float[] y = new float[rows];
        for (int i = 0; i < rows; i++) {
            x[i * columns] = (float) random.nextGaussian();
            // Column 1 is often exactly zero (missing type Zero under zero_as_missing), column 2 often NaN.
            x[i * columns + 1] = random.nextInt(3) == 0 ? 0f : (float) random.nextGaussian();
            x[i * columns + 2] = random.nextInt(4) == 0 ? Float.NaN : (float) random.nextGaussian();
            x[i * columns + 3] = random.nextInt(10);
            double logit = 1.5 * x[i * columns] - (Float.isNaN(x[i * columns + 2]) ? 1 : x[i * columns + 2])
                    + (x[i * columns + 1] == 0 ? 0.8 : 0) + 0.2 * x[i * columns + 3] - 1;
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
        }
        for (String missing : List.of("use_missing=true zero_as_missing=false", "use_missing=true zero_as_missing=true",
                "use_missing=false")) {
            String parameters = "objective=binary num_leaves=7 min_data_in_leaf=10 learning_rate=0.1 verbosity=-1 "
                    + "deterministic=true force_row_wise=true num_threads=1 seed=3 " + missing;
            String text;
            try (LGBMDataset dataset = LGBMDataset.createFromMat(x, rows, columns, true, parameters, null)) {
                dataset.setField("label", y);
                LGBMBooster booster = LGBMBooster.create(dataset, parameters);
                for (int i = 0; i < 40; i++) {
                    booster.updateOneIter();
                }
                text = booster.saveModelToString(0, 0, LGBMBooster.FeatureImportanceType.GAIN);
                booster.close();
            }
            LGBMBooster native_ = LGBMBooster.loadModelFromString(text);
            try {
                double[] raw = native_.predictForMat(x, rows, columns, true, PredictionType.C_API_PREDICT_RAW_SCORE, "num_threads=1");
                double[] probability = native_.predictForMat(x, rows, columns, true, PredictionType.C_API_PREDICT_NORMAL, "num_threads=1");
                double[] shap = native_.predictForMat(x, rows, columns, true, PredictionType.C_API_PREDICT_CONTRIB, "num_threads=1");
                TreeEnsemble trees = TreeEnsemble.parse(text);
                assertThat(trees.treeCount()).isEqualTo(40);
                for (int row = 0; row < rows; row++) {
                    double javaRaw = trees.raw(x, row * columns);
                    assertThat(javaRaw).as("%s, raw score of row %d", missing, row).isEqualTo(raw[row]);
                    assertThat(trees.probability(javaRaw)).as("%s, probability of row %d", missing, row)
                            .isCloseTo(probability[row], within(1e-15));
                    double[] contributions = new double[columns];
                    assertThat(trees.attribute(x, row * columns, contributions)).isEqualTo(raw[row]);
                    double sum = trees.expectedValue();
                    for (double contribution : contributions) {
                        sum += contribution;
                    }
                    assertThat(sum).isCloseTo(raw[row], within(1e-9));
                    // TreeSHAP's bias column is the same expected value the path attributions start from.
                    assertThat(trees.expectedValue()).isCloseTo(shap[row * (columns + 1) + columns], within(1e-9));
                }
            } finally {
                native_.close();
            }
        }
    }

    @Test
    void aRiskModelScoresItsFeaturesLikeLightGbm() throws Exception {
        List<InspectedDeclaration> rows = SyntheticDeclarations.generate(11, LocalDate.of(2024, 1, 1), 150, 20);
        RiskModelTrainer trainer = new RiskModelTrainer(rows, TrainingSettings.DEFAULTS.withIterations(60));
        RiskModel model = trainer.train("fraud-java", Target.FRAUD, Instant.EPOCH);
        ComplianceHistory history = trainer.replay().flush();
        List<Declaration> later = SyntheticDeclarations.generate(12, LocalDate.of(2024, 6, 1), 10, 20).stream()
                .map(InspectedDeclaration::declaration).toList();
        double[] scores = new RiskScorer(model, history).scores(later);

        float[] features = new float[later.size() * RiskFeatures.count()];
        for (int row = 0; row < later.size(); row++) {
            RiskFeatures.compute(later.get(row), history, features, row * RiskFeatures.count());
        }
        LGBMBooster native_ = LGBMBooster.loadModelFromString(model.modelText());
        try {
            double[] expected = native_.predictForMat(features, later.size(), RiskFeatures.count(), true,
                    PredictionType.C_API_PREDICT_NORMAL, "num_threads=1");
            assertThat(scores).containsExactly(expected, within(1e-15));
        } finally {
            native_.close();
        }
    }

    @Test
    void refusesTextThatIsNotABinaryNumericalModel() {
        assertThatThrownBy(() -> TreeEnsemble.parse("hello"))
                .hasMessage("not a LightGBM text model: the first line must be 'tree'");
        assertThatThrownBy(() -> TreeEnsemble.parse("tree\nobjective=regression\nfeature_names=a\n"))
                .hasMessage("LightGBM model objective must be binary, was 'regression'");
        String truncated = "tree\nobjective=binary sigmoid:1\nfeature_names=a b\n\nTree=0\nnum_leaves=2\nnum_cat=0\n"
                + "split_feature=2\ndecision_type=2\nleft_child=-1\nright_child=-2\nthreshold=0.5\n"
                + "leaf_value=0.1 0.2\nleaf_count=5 5\n\nend of trees\n";
        assertThatThrownBy(() -> TreeEnsemble.parse(truncated))
                .hasMessage("Tree=0: split_feature 2 of node 0 is not one of the 2 features");
    }

    @Test
    void aHandWrittenStumpFollowsTheDefaultDirectionForMissingValues() {
        // One split on feature a at 0.5, missing type NaN (decision_type 8 = 2 << 2) going right (no default-left bit).
        TreeEnsemble stump = TreeEnsemble.parse("tree\nobjective=binary sigmoid:1\nfeature_names=a\n\nTree=0\n"
                + "num_leaves=2\nnum_cat=0\nsplit_feature=0\ndecision_type=8\nleft_child=-1\nright_child=-2\n"
                + "threshold=0.5\nleaf_value=-1 1\nleaf_count=3 1\n\nend of trees\n");
        assertThat(stump.raw(new float[]{0.2f}, 0)).isEqualTo(-1);
        assertThat(stump.raw(new float[]{0.7f}, 0)).isEqualTo(1);
        assertThat(stump.raw(new float[]{Float.NaN}, 0)).isEqualTo(1);
        // Expected value: (3 x -1 + 1 x 1) / 4 = -0.5; a row going left is credited -1 - (-0.5) = -0.5.
        assertThat(stump.expectedValue()).isEqualTo(-0.5);
        double[] contributions = new double[1];
        stump.attribute(new float[]{0.2f}, 0, contributions);
        assertThat(contributions[0]).isEqualTo(-0.5);
        // sigmoid(1) = 1 / (1 + e^-1) = 0.7310585786300049
        assertThat(stump.probability(1)).isCloseTo(0.7310585786300049, within(1e-15));
    }
}
