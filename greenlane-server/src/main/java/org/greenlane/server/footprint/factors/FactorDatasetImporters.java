package org.greenlane.server.footprint.factors;

import org.greenlane.server.platform.imports.DatasetImporter;
import org.greenlane.server.platform.imports.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code ./greenlane import} datasets of the footprint capability. Each reads the whole file first; a file with
 * any problem is reported row by row and nothing is stored. A good file is stored in one transaction as
 * platform-wide reference data.
 */
@Configuration(proxyBeanMethods = false)
class FactorDatasetImporters {

    private static final Logger log = LoggerFactory.getLogger(FactorDatasetImporters.class);

    @Bean
    DatasetImporter desnzImporter(FactorDatasets datasets) {
        return new Importer("desnz-ghg-factors",
                "UK Government GHG conversion factors (DESNZ), flat-file .xlsx or its long .csv",
                datasets, DesnzConversionFactors::read);
    }

    @Bean
    DatasetImporter oefdbImporter(FactorDatasets datasets) {
        return new Importer("oefdb", "Climatiq Open Emission Factors Database, .csv", datasets,
                OpenEmissionFactors::read);
    }

    @Bean
    DatasetImporter factorCsvImporter(FactorDatasets datasets) {
        return new Importer("emission-factors-csv",
                "emission factors in Greenlane's documented csv (docs/footprint-factor-csv.md)", datasets,
                file -> FactorCsv.read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString()));
    }

    interface Reader {
        DatasetRead read(Path file) throws IOException;
    }

    record Importer(String name, String description, FactorDatasets datasets, Reader reader)
            implements DatasetImporter {

        @Override
        public ImportReport importFile(Path file) {
            DatasetRead read;
            try {
                read = reader.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            if (!read.ok()) {
                return new ImportReport(name, "", 0, read.problems());
            }
            DatasetContent content = read.content();
            try {
                FactorDatasetRecord stored = datasets.store(null, content, false);
                content.notes().stream().filter(note -> note.contains("left out"))
                        .forEach(note -> log.warn("{}: {}", content.reference(), note));
                return new ImportReport(stored.key(), stored.version(), stored.factorCount(), List.of());
            } catch (FactorDatasets.DuplicateDataset duplicate) {
                return new ImportReport(name, content.version(), 0, List.of(duplicate.getMessage()));
            }
        }
    }
}
