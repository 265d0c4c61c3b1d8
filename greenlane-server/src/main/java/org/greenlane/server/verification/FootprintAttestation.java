package org.greenlane.server.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A published footprint's verification statement and the certificate issued on it, as public
 * parties (a consumer scanning a label, a customs officer) may see them.
 *
 * @param footprintId        the published footprint (PACT ProductFootprint id)
 * @param statementId        the verification statement
 * @param verifierName       the verifier organisation's name
 * @param accreditationBody  who accredited the verifier, e.g. "CNAS" or "UKAS"
 * @param accreditationId    the verifier's accreditation number with that body
 * @param standard           e.g. "ISO 14067:2018" or "ISO 14064-3:2019"
 * @param assuranceLevel     "limited" or "reasonable"
 * @param issuedAt           when the verifier signed the statement
 * @param statementLogIndex  index of the statement's entry in the transparency log
 * @param verifierKey        the verifier's signed-note verifier key ({@code <name>+<id>+<key>}) that signed the
 *                           statement, current or since retired (decision 079)
 * @param verifierKeyLogIndex index of the log entry that published {@code verifierKey} as the body's key, once logged
 * @param verifierOrganisationId the verifier organisation, which owns the statement's log entry
 * @param signedStatement    the statement as the verifier signed it (a C2SP signed note); the log entry's recordSha256
 *                           is the SHA-256 of the RFC 8785 form of {@code {"signedNote": <this text>}}
 * @param certificate        the certificate on the statement whose issuance is logged: the one valid today, else
 *                           the latest issued (it may be expired or revoked, so check {@link Certificate#validOn})
 */
public record FootprintAttestation(UUID footprintId, UUID statementId, String verifierName, String accreditationBody,
                                   String accreditationId, String standard, String assuranceLevel, Instant issuedAt,
                                   long statementLogIndex, String verifierKey, Optional<Long> verifierKeyLogIndex,
                                   UUID verifierOrganisationId,
                                   String signedStatement, Optional<Certificate> certificate) {

    /**
     * @param kind               "carbon-footprint-label" or "carbon-neutral"
     * @param validFrom          first day of validity
     * @param validUntil         last day of validity
     * @param issuanceLogIndex   index of the issuance's entry in the transparency log
     * @param revokedAt          when it was revoked, if it was (effective at once, even before the revocation is logged)
     * @param revocationReason   the verifier's reason, if revoked
     * @param revocationLogIndex index of the revocation's entry in the log, once logged
     */
    public record Certificate(UUID id, String kind, LocalDate validFrom, LocalDate validUntil, long issuanceLogIndex,
                              Optional<Instant> revokedAt, Optional<String> revocationReason,
                              Optional<Long> revocationLogIndex) {

        /** Valid on a day: within its period and not revoked by then. */
        public boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && !day.isAfter(validUntil) && revokedAt.isEmpty();
        }
    }
}
