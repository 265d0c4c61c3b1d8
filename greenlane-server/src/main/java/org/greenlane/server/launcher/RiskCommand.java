package org.greenlane.server.launcher;

import org.greenlane.core.customs.DeclarationCsv;
import org.greenlane.core.customs.DeclarationFileException;
import org.greenlane.core.customs.InspectedDeclaration;
import org.greenlane.core.customs.model.EvaluationReport;
import org.greenlane.core.customs.model.LabelDelay;
import org.greenlane.core.customs.model.RankingReport;
import org.greenlane.core.customs.model.RiskEvaluation;
import org.greenlane.core.customs.model.TrainingSettings;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** Customs risk engine tools: {@code ./greenlane risk evaluate --train <csv> --test <csv>}. */
@Command(name = "risk", mixinStandardHelpOptions = true,
        description = "Customs risk engine tools.",
        subcommands = {RiskCommand.Evaluate.class})
final class RiskCommand implements Runnable {

    /** BSD sysexits EX_DATAERR: an input file is wrong. */
    static final int DATA_ERROR = 65;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
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
                    result.fraudModel().trainingFrom(), result.fraudModel().trainingTo(), settings.labelDelay());
            System.out.printf(Locale.ROOT, "test:  %s, %d declarations %s..%s, test results feed the history: %s%n",
                    test, testing.size(), report.from(), report.to(),
                    testLabels.never() ? "never (frozen history)" : testLabels + " after clearance");
            System.out.printf(Locale.ROOT, "model: LightGBM %s%n", new TreeMap<>(result.fraudModel().settings()));
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
