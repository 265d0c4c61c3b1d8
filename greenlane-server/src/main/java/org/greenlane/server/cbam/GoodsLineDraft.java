package org.greenlane.server.cbam;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of CBAM goods as the user enters it: CN code, country of origin, net mass (t; MWh for electricity), import
 * date (which fixes the year and the certificate price period) and whether its embedded emissions are the default
 * values of the country of origin or actual data from a process of one of the organisation's installations.
 */
public record GoodsLineDraft(
        @NotNull UUID importerId,
        UUID productId,
        @Size(max = 200) String description,
        @NotBlank @Pattern(regexp = "\\d{8}", message = "must be an 8-digit CN code") String cnCode,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code") String countryOfOrigin,
        @NotNull @PositiveOrZero BigDecimal netMass,
        @NotNull LocalDate importDate,
        @NotNull Basis basis,
        @Size(max = 200) String defaultVariant,
        @Size(max = 20) String benchmarkRoute,
        UUID installationId,
        @Size(max = 50) String processKey) {

    public enum Basis { DEFAULT_VALUES, ACTUAL_DATA }
}
