package org.greenlane.server.verification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An issued verification statement: its canonical JSON ({@code statement}), the C2SP signed note of it by the
 * verifier's key, and the log index of its entry once logged ({@code null} until then).
 */
record Statement(UUID id, UUID requestId, UUID footprintId, UUID exporterId, UUID verifierId, String verifierName,
                 String standard, String assuranceLevel, String opinion, String statement, String signedNote,
                 String issuedBy, Instant issuedAt, Long logIndex, String recordSha256) {

    /** ISO 14064-3:2019 opinions (decision 057); only an unmodified one supports a certificate or a label. */
    static final String UNMODIFIED = "unmodified";
    static final List<String> OPINIONS = List.of(UNMODIFIED, "modified", "adverse");
}
