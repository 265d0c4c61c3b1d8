package org.greenlane.server.verification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A certificate a verifier issued on its statement: a carbon footprint label or a carbon-neutral claim (with the
 * evidence that covers the footprint), valid for a period, revocable with a reason. Log indexes are {@code null}
 * until the record is logged.
 */
record Certificate(UUID id, UUID statementId, UUID footprintId, UUID exporterId, UUID verifierId, String kind,
                   LocalDate validFrom, LocalDate validUntil, String certificate, String signedNote, String issuedBy,
                   Instant issuedAt, Long issuanceLogIndex, Instant revokedAt, String revokedBy, String revocationReason,
                   Long revocationLogIndex, List<Evidence> evidence) {

    static final String LABEL = "carbon-footprint-label";
    static final String CARBON_NEUTRAL = "carbon-neutral";
    static final List<String> KINDS = List.of(LABEL, CARBON_NEUTRAL);

    /**
     * A retirement of carbon credits or a green-electricity certificate backing a carbon-neutral claim, with the
     * tonnes CO2e it covers.
     */
    record Evidence(String kind, String registry, String reference, BigDecimal tonnesCo2e) {
        static final String OFFSET = "offset-retirement";
        static final String GREEN_ELECTRICITY = "green-electricity-certificate";
    }

    boolean validOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
