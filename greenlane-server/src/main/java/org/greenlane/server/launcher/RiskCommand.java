package org.greenlane.server.launcher;

import org.greenlane.core.customs.Declaration;
import org.greenlane.core.customs.DeclarationCsv;
import org.greenlane.core.customs.DeclarationFileException;
import org.greenlane.core.customs.InspectedDeclaration;
import org.greenlane.core.customs.model.ComplianceHistory;
import org.greenlane.core.customs.model.EvaluationReport;
import org.greenlane.core.customs.model.LabelDelay;
import org.greenlane.core.customs.model.RankingReport;
import org.greenlane.core.customs.model.RiskEvaluation;
import org.greenlane.core.customs.model.RiskFeatures;
import org.greenlane.core.customs.model.RiskModel;
import org.greenlane.core.customs.model.RiskModelTrainer;
import org.greenlane.core.customs.model.RiskScorer;
import org.greenlane.core.customs.model.Target;
import org.greenlane.core.customs.model.TrainingSettings;
import org.greenlane.core.customs.selectivity.CriteriaSet;
import org.greenlane.core.customs.selectivity.EmissionReference;
import org.greenlane.core.customs.selectivity.Lane;
import org.greenlane.core.customs.selectivity.OfficeProfile;
import org.greenlane.core.customs.selectivity.OfficeSelectivity;
import org.greenlane.core.customs.selectivity.RandomSelection;
import org.greenlane.core.customs.selectivity.SelectivityEngine;
import org.greenlane.core.customs.selectivity.TraderStatus;
import org.greenlane.core.customs.selectivity.TrustDiscount;
import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Customs risk engine tools: {@code ./greenlane risk evaluate --train <csv> --test <csv>}. */
@Command(name = "risk", mixinStandardHelpOptions = true,
        description = "Customs risk engine tools.",
        subcommands = {RiskCommand.Evaluate.class})
public final class RiskCommand implements Runnable {

    /** BSD sysexits EX_DATAERR: an input file is wrong. */
    static final int DATA_ERROR = 65;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * {@code ./greenlane bench risk}: batch selectivity throughput (criteria, history features, model score,
     * keyed random draw, and path-attribution explanations for the RED and YELLOW lanes) on the 2021 Q1 declarations of the
     * shared KCS files, scored over the 2020 history by a model trained on 2020, on two worker threads; then the
     * p99 latency of lodging one declaration over REST at 500 requests/s ({@link RestLatency}).
     */
    public static final class SpeedBenchmark implements Benchmark {

        private static final Path DATA = Path.of("..", "shared", "data", "customs");
        private static final int BATCH = 2_000;
        /**
         * Passes over the quarter per measurement, about 4 s each. Both paths run unmeasured first for
         * {@link #WARM_UP_ROUNDS} passes: with 8 passes and no warm-up, the explained path was measured while
         * C2 was still compiling it, at about half the rate it reaches (docs/benchmarks.md).
         */
        private static final int ROUNDS = 30;
        private static final int WARM_UP_ROUNDS = 10;

        @Override
        public String name() {
            return "risk";
        }

        @Override
        public String description() {
            return "Customs selectivity batch throughput (rules, model, random selection, explanations) and REST p99 latency.";
        }

        /** Declarations decided per second over {@code rounds} passes of the batches on the two workers. */
        private static double throughput(ExecutorService workers, List<List<Declaration>> batches,
                                         SelectivityEngine engine, RiskScorer scorer, int contributions, int rounds)
                throws Exception {
            long decided = 0;
            long started = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                List<Future<Integer>> done = new ArrayList<>();
                for (List<Declaration> batch : batches) {
                    done.add(workers.submit(() -> engine.decideAll(batch, scorer, contributions).size()));
                }
                for (Future<Integer> batch : done) {
                    decided += batch.get();
                }
            }
            return decided / ((System.nanoTime() - started) / 1e9);
        }

        /**
         * Features plus model score of the quarter on one thread, interleaved: the Java trees of decision 049
         * against LightGBM's native prediction of the same model text (the path before it). The ratio holds on
         * a busy machine where absolute rates do not.
         */
        private static void sideBySide(PrintStream out, RiskModel model, ComplianceHistory history,
                                       List<Declaration> traffic) throws Exception {
            RiskScorer scorer = new RiskScorer(model, history);
            int columns = RiskFeatures.count();
            LGBMBooster booster = LGBMBooster.loadModelFromString(model.modelText());
            try {
                long java = 0;
                long lightGbm = 0;
                double difference = 0;
                for (int round = 0; round < 5; round++) {
                    long started = System.nanoTime();
                    double[] scores = scorer.scores(traffic);
                    java += System.nanoTime() - started;
                    started = System.nanoTime();
                    float[] features = new float[traffic.size() * columns];
                    for (int i = 0; i < traffic.size(); i++) {
                        RiskFeatures.compute(traffic.get(i), history, features, i * columns);
                    }
                    double[] expected = booster.predictForMat(features, traffic.size(), columns, true,
                            PredictionType.C_API_PREDICT_NORMAL, "num_threads=1");
                    lightGbm += System.nanoTime() - started;
                    for (int i = 0; i < scores.length; i++) {
                        difference = Math.max(difference, Math.abs(scores[i] - expected[i]));
                    }
                }
                double rows = 5.0 * traffic.size();
                out.printf(Locale.ROOT, "features + score, one thread: Java trees %.0f/s, LightGBM native %.0f/s, "
                                + "ratio %.2f, largest score difference %.1e%n", rows / (java / 1e9),
                        rows / (lightGbm / 1e9), (double) lightGbm / java, difference);
            } finally {
                booster.close();
            }
        }

