package org.greenlane.server.verification;

import java.util.Optional;
import java.util.UUID;

/**
 * What the verification workflow tells others (carbon labels, customs evidence) about a published
 * footprint: who verified it, to which standard and assurance level, which certificate covers it and
 * whether that certificate is still valid, each with the transparency-log entry that records it.
 */
public interface FootprintVerifications {

    /**
     * The latest verification statement of a published footprint that is in the transparency log, if its opinion is
     * unmodified (a modified or adverse opinion attests nothing a label may show); empty otherwise. Implemented by the
     * verification workflow (docs/decisions/061).
     */
    Optional<FootprintAttestation> attestation(UUID footprintId);
}
