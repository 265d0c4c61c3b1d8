package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.Lane;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A declaration in a list: for officers with its lane and score, for the enterprise that lodged it
 * the same row without the score (see {@link TraderDeclaration}).
 */
public record QueueItem(UUID id, String reference, Flow flow, LocalDate date, String office, String trader,
                        String hsCode, String originCountry, Lane lane, Double score, boolean randomSelected,
                        int criteriaFired, Boolean compliant, Instant lodgedAt, Instant releasedAt) {

    /** Held for a check and no result recorded yet. */
    public boolean awaitingResult() {
        return lane != null && lane.controlled() && compliant == null;
    }
}
