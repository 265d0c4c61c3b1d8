package org.greenlane.server.verification;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the API and pages show of requests, statements and certificates. */
final class Views {

    private Views() {
    }

    /**
     * @param footprint the current footprint's facts, or null where the caller may no longer read it
     */
    record RequestView(UUID id, UUID exporterId, String exporter, UUID verifierId, String verifier, UUID footprintId,
                       String standard, String assuranceLevel, String message, VerificationRequest.Status status,
                       String statusReason, Instant createdAt, Instant updatedAt, FootprintView footprint,
                       List<VerificationRequests.Revision> revisions, List<Finding> findings, StatementView statement) {
    }

    record FootprintView(UUID id, String product, String pcfIncludingBiogenicUptake, String declaredUnit, String hsCode,
                         boolean active, String documentSha256) {

        static FootprintView of(FootprintFacts facts) {
            return new FootprintView(facts.id(), facts.productName(), facts.pcfIncludingBiogenic(), facts.declaredUnit(),
                    facts.hsCode(), facts.active(), facts.documentSha256());
        }
    }

    /**
     * @param statement    the signed statement, RFC 8785 canonical JSON
     * @param signedNote   the C2SP signed note of {@code statement + "\n"} by {@code verifierKey}
     * @param record       the private record logged (its SHA-256 is the log entry's recordSha256)
     */
    record StatementView(UUID id, UUID requestId, UUID footprintId, String product, String verifier, String standard,
                         String assuranceLevel, String opinion, String issuedBy, Instant issuedAt,
                         @JsonRawValue String statement, String signedNote, String verifierKey, Long logIndex,
                         String recordSha256, @JsonRawValue String record, List<CertificateView> certificates) {
    }

    record CertificateView(UUID id, UUID statementId, UUID footprintId, String product, String kind, LocalDate validFrom,
                           LocalDate validUntil, boolean validToday, String issuedBy, Instant issuedAt,
                           Long issuanceLogIndex, Instant revokedAt, String revocationReason, Long revocationLogIndex,
                           List<Certificate.Evidence> evidence, @JsonRawValue String certificate, String signedNote,
                           @JsonRawValue String issuanceRecord, @JsonRawValue String revocationRecord) {
    }
}
