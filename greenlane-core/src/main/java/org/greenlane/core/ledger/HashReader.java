package org.greenlane.core.ledger;

import java.util.List;

/**
 * Reads stored hashes of complete subtrees. Proofs ask for all the hashes they need in one call
 * (O(log n) of them), so an implementation backed by a database can answer with one query.
 */
@FunctionalInterface
public interface HashReader {

    /**
     * Returns the hashes of the given nodes in the same order.
     *
     * @throws IllegalStateException if a node is not stored (the caller asked beyond the tree it has)
     */
    List<byte[]> readHashes(List<NodeId> nodes);
}
