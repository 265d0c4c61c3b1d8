package org.greenlane.core.ledger.client;

import org.greenlane.core.ledger.Checkpoint;
import org.greenlane.core.ledger.MerkleProofs;
import org.greenlane.core.ledger.Rfc6962;
import org.greenlane.core.ledger.VerificationException;
import org.greenlane.core.ledger.note.NoteVerifier;
import org.greenlane.core.ledger.note.SignedNote;

import java.util.List;
import java.util.Optional;

/**
 * What a party that does not trust the log operator checks offline: that checkpoints are signed by
 * the log's key and name its origin, that each new checkpoint extends the last one it trusted (so
 * the log cannot show different histories to different parties), and that receipts prove inclusion.
 */
public final class LogClient {

    private final String origin;
    private final NoteVerifier logKey;

    /** A client of the log with the given checkpoint origin line and signature key. */
    public LogClient(String origin, NoteVerifier logKey) {
        if (origin.isEmpty() || origin.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("log origin must be one non-empty line, was '" + origin + "'");
        }
        this.origin = origin;
        this.logKey = logKey;
    }

    /**
     * Opens a signed checkpoint: signed by the log key, well formed, of this log's origin.
     *
     * @throws VerificationException if any of that does not hold
     */
    public Checkpoint verifyCheckpoint(String signedCheckpoint) {
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.open(signedCheckpoint, List.of(logKey)).text());
        if (!checkpoint.origin().equals(origin)) {
            throw new VerificationException("checkpoint is for origin '" + checkpoint.origin() + "', not '" + origin + "'");
        }
        return checkpoint;
    }

    /**
     * Accepts a new signed checkpoint only if it extends the trusted one: the consistency proof must
     * show the trusted tree is a prefix of the new one (empty when the sizes are equal, in which case
     * the roots must be equal). With nothing trusted yet, the proof must be empty.
     *
     * @return the new checkpoint, to trust from now on
     * @throws VerificationException if the new checkpoint is bad or does not extend the trusted one
     */
    public Checkpoint verifyUpdate(Optional<Checkpoint> trusted, String signedCheckpoint, List<byte[]> consistencyProof) {
        Checkpoint next = verifyCheckpoint(signedCheckpoint);
        if (trusted.isEmpty() || trusted.get().size() == 0) {
            if (!consistencyProof.isEmpty()) {
                throw new VerificationException("no consistency proof is expected from an empty or absent trusted checkpoint");
            }
            return next;
        }
        Checkpoint previous = trusted.get();
        if (!previous.origin().equals(origin)) {
            throw new VerificationException("trusted checkpoint is for origin '" + previous.origin() + "', not '" + origin + "'");
        }
        if (next.size() < previous.size()) {
            throw new VerificationException("log went back from size " + previous.size() + " to " + next.size());
        }
        try {
            MerkleProofs.verifyConsistency(previous.size(), next.size(), consistencyProof, previous.rootHash(), next.rootHash());
        } catch (VerificationException e) {
            throw new VerificationException("checkpoint of size " + next.size() + " does not extend the trusted one of size "
                    + previous.size() + ": " + e.getMessage());
        }
        return next;
    }

    /**
     * Verifies that {@code entry} is in the log at the receipt's index, under a checkpoint signed by the log.
     *
     * @return the receipt's checkpoint, which the caller may also check for consistency with what it trusts
     * @throws VerificationException if the receipt does not prove it
     */
    public Checkpoint verifyReceipt(Receipt receipt, byte[] entry) {
        Checkpoint checkpoint = verifyCheckpoint(receipt.signedCheckpoint());
        try {
            MerkleProofs.verifyInclusion(receipt.index(), checkpoint.size(), Rfc6962.leafHash(entry), receipt.proof(),
                    checkpoint.rootHash());
        } catch (VerificationException e) {
            throw new VerificationException("receipt does not prove the entry at index " + receipt.index() + ": " + e.getMessage());
        }
        return checkpoint;
    }
}
