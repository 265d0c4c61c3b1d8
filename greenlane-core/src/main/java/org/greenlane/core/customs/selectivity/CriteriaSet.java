package org.greenlane.core.customs.selectivity;

import org.greenlane.core.customs.Declaration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A versioned set of risk criteria, kept as text so that a risk analyst edits data, not code:
 * <pre>
 * criteria-set 2025.1 effective 2025-01-01
 * # id | lane | condition | description
 * WASTE-7204 | YELLOW | hs:7204 | Ferrous waste and scrap (HS 7204)
 * </pre>
 * Every decision records the set version and the ids of the criteria that fired.
 */
public record CriteriaSet(String version, LocalDate effectiveFrom, List<RiskCriterion> criteria) {

    private static final String DEFAULT_RESOURCE = "/org/greenlane/core/customs/default-criteria.txt";

    public CriteriaSet {
        if (version == null || !version.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("criteria set version must be letters, digits, '.', '_' or '-', was '" + version + "'");
        }
        Objects.requireNonNull(effectiveFrom, () -> "criteria set " + version + ": effective date is required");
        criteria = List.copyOf(criteria);
        Set<String> ids = new HashSet<>();
        for (RiskCriterion criterion : criteria) {
            if (!ids.add(criterion.id())) {
                throw new IllegalArgumentException("criteria set " + version + ": criterion id " + criterion.id() + " appears twice");
            }
        }
    }

    /** The criteria that match the declaration, in set order. */
    public List<RiskCriterion> fired(Declaration declaration, EmissionReference reference) {
        List<RiskCriterion> fired = new ArrayList<>(2);
        for (RiskCriterion criterion : criteria) {
            if (criterion.condition().matches(declaration, reference)) {
                fired.add(criterion);
            }
        }
        return fired;
    }

    /** A new version of the set with one more criterion. */
    public CriteriaSet with(String newVersion, LocalDate newEffectiveFrom, RiskCriterion criterion) {
        List<RiskCriterion> next = new ArrayList<>(criteria);
        next.add(criterion);
        return new CriteriaSet(newVersion, newEffectiveFrom, next);
    }

    /** The text form, which {@link #parse} reads back to an equal set. */
    public String format() {
        StringBuilder text = new StringBuilder("criteria-set " + version + " effective " + effectiveFrom + "\n");
        for (RiskCriterion criterion : criteria) {
            text.append(criterion.id()).append(" | ").append(criterion.lane()).append(" | ")
                    .append(criterion.condition()).append(" | ").append(criterion.description()).append('\n');
        }
        return text.toString();
    }

    /**
     * Parses the text form; blank lines and lines starting with '#' are ignored.
     *
     * @throws IllegalArgumentException naming the line and what is wrong with it
     */
    public static CriteriaSet parse(String text) {
        String[] lines = text.split("\r?\n", -1);
        String version = null;
        LocalDate effective = null;
        List<RiskCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (version == null) {
                    String[] words = line.split("\\s+");
                    if (words.length != 4 || !words[0].equals("criteria-set") || !words[2].equals("effective")) {
                        throw new IllegalArgumentException("expected 'criteria-set <version> effective <yyyy-mm-dd>'");
                    }
                    version = words[1];
                    effective = LocalDate.parse(words[3]);
                    continue;
                }
                String[] fields = line.split("\\|", -1);
                if (fields.length != 4) {
                    throw new IllegalArgumentException("expected 'id | lane | condition | description', found "
                            + fields.length + " field(s)");
                }
                Lane lane;
                try {
                    lane = Lane.valueOf(fields[1].strip());
                } catch (IllegalArgumentException unknown) {
                    throw new IllegalArgumentException("lane must be RED, YELLOW or BLUE, was '" + fields[1].strip() + "'");
                }
                criteria.add(new RiskCriterion(fields[0].strip(), lane, Condition.parse(fields[2]), fields[3].strip()));
            } catch (IllegalArgumentException | DateTimeParseException wrong) {
                throw new IllegalArgumentException("criteria line " + (i + 1) + ": " + wrong.getMessage(), wrong);
            }
        }
        if (version == null) {
            throw new IllegalArgumentException("criteria text has no 'criteria-set <version> effective <date>' line");
        }
        return new CriteriaSet(version, effective, criteria);
    }

    /**
     * The criteria Greenlane ships: waste and recycled-material headings, CBAM goods without verified
     * emissions, implausibly low declared emission intensity. Each line cites its HS heading.
     */
    public static CriteriaSet defaults() {
        try (InputStream in = CriteriaSet.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw new UncheckedIOException("could not read " + DEFAULT_RESOURCE, failed);
        }
    }
}
