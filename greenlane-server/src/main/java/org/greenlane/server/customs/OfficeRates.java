package org.greenlane.server.customs;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.greenlane.core.customs.selectivity.Lane;
import org.greenlane.server.platform.api.InvalidInput;

import java.util.Map;

/** What an officer sets for an office: name, expected lane rates and the minimum random rate, as fractions. */
public record OfficeRates(
        @NotBlank @Size(max = 200) String name,
        @NotNull @DecimalMin("0") @DecimalMax("1") Double expectedRed,
        @NotNull @DecimalMin("0") @DecimalMax("1") Double expectedYellow,
        @NotNull @DecimalMin("0") @DecimalMax("1") Double expectedBlue,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double minimumRandom,
        @NotNull Lane randomLane) {

    /** The rules that span fields, checked by the engine's own profile. */
    OfficeRates checked(String code) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidInput("name", "is required, at most 200 characters");
        }
        if (expectedRed == null || expectedYellow == null || expectedBlue == null || minimumRandom == null
                || randomLane == null) {
            throw new InvalidInput("expectedRed", "every rate and the random lane are required");
        }
        try {
            new org.greenlane.core.customs.selectivity.OfficeProfile(code,
                    Map.of(Lane.RED, expectedRed, Lane.YELLOW, expectedYellow, Lane.BLUE, expectedBlue),
                    minimumRandom, randomLane);
        } catch (IllegalArgumentException wrong) {
            String field = wrong.getMessage().contains("random") ? "minimumRandom" : "expectedRed";
            throw new InvalidInput(field, wrong.getMessage());
        }
        return new OfficeRates(name.strip(), expectedRed, expectedYellow, expectedBlue, minimumRandom, randomLane);
    }
}
