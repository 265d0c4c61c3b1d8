package org.greenlane.core.ledger;

import java.util.List;

/**
 * Durable storage of the log's node hashes. Appending leaf {@code n} writes its leaf hash and the
 * hashes of the subtrees it completes, in increasing {@link NodeId#storageIndex()} order with no gaps,
 * so a store can be an append-only sequence. Stored hashes never change.
 */
public interface HashStore extends HashReader {

    /**
     * Durably stores hashes of newly completed subtrees. When this returns normally the hashes must
     * survive a crash; if it throws, none of them may be visible.
     */
    void writeHashes(List<NodeHash> nodes);
}
