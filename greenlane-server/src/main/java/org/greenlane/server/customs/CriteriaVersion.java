package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.CriteriaSet;

import java.time.Instant;
import java.time.LocalDate;

/** One stored version of an authority's criteria set: who made it, when, and why. */
public record CriteriaVersion(long id, String version, LocalDate effectiveFrom, String body, String justification,
                              String createdBy, Instant createdAt) {

    public CriteriaSet criteria() {
        return CriteriaSet.parse(body);
    }
}
