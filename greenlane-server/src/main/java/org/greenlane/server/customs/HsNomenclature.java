package org.greenlane.server.customs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks HS codes against the edition of the Harmonized System in force on the declaration's date
 * (HS 2017 from 2017-01-01, HS 2022 from 2022-01-01). When that edition has been imported
 * ({@code ./greenlane import hs-2022 <file>}) the six-digit subheading must exist in it; otherwise
 * only the chapter is checked against the 96 chapters in use (01-97 without the reserved 77), and
 * the declaration records which check it passed (decision 046).
 */
@Component
class HsNomenclature {

    /** An edition of the nomenclature and the day it entered into force. */
    enum Edition {
        HS2017(LocalDate.of(2017, 1, 1), "HS 2017"), HS2022(LocalDate.of(2022, 1, 1), "HS 2022");

        final LocalDate inForce;
        final String label;

        Edition(LocalDate inForce, String label) {
            this.inForce = inForce;
            this.label = label;
        }

        static Optional<Edition> on(LocalDate date) {
            return date.isBefore(HS2017.inForce) ? Optional.empty()
                    : Optional.of(date.isBefore(HS2022.inForce) ? HS2017 : HS2022);
        }
    }

    /** The outcome: a problem to report, or the basis of the check to record with the declaration. */
    record Verdict(String problem, String basis) {
        boolean valid() {
            return problem == null;
        }
    }

    private final JdbcClient jdbc;
    private final Map<Edition, Set<String>> subheadings = new ConcurrentHashMap<>();

    HsNomenclature(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Verdict check(String hsCode, LocalDate date) {
        String chapter = hsCode.substring(0, 2);
        Optional<Edition> edition = Edition.on(date);
        Set<String> known = edition.map(this::subheadings).orElse(Set.of());
        if (!known.isEmpty()) {
            return known.contains(hsCode.substring(0, 6))
                    ? new Verdict(null, edition.get().label + " subheading")
                    : new Verdict("HS code " + hsCode + ": subheading " + hsCode.substring(0, 6) + " does not exist in "
                    + edition.get().label + ", in force on " + date, null);
        }
        int number = Integer.parseInt(chapter);
        if (number < 1 || number > 97 || number == 77) {
            return new Verdict("HS code " + hsCode + ": chapter " + chapter + " is not a chapter of the Harmonized System"
                    + " (01-97, 77 reserved)", null);
        }
        return new Verdict(null, "HS chapter only (" + edition.map(e -> e.label).orElse("edition before HS 2017")
                + " not loaded)");
    }

    /** Forgets the cached codes of an edition after it was imported again. */
    void reload(Edition edition) {
        subheadings.remove(edition);
    }

    private Set<String> subheadings(Edition edition) {
        return subheadings.computeIfAbsent(edition, e -> jdbc.sql(
                        "select code from customs_hs_code where edition = :edition and length(code) = 6")
                .param("edition", e.name()).query(String.class).list().stream().collect(Collectors.toUnmodifiableSet()));
    }
}
