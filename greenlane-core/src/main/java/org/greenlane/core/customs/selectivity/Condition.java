package org.greenlane.core.customs.selectivity;

import org.greenlane.core.customs.Declaration;
import org.greenlane.core.customs.EmissionClaim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a risk criterion tests. Conditions are data (see {@link CriteriaSet#parse}); their text
 * form is {@link #toString()}, which parses back to an equal condition.
 */
public sealed interface Condition {

    boolean matches(Declaration declaration, EmissionReference reference);

    /**
     * HS codes from {@code first} to {@code last} inclusive, compared on as many digits as they have
     * (2 = chapters, 4 = headings, 6 = subheadings): "2618-2621" covers headings 2618 to 2621.
     */
    record HsRange(String first, String last) implements Condition {
        public HsRange {
            if (first == null || !first.matches("\\d{2,10}") || last == null || !last.matches("\\d{2,10}")) {
                throw new IllegalArgumentException("HS range bounds must be 2 to 10 digits, were '" + first + "' and '" + last + "'");
            }
            if (first.length() != last.length()) {
                throw new IllegalArgumentException("HS range " + first + "-" + last + " must have bounds of the same length");
            }
            if (first.compareTo(last) > 0) {
                throw new IllegalArgumentException("HS range " + first + "-" + last + " ends before it starts");
            }
        }

        @Override
        public boolean matches(Declaration declaration, EmissionReference reference) {
            String code = declaration.hsCode();
            if (code.length() < first.length()) {
                return false;
            }
            String prefix = code.substring(0, first.length());
            return prefix.compareTo(first) >= 0 && prefix.compareTo(last) <= 0;
        }

        @Override
        public String toString() {
            return "hs:" + (first.equals(last) ? first : first + "-" + last);
        }
    }

    /** Which declaration field a list condition reads. */
    enum Party {
        ORIGIN("origin"), DEPARTURE("departure"), IMPORTER("importer"), DECLARANT("declarant"), SELLER("seller"),
        OFFICE("office");

        private final String key;

        Party(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }

        String of(Declaration declaration) {
            return switch (this) {
                case ORIGIN -> declaration.originCountry();
                case DEPARTURE -> declaration.departureCountry();
                case IMPORTER -> declaration.importer();
                case DECLARANT -> declaration.declarant();
                case SELLER -> declaration.seller();
                case OFFICE -> declaration.office();
            };
        }
    }

    /** The field is one of the listed codes (a watch list of enterprises, declarants, countries...). */
    record Listed(Party party, Set<String> codes) implements Condition {
        public Listed {
            codes = Set.copyOf(codes);
            if (codes.isEmpty() || codes.stream().anyMatch(code -> code.isBlank() || code.contains(",")
                    || code.contains("&") || code.contains("|"))) {
                throw new IllegalArgumentException(party.key() + " list must hold non-blank codes without ',', '&' or '|': " + codes);
            }
        }

        @Override
        public boolean matches(Declaration declaration, EmissionReference reference) {
            return codes.contains(party.of(declaration));
        }

        @Override
        public String toString() {
            return party.key() + ":" + codes.stream().sorted().collect(Collectors.joining(","));
        }
    }

    /** CBAM goods (Regulation (EU) 2023/956, Annex I) declared without verified embedded emissions. */
    record CbamWithoutVerifiedEmissions() implements Condition {
        @Override
        public boolean matches(Declaration declaration, EmissionReference reference) {
            return CbamGoods.covers(declaration.hsCode())
                    && declaration.emissions().map(claim -> !claim.verified()).orElse(true);
        }

        @Override
        public String toString() {
            return "cbam-unverified";
        }
    }

    /**
     * The declared emission intensity is below {@code ratio} times the reference (default value or
     * benchmark) for the goods and origin: implausibly clean, unless verified evidence says so.
     */
    record IntensityBelowReference(double ratio) implements Condition {
        public IntensityBelowReference {
            if (!(ratio > 0 && ratio < 1)) {
                throw new IllegalArgumentException("intensity ratio must be in (0, 1), was " + ratio);
            }
        }

        @Override
        public boolean matches(Declaration declaration, EmissionReference reference) {
            Optional<EmissionClaim> claim = declaration.emissions();
            if (claim.isEmpty()) {
                return false;
            }
            OptionalDouble expected = reference.intensity(declaration.hsCode(), declaration.originCountry());
            return expected.isPresent() && claim.get().intensityTco2ePerTonne() < ratio * expected.getAsDouble();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "intensity-below:%s", ratio);
        }
    }

    /** Every part matches (e.g. an HS range from a listed origin). */
    record AllOf(List<Condition> parts) implements Condition {
        public AllOf {
            parts = List.copyOf(parts);
            if (parts.size() < 2 || parts.stream().anyMatch(part -> part instanceof AllOf)) {
                throw new IllegalArgumentException("a conjunction needs two or more simple conditions, had " + parts);
            }
        }

        @Override
        public boolean matches(Declaration declaration, EmissionReference reference) {
            return parts.stream().allMatch(part -> part.matches(declaration, reference));
        }

        @Override
        public String toString() {
            return parts.stream().map(Condition::toString).collect(Collectors.joining(" & "));
        }
    }

    /**
     * Parses the text form: {@code hs:2618-2621}, {@code hs:7204}, {@code origin:CN,VN},
     * {@code departure:..}, {@code importer:..}, {@code declarant:..}, {@code seller:..},
     * {@code office:..}, {@code cbam-unverified}, {@code intensity-below:0.5}, joined by {@code &}.
     */
    static Condition parse(String text) {
        String[] parts = text.split("&");
        if (parts.length > 1) {
            return new AllOf(java.util.Arrays.stream(parts).map(Condition::parseSimple).toList());
        }
        return parseSimple(text);
    }

    private static Condition parseSimple(String raw) {
        String text = raw.strip();
        if (text.equals("cbam-unverified")) {
            return new CbamWithoutVerifiedEmissions();
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("condition '" + text + "' must be 'kind:value' or 'cbam-unverified'");
        }
        String kind = text.substring(0, colon).strip();
        String value = text.substring(colon + 1).strip();
        if (kind.equals("hs")) {
            int dash = value.indexOf('-');
            return dash < 0 ? new HsRange(value, value)
                    : new HsRange(value.substring(0, dash).strip(), value.substring(dash + 1).strip());
        }
        if (kind.equals("intensity-below")) {
            try {
                return new IntensityBelowReference(Double.parseDouble(value));
            } catch (NumberFormatException notNumber) {
                throw new IllegalArgumentException("intensity-below needs a ratio, was '" + value + "'");
            }
        }
        for (Party party : Party.values()) {
            if (party.key().equals(kind)) {
                return new Listed(party, java.util.Arrays.stream(value.split(",")).map(String::strip)
                        .collect(Collectors.toSet()));
            }
        }
        throw new IllegalArgumentException("unknown condition kind '" + kind + "' in '" + text + "'");
    }
}
