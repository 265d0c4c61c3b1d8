package org.greenlane.server.cbam;

import org.greenlane.server.platform.imports.DatasetImporter;
import org.greenlane.server.platform.imports.ImportReport;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code ./greenlane import cbam-benchmarks <file>}: the benchmark table in its JSON form. */
@Component
class BenchmarksImporter implements DatasetImporter {

    private final DatasetImports imports;

    BenchmarksImporter(DatasetImports imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "cbam-benchmarks";
    }

    @Override
    public String description() {
        return "CBAM benchmarks per CN code and route, Implementing Regulation (EU) 2025/2620 (JSON)";
    }

    @Override
    public ImportReport importFile(Path file) {
        try {
            return imports.benchmarks(name(), file.getFileName().toString(), Files.readAllBytes(file),
                    DatasetImports.BENCHMARKS_NAME, Optional.empty());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
