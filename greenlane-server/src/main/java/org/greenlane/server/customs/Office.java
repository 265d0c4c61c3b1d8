package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.Lane;
import org.greenlane.core.customs.selectivity.OfficeProfile;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A customs office of an authority, with its selectivity targets (decision 044). */
public record Office(String code, UUID authorityId, String name, double expectedRed, double expectedYellow,
                     double expectedBlue, double minimumRandom, Lane randomLane, int version, String updatedBy,
                     Instant updatedAt) {

    /** The engine's view; refuses rates that do not make a valid profile. */
    public OfficeProfile profile() {
        return new OfficeProfile(code, Map.of(Lane.RED, expectedRed, Lane.YELLOW, expectedYellow, Lane.BLUE, expectedBlue),
                minimumRandom, randomLane);
    }
}
