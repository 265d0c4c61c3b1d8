package org.greenlane.server.customs;

import org.greenlane.core.customs.DeclarationCsv;
import org.greenlane.server.platform.imports.DatasetImporter;
import org.greenlane.server.platform.imports.ImportReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ./greenlane import hs-2022 <file>} (and {@code hs-2017}): an HS nomenclature in the layout
 * of the datasets/harmonized-system package (UN Comtrade): {@code section,hscode,description,parent,level}.
 * Replaces the edition as a whole, in one transaction; any bad row refuses the file.
 */
class HsNomenclatureImporter implements DatasetImporter {

    private static final List<String> HEADER = List.of("section", "hscode", "description", "parent", "level");

    private final HsNomenclature.Edition edition;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final HsNomenclature nomenclature;

    HsNomenclatureImporter(HsNomenclature.Edition edition, JdbcClient jdbc, TransactionTemplate transactions,
                           HsNomenclature nomenclature) {
        this.edition = edition;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.nomenclature = nomenclature;
    }

    @Override
    public String name() {
        return edition == HsNomenclature.Edition.HS2022 ? "hs-2022" : "hs-2017";
    }

    @Override
    public String description() {
        return edition.label + " nomenclature (section,hscode,description,parent,level) to check declared HS codes";
    }

    @Override
    public ImportReport importFile(Path file) {
        List<String> problems = new ArrayList<>();
        List<String[]> codes = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = lines.readLine();
            if (header == null || !DeclarationCsv.split(header.replace("\uFEFF", "")).equals(HEADER)) {
                return new ImportReport(name(), edition.label, 0, List.of("line 1: header must be " + String.join(",", HEADER)));
            }
            Set<String> seen = new HashSet<>();
            long number = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields;
                try {
                    fields = DeclarationCsv.split(line);
                } catch (IllegalArgumentException malformed) {
                    problems.add("line " + number + ": " + malformed.getMessage());
                    continue;
                }
                if (fields.size() != HEADER.size()) {
                    problems.add("line " + number + ": expected 5 fields, found " + fields.size());
                    continue;
                }
                String code = fields.get(1).strip();
                String level = fields.get(4).strip();
                if (code.equals("TOTAL")) {
                    continue;
                }
                if (!code.matches("\\d{2}|\\d{4}|\\d{6}")) {
                    problems.add("line " + number + ", column 'hscode': '" + code + "' is not a 2, 4 or 6-digit HS code");
                } else if (!level.equals(Integer.toString(code.length()))) {
                    problems.add("line " + number + ", column 'level': " + level + " does not match the "
                            + code.length() + "-digit code " + code);
                } else if (!seen.add(code)) {
                    problems.add("line " + number + ", column 'hscode': " + code + " appears twice");
                } else if (fields.get(2).isBlank()) {
                    problems.add("line " + number + ", column 'description': value is required");
                } else {
                    codes.add(new String[]{code, fields.get(2).strip()});
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        if (codes.isEmpty() && problems.isEmpty()) {
            problems.add("the file holds no HS codes");
        }
        if (!problems.isEmpty()) {
            return new ImportReport(name(), edition.label, 0, problems);
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from customs_hs_code where edition = :edition").param("edition", edition.name()).update();
            for (String[] code : codes) {
                jdbc.sql("insert into customs_hs_code (edition, code, description) values (:edition, :code, :description)")
                        .param("edition", edition.name()).param("code", code[0]).param("description", code[1]).update();
            }
        });
        nomenclature.reload(edition);
        return new ImportReport(name(), edition.label, codes.size(), List.of());
    }
}
