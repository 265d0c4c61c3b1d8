package org.greenlane.server.cbam;

import org.greenlane.server.platform.imports.DatasetImporter;
import org.greenlane.server.platform.imports.ImportReport;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code ./greenlane import cbam-defaults <file>}: the Commission's default-value table in csv form. */
@Component
class DefaultValuesImporter implements DatasetImporter {

    private final DatasetImports imports;

    DefaultValuesImporter(DatasetImports imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "cbam-defaults";
    }

    @Override
    public String description() {
        return "CBAM default values per country and CN code, Implementing Regulation (EU) 2025/2621 (csv)";
    }

    @Override
    public ImportReport importFile(Path file) {
        try {
            return imports.defaultValues(name(), file.getFileName().toString(), Files.readAllBytes(file),
                    DatasetImports.DEFAULT_VALUES_NAME, Optional.empty());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
