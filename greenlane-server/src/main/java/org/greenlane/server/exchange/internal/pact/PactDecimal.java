package org.greenlane.server.exchange.internal.pact;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A PACT decimal: a JSON string such as {@code "0.384"} or {@code "-1.23"} (PACT v3 sends decimals as
 * strings so no precision is lost). The text is kept as received, so a document written back is the
 * document that was read; {@link #value()} is the exact number.
 */
public record PactDecimal(String text, BigDecimal value) {

    /** The {@code Decimal} pattern of the PACT v3 OpenAPI schema. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    /** The sign rules of the schema's decimal subtypes. */
    public enum Sign {
        ANY(""), POSITIVE("greater than zero"), NOT_NEGATIVE("zero or more"), NOT_POSITIVE("zero or less");

        private final String rule;

        Sign(String rule) {
            this.rule = rule;
        }

        boolean admits(BigDecimal value) {
            return switch (this) {
                case ANY -> true;
                case POSITIVE -> value.signum() > 0;
                case NOT_NEGATIVE -> value.signum() >= 0;
                case NOT_POSITIVE -> value.signum() <= 0;
            };
        }

        String rule() {
            return rule;
        }
    }

    public static PactDecimal parse(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a decimal string such as \"12.5\"");
        }
        return new PactDecimal(text, new BigDecimal(text));
    }

    public static PactDecimal of(BigDecimal value) {
        return new PactDecimal(value.toPlainString(), value);
    }

    @Override
    public String toString() {
        return text;
    }
}
