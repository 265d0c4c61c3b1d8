package org.greenlane.core.customs.model;

import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * A trained gradient-boosted tree model (LightGBM) with its version metadata. Its text form
 * ({@link #modelText()}) is what gets stored; {@link #load} refuses a model whose feature layout
 * differs from the one this engine computes. Holds native memory: close it.
 */
public final class RiskModel implements AutoCloseable {

    private final ModelVersion version;
    private final LGBMBooster booster;
    private final String modelText;
    private final String predictParameters;

    private RiskModel(ModelVersion version, LGBMBooster booster, String modelText, int threads) {
        this.version = version;
        this.booster = booster;
        this.modelText = modelText;
        this.predictParameters = "num_threads=" + threads;
    }

    /**
     * Loads a stored model.
     *
     * @param threads native threads used when scoring a batch
     * @throws IllegalArgumentException if the text is not a LightGBM model over this engine's features
     */
    public static RiskModel load(ModelVersion version, String modelText, int threads) {
        if (!RiskFeatures.SCHEMA.equals(version.featureSchema())) {
            throw new IllegalArgumentException("model " + version.id() + " uses feature schema " + version.featureSchema()
                    + ", this engine computes " + RiskFeatures.SCHEMA);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("scoring threads must be >= 1, was " + threads);
        }
        loadNative();
        LGBMBooster booster;
        try {
            booster = LGBMBooster.loadModelFromString(modelText);
        } catch (LGBMException invalid) {
            throw new IllegalArgumentException("model " + version.id() + " is not a readable LightGBM model: "
                    + invalid.getMessage(), invalid);
        }
        try {
            List<String> names = Arrays.asList(booster.getFeatureNames());
            if (!names.equals(RiskFeatures.names())) {
                throw new IllegalArgumentException("model " + version.id() + " was trained on features " + names
                        + ", this engine computes " + RiskFeatures.names());
            }
        } catch (LGBMException | IllegalArgumentException refused) {
            closeQuietly(booster);
            throw refused instanceof IllegalArgumentException illegal ? illegal
                    : new IllegalArgumentException("model " + version.id() + ": " + refused.getMessage(), refused);
        }
        return new RiskModel(version, booster, modelText, threads);
    }

    static RiskModel trained(ModelVersion version, LGBMBooster booster, int threads) {
        try {
            return new RiskModel(version, booster, booster.saveModelToString(0, 0,
                    LGBMBooster.FeatureImportanceType.GAIN), threads);
        } catch (LGBMException failed) {
            throw new IllegalStateException("model " + version.id() + " could not be serialised: " + failed.getMessage(), failed);
        }
    }

    public ModelVersion version() {
        return version;
    }

    /** The LightGBM text model, to be stored with the version metadata. */
    public String modelText() {
        return modelText;
    }

    /** Probability of a finding for each row. */
    double[] probabilities(FeatureMatrix features) {
        if (features.rows() == 0) {
            return new double[0];
        }
        try {
            return booster.predictForMat(features.values(), features.rows(), features.columns(), true,
                    PredictionType.C_API_PREDICT_NORMAL, predictParameters);
        } catch (LGBMException failed) {
            throw new IllegalStateException("model " + version.id() + " failed to score: " + failed.getMessage(), failed);
        }
    }

    /** SHAP values in log-odds, {@code columns + 1} per row (the last is the expected value). */
    double[] contributions(FeatureMatrix features) {
        if (features.rows() == 0) {
            return new double[0];
        }
        try {
            return booster.predictForMat(features.values(), features.rows(), features.columns(), true,
                    PredictionType.C_API_PREDICT_CONTRIB, predictParameters);
        } catch (LGBMException failed) {
            throw new IllegalStateException("model " + version.id() + " failed to explain: " + failed.getMessage(), failed);
        }
    }

    @Override
    public void close() {
        closeQuietly(booster);
    }

    static void loadNative() {
        try {
            LGBMBooster.loadNative();
        } catch (IOException failed) {
            throw new UncheckedIOException("the LightGBM native library could not be loaded", failed);
        }
    }

    private static void closeQuietly(LGBMBooster booster) {
        try {
            booster.close();
        } catch (LGBMException ignored) {
            // freeing native memory failed: nothing the caller can do about it
        }
    }
}