        @Override
        public int run(PrintStream out) throws Exception {
            Evaluate.quietNativeLoader();
            Path trainFile = DATA.resolve("kcs-synthetic-declarations-train.csv");
            Path testFile = DATA.resolve("kcs-synthetic-declarations-valid.csv");
            if (!Files.isReadable(trainFile) || !Files.isReadable(testFile)) {
                out.println("bench risk needs " + trainFile + " and " + testFile + " (the shared KCS dataset)");
                return DATA_ERROR;
            }
            List<InspectedDeclaration> training = DeclarationCsv.read(trainFile, LocalDate.now());
            List<Declaration> traffic = DeclarationCsv.read(testFile, LocalDate.now()).stream()
                    .map(InspectedDeclaration::declaration).toList();
            RiskModelTrainer trainer = new RiskModelTrainer(training, TrainingSettings.DEFAULTS);
            ComplianceHistory history = new ComplianceHistory();
            history.recordAll(training);
            RiskModel model = trainer.train("fraud-bench", Target.FRAUD, Instant.now());
            RiskScorer scorer = new RiskScorer(model, history);
            Map<String, OfficeProfile> profiles = traffic.stream().map(Declaration::office).distinct()
                    .collect(Collectors.toMap(Function.identity(), OfficeProfile::standard));
            Map<String, double[]> byOffice = new HashMap<>();
            double[] scores = scorer.scores(traffic);
            for (String office : profiles.keySet()) {
                byOffice.put(office, IntStream.range(0, traffic.size())
                        .filter(i -> traffic.get(i).office().equals(office)).mapToDouble(i -> scores[i]).toArray());
            }
            SelectivityEngine engine = new SelectivityEngine(CriteriaSet.defaults(), EmissionReference.NONE,
                    new RandomSelection("risk-speed-benchmark-key".getBytes(StandardCharsets.UTF_8)),
                    OfficeSelectivity.calibrate(profiles, byOffice, scores, 200),
                    importer -> TraderStatus.NONE, TrustDiscount.STANDARD);
            List<List<Declaration>> batches = new ArrayList<>();
            for (int from = 0; from + BATCH <= traffic.size(); from += BATCH) {
                batches.add(traffic.subList(from, from + BATCH));
            }
            Map<Lane, Long> lanes = new EnumMap<>(Lane.class);
            engine.decideAll(traffic, scorer, 3).forEach(d -> lanes.merge(d.lane(), 1L, Long::sum));
            out.printf(Locale.ROOT, "lanes on %d declarations of 2021 Q1: %s%n", traffic.size(), lanes);
            ExecutorService workers = Executors.newFixedThreadPool(2);
            try {
                out.printf(Locale.ROOT, "warm-up, %d passes each: %.0f declarations/s without and %.0f with explanations%n",
                        WARM_UP_ROUNDS, throughput(workers, batches, engine, scorer, 0, WARM_UP_ROUNDS),
                        throughput(workers, batches, engine, scorer, 3, WARM_UP_ROUNDS));
                double scoresOnly = throughput(workers, batches, engine, scorer, 0, ROUNDS);
                out.printf(Locale.ROOT, "rules, features, model score and random draw: %.0f declarations/s%n", scoresOnly);
                double explained = throughput(workers, batches, engine, scorer, 3, ROUNDS);
                out.printf(Locale.ROOT, "the same plus path explanations of the RED and YELLOW lanes: %.0f declarations/s%n",
                        explained);
                sideBySide(out, model, history, traffic);
                RestLatency.Result rest = RestLatency.measure(out);
                out.printf(Locale.ROOT, "RESULT name=risk_speed decl_per_s=%.0f p99_ms=%.1f%n", explained, rest.p99());
            } finally {
                workers.shutdownNow();
            }
            return 0;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = {"Train the fraud and critical-fraud models on a training csv (Korea Customs Service dataset "
                    + "layout) and evaluate them out of time on a later test csv.",
                    "Prints Precision@n % and Recall@n % (n = 1, 2, 5, 10) and AUC; the last line is "
                            + "'RESULT name=risk precision_at_5=<x> precision_at_10=<y>' (Fraud)."})
    static final class Evaluate implements Callable<Integer> {

        @Option(names = "--train", required = true, paramLabel = "<csv>", description = "Training declarations.")
        Path train;

