package org.greenlane.server.verification;

import org.greenlane.server.platform.api.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a verification body's administrator enters about it. Standards are those issue 5 names, in their current
 * editions; assurance levels are ISO 14064-3's limited and reasonable (decision 057).
 */
record ProfileDraft(String accreditationBody, String accreditationId, List<String> sectors, List<String> hsChapters,
                    List<String> standards, List<String> assuranceLevels) {

    static final List<String> STANDARDS = List.of("ISO 14067:2018", "ISO 14064-3:2019");
    static final List<String> LEVELS = List.of("limited", "reasonable");

    /** Trimmed, blanks dropped, duplicates removed; every problem named by field. */
    ProfileDraft validated() {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        String body = text(accreditationBody, "accreditationBody", 200, problems);
        String number = text(accreditationId, "accreditationId", 100, problems);
        List<String> sectorList = list(sectors, "sectors", 200, problems);
        List<String> chapters = list(hsChapters, "hsChapters", 2, problems);
        chapters.stream().filter(c -> !c.matches("\\d{2}")).findFirst().ifPresent(c -> problems.add(
                new InvalidInput.FieldProblem("hsChapters", "'" + c + "' is not a two-digit HS chapter (e.g. 72)")));
        List<String> standardList = choices(standards, "standards", Set.copyOf(STANDARDS), problems);
        List<String> levelList = choices(assuranceLevels, "assuranceLevels", Set.copyOf(LEVELS), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ProfileDraft(body, number, sectorList, chapters, standardList, levelList);
    }

    private static String text(String value, String field, int max, List<InvalidInput.FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidInput.FieldProblem(field, "is required"));
            return null;
        }
        if (value.strip().length() > max) {
            problems.add(new InvalidInput.FieldProblem(field, "must be at most " + max + " characters"));
        }
        return value.strip();
    }

    private static List<String> list(List<String> values, String field, int max, List<InvalidInput.FieldProblem> problems) {
        List<String> clean = values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).distinct().toList();
        if (clean.isEmpty()) {
            problems.add(new InvalidInput.FieldProblem(field, "name at least one"));
        } else if (clean.size() > 100 || clean.stream().anyMatch(v -> v.length() > max)) {
            problems.add(new InvalidInput.FieldProblem(field, "at most 100 entries of at most " + max + " characters"));
        }
        return clean;
    }

    private static List<String> choices(List<String> values, String field, Set<String> allowed,
                                        List<InvalidInput.FieldProblem> problems) {
        List<String> clean = list(values, field, 50, problems);
        clean.stream().filter(v -> !allowed.contains(v)).findFirst().ifPresent(v -> problems.add(
                new InvalidInput.FieldProblem(field, "'" + v + "' is not one of " + allowed.stream().sorted().toList())));
        return clean;
    }
}
