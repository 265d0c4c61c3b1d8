package org.greenlane.server.launcher;

import org.greenlane.server.platform.imports.DatasetImporter;
import org.greenlane.server.platform.imports.ImportReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Loads an official dataset into the platform's database (embedded under ./var, or external when
 * GREENLANE_DB_URL is set). Each capability contributes its importers.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a dataset file, all or nothing: import <dataset> <file>.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<dataset>", description = "Name of the dataset (an unknown name lists the known ones).")
    String dataset;

    @Parameters(index = "1", paramLabel = "<file>", description = "The file to import.")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isReadable(file)) {
            System.err.println("greenlane: cannot read " + file.toAbsolutePath());
            return Greenlane.USAGE_ERROR;
        }
        LaunchSettings settings = Preflight.databaseForTool(LaunchSettings.from(System.getenv()));
        try (ConfigurableApplicationContext context = ServerRun.tool(settings, Map.of("logging.level.root", "WARN"))) {
            List<DatasetImporter> importers = context.getBeansOfType(DatasetImporter.class).values().stream()
                    .sorted(Comparator.comparing(DatasetImporter::name)).toList();
            DatasetImporter importer = importers.stream().filter(candidate -> candidate.name().equals(dataset))
                    .findFirst().orElse(null);
            if (importer == null) {
                System.err.println("greenlane: unknown dataset '" + dataset + "'. " + known(importers));
                return Greenlane.USAGE_ERROR;
            }
            ImportReport report = importer.importFile(file);
            System.out.println(report.summary());
            return report.rejected().isEmpty() ? 0 : 1;
        }
    }

    static String known(List<DatasetImporter> importers) {
        if (importers.isEmpty()) {
            return "This build has no dataset importers yet.";
        }
        return "Known datasets:" + importers.stream()
                .map(importer -> String.format("%n  %-20s %s", importer.name(), importer.description()))
                .collect(Collectors.joining());
    }
}
