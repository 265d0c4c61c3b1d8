package org.greenlane.server.cbam;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.greenlane.server.platform.api.InvalidInput;
import org.springframework.validation.BindingResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the CBAM forms share: reading typed text into the API's drafts, and putting every problem beside its field. The
 * drafts are checked exactly as the API checks them (Bean Validation, then the engine through {@link CarbonBorderCosts}).
 */
final class Forms {

    private Forms() {
    }

    static boolean blank(String... values) {
        return Arrays.stream(values).allMatch(v -> v == null || v.isBlank());
    }

    /** Text as typed, stripped; blank is absent. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A code (CN, country, currency) with the spaces and dots people type in them removed, in capitals. */
    static String code(String value) {
        return value == null || value.isBlank() ? null : value.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** Reads numbers, dates and choices, collecting what does not parse as a problem of its field. */
    static final class Reader {
        private final List<InvalidInput.FieldProblem> problems;

        Reader(List<InvalidInput.FieldProblem> problems) {
            this.problems = problems;
        }

        BigDecimal number(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(value.strip().replace(",", ""));
            } catch (NumberFormatException notANumber) {
                problems.add(new InvalidInput.FieldProblem(field, "'" + value.strip() + "' is not a number"));
                return null;
            }
        }

        LocalDate date(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException notADate) {
                problems.add(new InvalidInput.FieldProblem(field, "'" + value.strip() + "' is not a date (YYYY-MM-DD)"));
                return null;
            }
        }

        <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip());
            } catch (IllegalArgumentException unknown) {
                problems.add(new InvalidInput.FieldProblem(field, "'" + value.strip() + "' is not one of " + Arrays.toString(type.getEnumConstants())));
                return null;
            }
        }
    }

    /**
     * Adds the Bean Validation problems of a draft, by field path as the API names them, except on fields whose text
     * did not parse (their "must not be null" would only repeat that).
     */
    static void validate(Validator validator, Object draft, List<InvalidInput.FieldProblem> problems) {
        Set<String> unreadable = problems.stream().map(InvalidInput.FieldProblem::field).collect(Collectors.toSet());
        validator.validate(draft).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .filter(v -> !unreadable.contains(v.getPropertyPath().toString()))
                .forEach(v -> problems.add(new InvalidInput.FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
    }

    /**
     * Puts each problem beside its form field, or, where the path names a row or section rather than a field
     * ({@code processes[0].boundary}), on the nearest enclosing element the form has, else at the top of the form.
     */
    static void reject(BindingResult errors, List<InvalidInput.FieldProblem> problems) {
        for (InvalidInput.FieldProblem problem : problems) {
            String path = problem.field();
            boolean placed = false;
            while (!placed && !path.isEmpty()) {
                try {
                    if (errors.getFieldType(path) == null) {
                        throw new IllegalArgumentException(path);
                    }
                    errors.rejectValue(path, "invalid", problem.message());
                    placed = true;
                } catch (RuntimeException notAFormField) {
                    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
                    path = cut < 0 ? "" : path.substring(0, cut);
                }
            }
            if (!placed) {
                errors.reject("invalid", problem.field() + ": " + problem.message());
            }
        }
    }
}
