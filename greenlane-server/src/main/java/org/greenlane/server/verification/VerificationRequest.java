package org.greenlane.server.verification;

import java.time.Instant;
import java.util.UUID;

/**
 * An exporter's request that a verification body verify one of its published footprints ({@code footprintId}, the
 * current one after revisions), to a standard and assurance level the body offers.
 */
record VerificationRequest(UUID id, UUID exporterId, String exporterName, UUID verifierId, String verifierName,
                           UUID footprintId, String standard, String assuranceLevel, String message, Status status,
                           String statusReason, Instant createdAt, Instant updatedAt) {

    /**
     * REQUESTED → ACCEPTED or DECLINED; ACCEPTED → IN_REVIEW with the first finding; ACCEPTED or IN_REVIEW → ISSUED
     * with the statement; the exporter may withdraw until then (decision 057).
     */
    enum Status {
        REQUESTED, ACCEPTED, DECLINED, IN_REVIEW, ISSUED, WITHDRAWN;

        public boolean open() {
            return this == REQUESTED || this == ACCEPTED || this == IN_REVIEW;
        }

        public boolean underReview() {
            return this == ACCEPTED || this == IN_REVIEW;
        }
    }

    boolean exporter(UUID organisationId) {
        return exporterId.equals(organisationId);
    }

    boolean verifier(UUID organisationId) {
        return verifierId.equals(organisationId);
    }
}
