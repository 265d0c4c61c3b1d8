package org.greenlane.core.customs.model;

import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A trained gradient-boosted tree model (LightGBM) with its version metadata. Its text form
 * ({@link #modelText()}) is what gets stored; scoring evaluates that text in Java
 * ({@link TreeEnsemble}), so a loaded model holds no native memory and is safe to share between
 * threads. {@link #load} refuses a model whose feature layout differs from the one this engine computes.
 */
public final class RiskModel {

    private static boolean nativeLoaded;

    private final ModelVersion version;
    private final String modelText;
    private final TreeEnsemble trees;

    private RiskModel(ModelVersion version, String modelText, TreeEnsemble trees) {
        this.version = version;
        this.modelText = modelText;
        this.trees = trees;
    }

    private RiskModel(ModelVersion version, String modelText) {
        this.version = version;
        this.modelText = modelText;
        TreeEnsemble parsed;
        try {
            parsed = TreeEnsemble.parse(modelText);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException invalid) {
            throw new IllegalArgumentException("model " + version.id() + " is not a readable LightGBM model: "
                    + invalid.getMessage(), invalid);
        }
        if (!parsed.featureNames().equals(RiskFeatures.names())) {
            throw new IllegalArgumentException("model " + version.id() + " was trained on features " + parsed.featureNames()
                    + ", this engine computes " + RiskFeatures.names());
        }
        this.trees = parsed;
    }

    /**
     * Loads a stored model.
     *
     * @throws IllegalArgumentException if the text is not a LightGBM model over this engine's features
     */
    public static RiskModel load(ModelVersion version, String modelText) {
        if (!RiskFeatures.SCHEMA.equals(version.featureSchema())) {
            throw new IllegalArgumentException("model " + version.id() + " uses feature schema " + version.featureSchema()
                    + ", this engine computes " + RiskFeatures.SCHEMA);
        }
        return new RiskModel(version, modelText);
    }

    /** Saves a freshly trained booster to text and frees it. */
    static RiskModel trained(ModelVersion version, LGBMBooster booster) {
        try {
            return new RiskModel(version, booster.saveModelToString(0, 0, LGBMBooster.FeatureImportanceType.GAIN));
        } catch (LGBMException failed) {
            throw new IllegalStateException("model " + version.id() + " could not be serialised: " + failed.getMessage(), failed);
        } finally {
            closeQuietly(booster);
        }
    }

    /** The same trees under other metadata (a name chosen by the caller, a role, an evaluation report). */
    public RiskModel withVersion(ModelVersion newVersion) {
        return new RiskModel(newVersion, modelText, trees);
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
        double[] scores = new double[features.rows()];
        for (int row = 0; row < scores.length; row++) {
            scores[row] = trees.probability(trees.raw(features.values(), row * features.columns()));
        }
        return scores;
    }

    /**
     * Path attributions in log-odds, {@code columns + 1} per row: one per feature, then the
     * expected value; each row sums to the raw score.
     */
    double[] contributions(FeatureMatrix features) {
        int width = features.columns() + 1;
        double[] contributions = new double[features.rows() * width];
        double[] row = new double[features.columns()];
        for (int r = 0; r < features.rows(); r++) {
            java.util.Arrays.fill(row, 0);
            trees.attribute(features.values(), r * features.columns(), row);
            System.arraycopy(row, 0, contributions, r * width, row.length);
            contributions[r * width + features.columns()] = trees.expectedValue();
        }
        return contributions;
    }

    /**
     * Loads LightGBM's native libraries (for training) from a directory of this process. lightgbm4j
     * extracts them to {@code java.io.tmpdir} under fixed names, overwriting the files another JVM on
     * the machine has mapped (a running server crashed with SIGSEGV when a benchmark started), so the
     * extraction is pointed at a private directory for the moment of loading. LGBMBooster extracts in
     * its static initialiser: it must not be touched before.
     */
    static synchronized void loadNative() {
        if (nativeLoaded) {
            return;
        }
        String shared = System.getProperty("java.io.tmpdir");
        try {
            Path own = Files.createTempDirectory("greenlane-lightgbm-");
            own.toFile().deleteOnExit();
            System.setProperty("java.io.tmpdir", own.toString() + File.separator);
            try {
                LGBMBooster.loadNative();
            } finally {
                System.setProperty("java.io.tmpdir", shared);
            }
            try (Stream<Path> libraries = Files.list(own)) {
                libraries.forEach(library -> library.toFile().deleteOnExit());
            }
            nativeLoaded = true;
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
