package org.greenlane.core.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link HashStore} in memory, for tests, tools and audits. Hashes sit in flat 1 MiB chunks
 * addressed by storage index, because a 10-million-leaf tree has 20 million of them and an object
 * per hash would triple the footprint.
 */
public final class InMemoryHashStore implements HashStore {

    private static final int CHUNK_BITS = 15;
    private static final int CHUNK_HASHES = 1 << CHUNK_BITS;

    private final List<byte[]> chunks = new ArrayList<>();
    private long count;

    @Override
    public synchronized List<byte[]> readHashes(List<NodeId> nodes) {
        List<byte[]> hashes = new ArrayList<>(nodes.size());
        for (NodeId node : nodes) {
            long position = node.storageIndex();
            if (position >= count) {
                throw new IllegalStateException(node + " is not stored (the store holds " + count + " hashes)");
            }
            byte[] hash = new byte[Rfc6962.HASH_SIZE];
            System.arraycopy(chunks.get((int) (position >>> CHUNK_BITS)), offset(position), hash, 0, Rfc6962.HASH_SIZE);
            hashes.add(hash);
        }
        return hashes;
    }

    /** Accepts only the next positions in storage order, which is how an append-only log writes. */
    @Override
    public synchronized void writeHashes(List<NodeHash> nodes) {
        long next = count;
        for (NodeHash node : nodes) {
            if (node.node().storageIndex() != next) {
                throw new IllegalArgumentException(node.node() + " has storage index " + node.node().storageIndex()
                        + " but the next free position is " + next + ": stores are append-only");
            }
            next++;
        }
        for (NodeHash node : nodes) {
            if (count >>> CHUNK_BITS == chunks.size()) {
                chunks.add(new byte[CHUNK_HASHES * Rfc6962.HASH_SIZE]);
            }
            System.arraycopy(node.hash(), 0, chunks.get((int) (count >>> CHUNK_BITS)), offset(count), Rfc6962.HASH_SIZE);
            count++;
        }
    }

    /** Number of hashes stored so far. */
    public synchronized long size() {
        return count;
    }

    private static int offset(long position) {
        return (int) (position & (CHUNK_HASHES - 1)) * Rfc6962.HASH_SIZE;
    }
}