        @Option(names = "--test", required = true, paramLabel = "<csv>",
                description = "Test declarations, all dated after the training ones.")
        Path test;

        @Option(names = "--label-delay-days", paramLabel = "<days>", defaultValue = "1",
                description = "Days after its clearance date before a test declaration's result may feed the "
                        + "history features of later test declarations (default: ${DEFAULT-VALUE}).")
        int labelDelayDays;

        @Option(names = "--frozen-history",
                description = "Never use test results: score the whole test period from the training history.")
        boolean frozen;

        @Option(names = "--threads", paramLabel = "<n>", defaultValue = "1",
                description = "Native threads for training and scoring (default: ${DEFAULT-VALUE}).")
        int threads;

        @Override
        public Integer call() throws IOException {
            quietNativeLoader();
            for (Path file : List.of(train, test)) {
                if (!Files.isReadable(file)) {
                    System.err.println("greenlane: cannot read " + file.toAbsolutePath());
                    return Greenlane.USAGE_ERROR;
                }
            }
            LabelDelay testLabels;
            TrainingSettings settings;
            try {
                testLabels = frozen ? LabelDelay.NEVER : LabelDelay.afterDays(labelDelayDays);
                TrainingSettings d = TrainingSettings.DEFAULTS;
                settings = new TrainingSettings(d.iterations(), d.learningRate(), d.leaves(), d.minDataInLeaf(),
                        d.featureFraction(), d.baggingFraction(), d.l2(), d.warmUpDays(),
                        frozen ? d.labelDelay() : testLabels, threads, d.seed());
            } catch (IllegalArgumentException wrong) {
                System.err.println("greenlane: " + wrong.getMessage());
                return Greenlane.USAGE_ERROR;
            }
            List<InspectedDeclaration> training;
            List<InspectedDeclaration> testing;
            try {
                training = DeclarationCsv.read(train, LocalDate.now());
                testing = DeclarationCsv.read(test, LocalDate.now());
            } catch (DeclarationFileException refused) {
                System.err.println("greenlane: " + refused.getMessage());
                return DATA_ERROR;
            }
            long started = System.nanoTime();
            RiskEvaluation.Result result;
            try {
                result = RiskEvaluation.run(training, testing, test.getFileName().toString(), settings, testLabels,
                        Instant.now());
            } catch (IllegalArgumentException wrong) {
                System.err.println("greenlane: " + wrong.getMessage());
                return DATA_ERROR;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            EvaluationReport report = result.report();
            System.out.printf(Locale.ROOT, "train: %s, %d declarations %s..%s (history features replayed day by day, "
                            + "results known %s after clearance)%n", train, training.size(),
                    result.fraudModel().version().trainingFrom(), result.fraudModel().version().trainingTo(), settings.labelDelay());
            System.out.printf(Locale.ROOT, "test:  %s, %d declarations %s..%s, test results feed the history: %s%n",
                    test, testing.size(), report.from(), report.to(),
                    testLabels.never() ? "never (frozen history)" : testLabels + " after clearance");
            System.out.printf(Locale.ROOT, "model: LightGBM %s%n", new TreeMap<>(result.fraudModel().version().settings()));
            System.out.printf(Locale.ROOT, "%-15s %6s %6s %7s %7s %7s %7s %7s %7s %7s %7s %7s%n", "label", "rows",
                    "pos", "P@1%", "P@2%", "P@5%", "P@10%", "R@1%", "R@2%", "R@5%", "R@10%", "AUC");
            print(report.fraud());
            print(report.criticalFraud());
            System.out.printf(Locale.ROOT, "Paper baselines (Fraud, P@5%% / P@10%%, on the withheld 2021 Q2 split): "
                    + "LightGBM 0.762 / 0.641, XGBoost 0.675 / 0.579%n");
            System.out.printf(Locale.ROOT, "time: %.1f s to build features, train both models and score%n", seconds);
            System.out.printf(Locale.ROOT, "RESULT name=risk precision_at_5=%.4f precision_at_10=%.4f%n",
                    report.fraud().precisionAt().get(5), report.fraud().precisionAt().get(10));
            return 0;
        }

        /** lightgbm4j logs every step of extracting its native library at INFO; the report is what matters here. */
        static void quietNativeLoader() {
            if (LoggerFactory.getLogger("io.github.metarank") instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.WARN);
            }
        }

        private static void print(RankingReport report) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-15s %6d %6d", report.label(),
                    report.rows(), report.positives()));
            for (int rate : RankingReport.RATES) {
                line.append(String.format(Locale.ROOT, " %7.4f", report.precisionAt().get(rate)));
            }
            for (int rate : RankingReport.RATES) {
                line.append(String.format(Locale.ROOT, " %7.4f", report.recallAt().get(rate)));
            }
            line.append(report.auc() == null ? "      na" : String.format(Locale.ROOT, " %7.4f", report.auc()));
            System.out.println(line);
        }
    }
}
