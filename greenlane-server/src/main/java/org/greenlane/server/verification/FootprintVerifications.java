package org.greenlane.server.verification;

import java.util.Optional;
import java.util.UUID;

/**
 * What the verification workflow tells others (carbon labels, customs evidence) about a published
 * footprint: who verified it, to which standard and assurance level, which certificate covers it and
 * whether that certificate is still valid, each with the transparency-log entry that records it.
 */
public interface FootprintVerifications {

    /** The latest issued verification statement of a published footprint, if any verifier issued one. */
    Optional<FootprintAttestation> attestation(UUID footprintId);
}
