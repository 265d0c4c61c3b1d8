package org.greenlane.server.footprint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.greenlane.server.platform.api.InvalidInput;

/** What a user submits to create or change a product, by form or by API. */
public record ProductDraft(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @Pattern(regexp = "\\d{8}|\\d{12}|\\d{13}|\\d{14}", message = "must be a GTIN of 8, 12, 13 or 14 digits") String gtin,
        @Pattern(regexp = "\\d{6}|\\d{8}|\\d{10}", message = "must be an HS code of 6 digits, or a CN/national code of 8 or 10 digits") String hsCode,
        @NotNull DeclaredUnit declaredUnit) {

    /** Applies the rules bean validation cannot express, and puts values in their stored form. */
    public ProductDraft normalised() {
        String gtin14 = blankToNull(gtin) == null ? null
                : Gtin.normalise(gtin).orElseThrow(() -> new InvalidInput("gtin", "check digit is wrong"));
        return new ProductDraft(name.strip(), description == null ? "" : description.strip(), gtin14,
                blankToNull(hsCode), declaredUnit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
