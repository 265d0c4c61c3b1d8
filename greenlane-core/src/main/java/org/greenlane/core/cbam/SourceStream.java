package org.greenlane.core.cbam;

import org.greenlane.core.cbam.internal.Decimals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A source of direct emissions within a production process, monitored by the calculation methods of
 * Implementing Regulation (EU) 2025/2547: combustion and process emissions (standard method), mass balance,
 * or measured emissions.
 */
public sealed interface SourceStream permits SourceStream.Combustion, SourceStream.ProcessEmissions,
        SourceStream.MassBalance, SourceStream.Measured {

    LegalBasis STANDARD_METHOD = new LegalBasis(LegalBasis.METHODOLOGY, "Annex, calculation-based methods: standard method");
    LegalBasis MASS_BALANCE = new LegalBasis(LegalBasis.METHODOLOGY, "Annex, calculation-based methods: mass balance");
    /** Ratio of the molar masses of CO2 and C used by the mass balance. */
    BigDecimal CO2_PER_CARBON = new BigDecimal("3.664");

    String name();

    /** Emissions of this stream in t CO2e (negative only for mass-balance outputs). */
    Figure emissions();

    /** Fuel burnt: Em = AD · NCV · EF · OF. */
    record Combustion(String name, BigDecimal activityData, BigDecimal netCalorificValue, BigDecimal emissionFactor,
                      BigDecimal oxidationFactor) implements SourceStream {
        public Combustion {
            requirePositive(name, "activity data", activityData);
            requirePositive(name, "net calorific value (TJ per unit)", netCalorificValue);
            requirePositive(name, "emission factor (t CO2/TJ)", emissionFactor);
            requireFraction(name, "oxidation factor", oxidationFactor);
        }

        @Override
        public Figure emissions() {
            BigDecimal em = activityData.multiply(netCalorificValue).multiply(emissionFactor).multiply(oxidationFactor);
            return Figure.derived("combustion emissions, " + name, em, "t CO2e",
                    "AD " + p(activityData) + " × NCV " + p(netCalorificValue) + " × EF " + p(emissionFactor) + " × OF " + p(oxidationFactor),
                    STANDARD_METHOD, List.of());
        }
    }

    /** Process material converted (carbonates, reducing agents): Em = AD · EF · CF. */
    record ProcessEmissions(String name, BigDecimal activityData, BigDecimal emissionFactor, BigDecimal conversionFactor)
            implements SourceStream {
        public ProcessEmissions {
            requirePositive(name, "activity data", activityData);
            requirePositive(name, "emission factor (t CO2/t)", emissionFactor);
            requireFraction(name, "conversion factor", conversionFactor);
        }

        @Override
        public Figure emissions() {
            BigDecimal em = activityData.multiply(emissionFactor).multiply(conversionFactor);
            return Figure.derived("process emissions, " + name, em, "t CO2e",
                    "AD " + p(activityData) + " × EF " + p(emissionFactor) + " × CF " + p(conversionFactor),
                    STANDARD_METHOD, List.of());
        }
    }

    /** Carbon in and out of the process: contribution = ± f · AD · CC with f = 3.664, outputs negative. */
    record MassBalance(String name, BigDecimal activityData, BigDecimal carbonContent, boolean output) implements SourceStream {
        public MassBalance {
            requirePositive(name, "activity data", activityData);
            requireFraction(name, "carbon content (t C/t)", carbonContent);
        }

        @Override
        public Figure emissions() {
            BigDecimal em = CO2_PER_CARBON.multiply(activityData).multiply(carbonContent);
            return Figure.derived("mass balance " + (output ? "output" : "input") + ", " + name, output ? em.negate() : em, "t CO2e",
                    (output ? "−" : "") + "3.664 × AD " + p(activityData) + " × CC " + p(carbonContent), MASS_BALANCE, List.of());
        }
    }

    /** Emissions determined by continuous measurement (e.g. N2O of nitric acid plants), in t CO2e. */
    record Measured(String name, BigDecimal tonnesCo2e) implements SourceStream {
        public Measured {
            requirePositive(name, "measured emissions (t CO2e)", tonnesCo2e);
        }

        @Override
        public Figure emissions() {
            return Figure.given("measured emissions, " + name, tonnesCo2e, "t CO2e",
                    new LegalBasis(LegalBasis.METHODOLOGY, "Annex, measurement-based methods"), DataSource.userInput("installation monitoring"));
        }
    }

    private static String p(BigDecimal v) {
        return Decimals.plain(v);
    }

    private static void requirePositive(String stream, String field, BigDecimal value) {
        Objects.requireNonNull(stream, "source stream name");
        if (value == null || value.signum() < 0) {
            throw new CbamInputException("source stream '" + stream + "': " + field + " must be zero or more, was " + value);
        }
    }

    private static void requireFraction(String stream, String field, BigDecimal value) {
        requirePositive(stream, field, value);
        if (value.compareTo(BigDecimal.ONE) > 0) {
            throw new CbamInputException("source stream '" + stream + "': " + field + " must be between 0 and 1, was " + value);
        }
    }
}
