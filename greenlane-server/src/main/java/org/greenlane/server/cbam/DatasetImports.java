package org.greenlane.server.cbam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.cbam.Benchmark;
import org.greenlane.core.cbam.BenchmarkTable;
import org.greenlane.core.cbam.CnCode;
import org.greenlane.core.cbam.DataSource;
import org.greenlane.core.cbam.DefaultValueTable;
import org.greenlane.server.platform.imports.ImportReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Imports the Commission's default-value table (csv) and benchmark table (JSON) as versioned datasets, all or
 * nothing: the engine parses the whole file first (it names line and column, or entry and field, of the first
 * error) and only a file without errors is written, in one transaction.
 */
@Service
class DatasetImports {

    static final String DEFAULT_VALUES_NAME = "Commission default values, Implementing Regulation (EU) 2025/2621";
    static final String BENCHMARKS_NAME = "Commission benchmarks, Implementing Regulation (EU) 2025/2620";

    private final ReferenceData reference;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    DatasetImports(ReferenceData reference, TransactionTemplate transaction, ObjectMapper json) {
        this.reference = reference;
        this.transaction = transaction;
        this.json = json;
    }

    /** A file as users import it: the dataset is named for the regulation, versioned by file name and checksum. */
    static String fileVersion(String fileName, String sha256) {
        return fileName + " (sha256 " + sha256.substring(0, 12) + ")";
    }

    ImportReport defaultValues(String dataset, String fileName, byte[] content, String name, Optional<String> version) {
        String sha = sha256(content);
        String v = version.orElse(fileVersion(fileName, sha));
        Optional<Dataset> same = reference.withChecksum(Dataset.Kind.DEFAULT_VALUES, sha);
        if (same.isPresent()) {
            return alreadyImported(dataset, v, same.get());
        }
        DefaultValueTable table;
        try (Reader in = reader(fileName, content)) {
            table = DefaultValueTable.parse(in, new DataSource(fileName, v));
        } catch (IllegalArgumentException | IOException problem) {
            return new ImportReport(dataset, v, 0, List.of(problem.getMessage()));
        }
        Dataset stored = transaction.execute(status -> reference.addDefaultValues(name, v, fileName, sha, table));
        return new ImportReport(dataset, stored.version(), stored.rowCount(), List.of());
    }

    ImportReport benchmarks(String dataset, String fileName, byte[] content, String name, Optional<String> version) {
        String sha = sha256(content);
        String v = version.orElse(fileVersion(fileName, sha));
        Optional<Dataset> same = reference.withChecksum(Dataset.Kind.BENCHMARKS, sha);
        if (same.isPresent()) {
            return alreadyImported(dataset, v, same.get());
        }
        BenchmarkTable table;
        try (Reader in = reader(fileName, content)) {
            table = BenchmarkTable.parse(in, new DataSource(fileName, v));
        } catch (IllegalArgumentException | IOException problem) {
            return new ImportReport(dataset, v, 0, List.of(problem.getMessage()));
        }
        if (table.size() == 0) {
            return new ImportReport(dataset, v, 0, List.of(fileName + ": no benchmark entries"));
        }
        List<Benchmark> entries = new ArrayList<>();
        try {
            // the engine validated the file; its codes, in file order, find the engine's entries again
            for (JsonNode entry : json.readTree(content)) {
                entries.add(table.find(new CnCode(entry.get("cnCode").asText())).orElseThrow());
            }
        } catch (IOException unreadable) {
            return new ImportReport(dataset, v, 0, List.of(fileName + ": " + unreadable.getMessage()));
        }
        Dataset stored = transaction.execute(status -> reference.addBenchmarks(name, v, fileName, sha, entries));
        return new ImportReport(dataset, stored.version(), stored.rowCount(), List.of());
    }

    private static ImportReport alreadyImported(String dataset, String version, Dataset existing) {
        return new ImportReport(dataset, version, 0, List.of("this file was imported on " + existing.importedAt()
                + " as " + existing.name() + " " + existing.version() + "; nothing imported again"));
    }

    /** Strict UTF-8: a file in another encoding is refused rather than read with replaced characters. */
    private static Reader reader(String fileName, byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException notUtf8) {
            throw new IllegalArgumentException(fileName + ": the file is not UTF-8 text");
        }
        return new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }
}
