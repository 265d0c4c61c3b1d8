package org.greenlane.server.ledger;

import org.greenlane.core.ledger.Checkpoint;
import org.greenlane.core.ledger.note.NoteSigner;
import org.greenlane.core.ledger.note.SignedNote;

import java.util.List;

/** Who the log is: its origin line and the key that signs its checkpoints (the key name is the origin). */
record LogIdentity(String origin, NoteSigner signer) {

    /** The signed note of a checkpoint of this log. */
    String sign(long treeSize, byte[] root) {
        return SignedNote.sign(Checkpoint.of(origin, treeSize, root).format(), List.of(signer));
    }
}
