package org.greenlane.server.customs;

import io.swagger.v3.oas.annotations.media.Schema;
import org.greenlane.server.platform.api.InvalidInput;

import java.time.LocalDate;

/** An officer records a trader's name and AEO authorisation (granted on a date, or withdrawn). */
@Schema(description = "A trader's AEO authorisation as recorded by the customs authority")
public record TraderStatusChange(@Schema(description = "Name of the enterprise") String name,
                                 @Schema(description = "true when the trader holds AEO status") Boolean aeo,
                                 @Schema(description = "Date of the AEO authorisation; required when aeo is true") LocalDate aeoSince) {

    TraderStatusChange checked() {
        if (aeo == null) {
            throw new InvalidInput("aeo", "is required: true or false");
        }
        if (aeo && aeoSince == null) {
            throw new InvalidInput("aeoSince", "is required when the trader holds AEO status");
        }
        if (aeoSince != null && aeoSince.isAfter(LocalDate.now())) {
            throw new InvalidInput("aeoSince", aeoSince + " is in the future");
        }
        if (name != null && name.strip().length() > 200) {
            throw new InvalidInput("name", "must be at most 200 characters");
        }
        return new TraderStatusChange(name == null ? "" : name.strip(), aeo, aeo ? aeoSince : null);
    }
}
