package org.greenlane.server.customs;

import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.imports.DatasetImporter;
import org.greenlane.server.platform.imports.ImportReport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code ./greenlane import customs-declarations <file>} (Greenlane's format) and
 * {@code ./greenlane import customs-kcs <file>} (the Korea Customs Service dataset layout): all or
 * nothing, every problem named by line and column. Rows with a result are history; the others are
 * decided like lodged declarations.
 */
class DeclarationsImporter implements DatasetImporter {

    private final DeclarationFile.Layout layout;
    private final DeclarationIntake intake;

    DeclarationsImporter(DeclarationFile.Layout layout, DeclarationIntake intake) {
        this.layout = layout;
        this.intake = intake;
    }

    @Override
    public String name() {
        return layout == DeclarationFile.Layout.KCS ? "customs-kcs" : "customs-declarations";
    }

    @Override
    public String description() {
        return layout == DeclarationFile.Layout.KCS
                ? "Inspected declarations in the Korea Customs Service dataset layout (history for risk models)"
                : "Customs declarations in Greenlane's csv format (docs/customs-declaration-format.md)";
    }

    @Override
    public ImportReport importFile(Path file) {
        DeclarationFile.Rows rows;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = DeclarationFile.read(in, layout);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        if (!rows.problems().isEmpty()) {
            return new ImportReport(name(), file.getFileName().toString(), 0, rows.problems());
        }
        try {
            int imported = intake.importRows(rows.drafts(), rows.results(), rows.inspected(), i -> i + "|",
                    "IMPORT", Instant.now());
            return new ImportReport(name(), file.getFileName().toString(), imported, List.of());
        } catch (InvalidInput refused) {
            return new ImportReport(name(), file.getFileName().toString(), 0, refused.errors().stream()
                    .map(problem -> {
                        if (problem.field().equals("declarations")) {
                            return "the file holds no declarations";
                        }
                        int bar = problem.field().indexOf('|');
                        long line = rows.lines().get(Integer.parseInt(problem.field().substring(0, bar)));
                        String column = layout.columns.get(problem.field().substring(bar + 1));
                        return "line " + line + ", column '" + column + "': " + problem.message();
                    }).toList());
        }
    }
}
