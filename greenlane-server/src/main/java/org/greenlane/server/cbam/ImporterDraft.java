package org.greenlane.server.cbam;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An EU importer as the user enters it; the EORI number identifies the declarant in its CBAM reports. */
public record ImporterDraft(
        @NotBlank @Size(max = 70) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{2}[0-9A-Z]{1,15}", message = "must be an EORI number: country code and up to 15 letters or digits") String eori,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code") String country,
        @NotBlank @Size(max = 35) String city,
        boolean actsAsDeclarant) {
}
