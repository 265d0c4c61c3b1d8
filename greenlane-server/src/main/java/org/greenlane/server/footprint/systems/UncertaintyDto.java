package org.greenlane.server.footprint.systems;

import io.swagger.v3.oas.annotations.media.Schema;
import org.greenlane.core.footprint.quality.Uncertainty;
import org.greenlane.server.platform.api.InvalidInput;

import java.util.Locale;

/**
 * The distribution of an uncertain amount, in the amount's own unit: NORMAL (mean, standardDeviation), LOGNORMAL
 * (geometricMean, geometricStandardDeviation &gt;= 1), TRIANGULAR (min, mode, max) or UNIFORM (min, max).
 */
@Schema(description = "Distribution of an amount for Monte Carlo, in the amount's unit")
public record UncertaintyDto(String distribution, Double mean, Double standardDeviation, Double geometricMean,
                             Double geometricStandardDeviation, Double min, Double mode, Double max) {

    public static UncertaintyDto of(Uncertainty u) {
        if (u == null) {
            return null;
        }
        if (u instanceof Uncertainty.Normal n) {
            return new UncertaintyDto("NORMAL", n.mean(), n.standardDeviation(), null, null, null, null, null);
        }
        if (u instanceof Uncertainty.LogNormal l) {
            return new UncertaintyDto("LOGNORMAL", null, null, l.geometricMean(), l.geometricStandardDeviation(),
                    null, null, null);
        }
        if (u instanceof Uncertainty.Triangular t) {
            return new UncertaintyDto("TRIANGULAR", null, null, null, null, t.min(), t.mode(), t.max());
        }
        Uncertainty.Uniform un = (Uncertainty.Uniform) u;
        return new UncertaintyDto("UNIFORM", null, null, null, null, un.min(), null, un.max());
    }

    /** The engine's distribution; every problem names {@code field}. */
    public Uncertainty toEngine(String field) {
        String kind = distribution == null ? "" : distribution.strip().toUpperCase(Locale.ROOT);
        try {
            return switch (kind) {
                case "NORMAL" -> new Uncertainty.Normal(need(mean, field, "mean"),
                        need(standardDeviation, field, "standardDeviation"));
                case "LOGNORMAL" -> new Uncertainty.LogNormal(need(geometricMean, field, "geometricMean"),
                        need(geometricStandardDeviation, field, "geometricStandardDeviation"));
                case "TRIANGULAR" -> new Uncertainty.Triangular(need(min, field, "min"), need(mode, field, "mode"),
                        need(max, field, "max"));
                case "UNIFORM" -> new Uncertainty.Uniform(need(min, field, "min"), need(max, field, "max"));
                default -> throw new InvalidInput(field + ".distribution",
                        "must be NORMAL, LOGNORMAL, TRIANGULAR or UNIFORM, was '" + distribution + "'");
            };
        } catch (InvalidInput invalid) {
            throw invalid;
        } catch (IllegalArgumentException rule) {
            throw new InvalidInput(field, rule.getMessage());
        }
    }

    private static double need(Double value, String field, String name) {
        if (value == null) {
            throw new InvalidInput(field + "." + name, "is required for this distribution");
        }
        return value;
    }
}
