package org.greenlane.server.customs;

import org.greenlane.core.customs.DeclarationCsv;
import org.greenlane.core.customs.selectivity.Lane;
import org.greenlane.server.platform.identity.Organisation;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.imports.DatasetImporter;
import org.greenlane.server.platform.imports.ImportReport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code ./greenlane import customs-offices <file>}: offices and their selectivity targets, csv with
 * {@code code,name,authority,expectedRed,expectedYellow,expectedBlue,minimumRandom,randomLane}, where
 * authority is the name of a customs-authority organisation. New codes are added, known ones updated.
 */
@Component
class OfficesImporter implements DatasetImporter {

    private static final List<String> HEADER = List.of("code", "name", "authority", "expectedRed", "expectedYellow",
            "expectedBlue", "minimumRandom", "randomLane");

    private final Offices offices;
    private final Organisations organisations;
    private final TransactionTemplate transactions;
    private final Selectivity selectivity;

    OfficesImporter(Offices offices, Organisations organisations, TransactionTemplate transactions, Selectivity selectivity) {
        this.offices = offices;
        this.organisations = organisations;
        this.transactions = transactions;
        this.selectivity = selectivity;
    }

    @Override
    public String name() {
        return "customs-offices";
    }

    @Override
    public String description() {
        return "Customs offices with expected lane rates (code,name,authority,expectedRed,...,randomLane)";
    }

    private record Row(String code, UUID authority, OfficeRates rates) {
    }

    @Override
    public ImportReport importFile(Path file) {
        List<String> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !DeclarationCsv.split(header.replace("\uFEFF", "")).equals(HEADER)) {
                return new ImportReport(name(), file.getFileName().toString(), 0,
                        List.of("line 1: header must be " + String.join(",", HEADER)));
            }
            long number = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) {
                    row(number, line, problems).ifPresent(rows::add);
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add("the file holds no offices");
        }
        if (!problems.isEmpty()) {
            return new ImportReport(name(), file.getFileName().toString(), 0, problems);
        }
        transactions.executeWithoutResult(status -> rows.forEach(row -> {
            Optional<Office> known = offices.find(row.code());
            if (known.isEmpty()) {
                offices.add(row.authority(), row.code(), row.rates(), "import");
            } else {
                offices.change(row.authority(), row.code(), known.get().version(), row.rates(), "import");
            }
        }));
        rows.stream().map(Row::authority).distinct().forEach(selectivity::changed);
        return new ImportReport(name(), file.getFileName().toString(), rows.size(), List.of());
    }

    private Optional<Row> row(long number, String line, List<String> problems) {
        int before = problems.size();
        List<String> fields;
        try {
            fields = DeclarationCsv.split(line);
        } catch (IllegalArgumentException malformed) {
            problems.add("line " + number + ": " + malformed.getMessage());
            return Optional.empty();
        }
        if (fields.size() != HEADER.size()) {
            problems.add("line " + number + ": expected " + HEADER.size() + " fields, found " + fields.size());
            return Optional.empty();
        }
        String code = fields.get(0).strip();
        if (!code.matches("[A-Za-z0-9._-]{1,20}")) {
            problems.add("line " + number + ", column 'code': '" + code + "' must be 1 to 20 letters, digits or . _ -");
        }
        Optional<Organisation> authority = organisations.findByName(fields.get(2).strip())
                .filter(o -> o.kind() == OrganisationKind.CUSTOMS_AUTHORITY);
        if (authority.isEmpty()) {
            problems.add("line " + number + ", column 'authority': '" + fields.get(2).strip()
                    + "' is not a customs authority registered in Greenlane");
        }
        double[] rates = new double[4];
        for (int k = 0; k < 4; k++) {
            try {
                rates[k] = Double.parseDouble(fields.get(3 + k).strip());
            } catch (NumberFormatException notNumber) {
                problems.add("line " + number + ", column '" + HEADER.get(3 + k) + "': '" + fields.get(3 + k).strip()
                        + "' is not a number");
            }
        }
        Lane lane = null;
        try {
            lane = Lane.valueOf(fields.get(7).strip());
        } catch (IllegalArgumentException unknown) {
            problems.add("line " + number + ", column 'randomLane': must be RED or YELLOW");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Optional<Office> known = offices.find(code);
        if (known.isPresent() && !known.get().authorityId().equals(authority.get().id())) {
            problems.add("line " + number + ", column 'code': office " + code + " belongs to another authority");
            return Optional.empty();
        }
        OfficeRates draft = new OfficeRates(fields.get(1).strip(), rates[0], rates[1], rates[2], rates[3], lane);
        try {
            return Optional.of(new Row(code, authority.get().id(), draft.checked(code)));
        } catch (org.greenlane.server.platform.api.InvalidInput wrong) {
            problems.add("line " + number + ", column '" + wrong.errors().get(0).field() + "': " + wrong.errors().get(0).message());
            return Optional.empty();
        }
    }
}
