package org.greenlane.server.cbam;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An installation as the operator describes it: identity, reporting period, verification, and its production
 * processes with what crosses their boundaries (Implementing Regulation (EU) 2025/2547) and the precursors they
 * consume. Stored as given; the engine checks the whole model when it is saved.
 */
public record InstallationDraft(
        @NotBlank @Size(max = 35) String identifier,
        @NotBlank @Size(max = 70) String name,
        @NotBlank @Size(max = 200) String operator,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code") String country,
        @NotBlank @Size(max = 35) String city,
        @Size(max = 300) String address,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @Valid Verification verification,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Process> processes) {

    /** The accredited verifier's opinion on the installation's emissions. */
    public record Verification(@NotBlank @Size(max = 200) String verifier, @NotBlank @Size(max = 100) String accreditationNumber,
                               @NotNull LocalDate date, @NotBlank @Size(max = 2000) String opinion) {
    }

    /** A production process: the good it makes (CN code), its route and activity level (t produced in the period). */
    public record Process(@NotBlank @Size(max = 50) String key, @NotBlank @Pattern(regexp = "\\d{8}", message = "must be an 8-digit CN code") String cnCode,
                          @Size(max = 20) String productionRoute, @NotNull BigDecimal activityLevel,
                          @NotNull @Valid Boundary boundary, @Size(max = 100) List<@Valid @NotNull Precursor> precursors,
                          @Valid CarbonPrice carbonPricePaid) {
    }

    /**
     * What crosses the process boundary, or the attributed emissions as reported by the operator's monitoring
     * ({@code reported}), not both.
     */
    public record Boundary(List<@Valid @NotNull SourceStream> sourceStreams, List<@Valid @NotNull Heat> heatImported,
                           List<@Valid @NotNull Heat> heatExported, List<@Valid @NotNull WasteGas> wasteGasImported,
                           List<@Valid @NotNull WasteGas> wasteGasExported, List<@Valid @NotNull Electricity> electricityExported,
                           List<@Valid @NotNull Electricity> electricityConsumed, @Valid Reported reported) {
        public Boundary {
            sourceStreams = orEmpty(sourceStreams);
            heatImported = orEmpty(heatImported);
            heatExported = orEmpty(heatExported);
            wasteGasImported = orEmpty(wasteGasImported);
            wasteGasExported = orEmpty(wasteGasExported);
            electricityExported = orEmpty(electricityExported);
            electricityConsumed = orEmpty(electricityConsumed);
        }

        boolean detailed() {
            return !(sourceStreams.isEmpty() && heatImported.isEmpty() && heatExported.isEmpty() && wasteGasImported.isEmpty()
                    && wasteGasExported.isEmpty() && electricityExported.isEmpty() && electricityConsumed.isEmpty());
        }
    }

    public enum StreamType { COMBUSTION, PROCESS_EMISSIONS, MASS_BALANCE, MEASURED }

    /**
     * A source stream; which numbers it needs depends on its type: combustion AD·NCV·EF·OF, process emissions AD·EF·CF,
     * mass balance ±3.664·AD·CC (output true for carbon leaving), measured t CO2e.
     */
    public record SourceStream(@NotNull StreamType type, @NotBlank @Size(max = 100) String name, BigDecimal activityData,
                               BigDecimal netCalorificValue, BigDecimal emissionFactor, BigDecimal oxidationFactor,
                               BigDecimal conversionFactor, BigDecimal carbonContent, Boolean output, BigDecimal tonnesCo2e) {
    }

    public record Heat(@NotBlank @Size(max = 100) String name, @NotNull BigDecimal terajoules, @NotNull BigDecimal emissionFactor) {
    }

    public record WasteGas(@NotBlank @Size(max = 100) String name, @NotNull BigDecimal terajoules,
                           @NotNull BigDecimal naturalGasEmissionFactor, @NotNull BigDecimal efficiencyCorrection) {
    }

    public enum FactorKind { GRID_OF_COUNTRY_OF_ORIGIN, DIRECT_TECHNICAL_LINK, POWER_PURCHASE_AGREEMENT }

    /** Electricity in MWh with the emission factor applied (t CO2e/MWh) and where the factor comes from. */
    public record Electricity(@NotBlank @Size(max = 100) String name, @NotNull BigDecimal megawattHours, @NotNull BigDecimal factor,
                              @NotNull FactorKind factorKind, @NotBlank @Size(max = 300) String factorSource) {
    }

    /** Attributed emissions of the process (t CO2e) from the operator's monitoring report. */
    public record Reported(@NotNull BigDecimal direct, @NotNull BigDecimal indirect, @NotBlank @Size(max = 300) String source) {
    }

    public enum PrecursorSource { OWN_PROCESS, SUPPLIER_DATA, PURCHASED }

    /**
     * A precursor consumed: mass in t over the period (including losses) and where its embedded emissions come from:
     * another process of this installation, the supplier's communicated values, or (purchased without data) the
     * default values of its country of origin.
     */
    public record Precursor(@NotBlank @Size(max = 100) String name, @NotBlank @Pattern(regexp = "\\d{8}", message = "must be an 8-digit CN code") String cnCode,
                            @NotNull BigDecimal mass, @NotNull PrecursorSource source, String processKey, @Size(max = 200) String supplier,
                            @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code") String countryOfOrigin,
                            @Size(max = 20) String productionRoute, BigDecimal seeDirect, BigDecimal seeIndirect,
                            @Size(max = 200) String variant) {
    }

    /**
     * Carbon price effectively paid in the country of origin (Article 9 of Regulation (EU) 2023/956): price per t CO2e
     * in local currency, its euro exchange rate, and the emissions per t of good on which it was paid.
     */
    public record CarbonPrice(@NotBlank @Size(max = 200) String instrument, @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
                              @NotNull BigDecimal pricePerTonneCo2e, @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
                              @NotNull BigDecimal eurPerCurrencyUnit, @NotNull BigDecimal chargedEmissionsPerTonneOfGood,
                              @NotBlank @Size(max = 300) String source) {
    }

    /** Keeps null elements, so that validation names them instead of the constructor failing. */
    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
