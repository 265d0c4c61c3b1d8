package org.greenlane.core.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * An append-only RFC 6962 log over a {@link HashStore}. It keeps the frontier of the current tree in
 * memory, so an append costs O(log n) hashing and one store write, and the root is known without
 * reading. Appends are serialised (one sequencer); reads and proofs may run concurrently.
 */
public final class MerkleLog {

    /** Largest entry: tlog-tiles entry bundles prefix each entry with a big-endian uint16 length. */
    public static final int MAX_ENTRY_SIZE = 0xFFFF;

    private final HashStore store;
    private volatile CompactRange range;

    private MerkleLog(HashStore store, CompactRange range) {
        this.store = store;
        this.range = range;
    }

    /**
     * Opens the log whose store holds a tree of {@code treeSize} leaves (the size the caller persisted
     * with its last committed append), reading O(log n) hashes. Compare {@link #root()} with the last
     * signed checkpoint to detect a store that was altered.
     */
    public static MerkleLog open(HashStore store, long treeSize) {
        return new MerkleLog(store, CompactRange.read(store, treeSize));
    }

    /** Number of leaves appended so far. */
    public long size() {
        return range.size();
    }

    /** Root of the current tree. */
    public byte[] root() {
        return range.root();
    }

    /**
     * Appends entries in order and stores their hashes with one write. If the write throws, the log
     * stays at its old size; a caller whose store commits later than the write must reopen the log
     * when that commit fails.
     */
    public synchronized Appended append(List<byte[]> entries) {
        List<byte[]> leafHashes = new ArrayList<>(entries.size());
        CompactRange before = range;
        for (int i = 0; i < entries.size(); i++) {
            byte[] entry = entries.get(i);
            if (entry.length > MAX_ENTRY_SIZE) {
                throw new IllegalArgumentException("entry " + (before.size() + i) + " has " + entry.length
                        + " bytes; a log entry holds at most " + MAX_ENTRY_SIZE);
            }
            leafHashes.add(Rfc6962.leafHash(entry));
        }
        List<NodeHash> completed = new ArrayList<>(2 * entries.size() + 1);
        CompactRange after = before.append(leafHashes, completed::add);
        store.writeHashes(completed);
        range = after;
        return new Appended(before.size(), after.size(), after.root());
    }

    /** Root of the tree as it was at {@code treeSize} leaves. */
    public byte[] root(long treeSize) {
        requireWithin(treeSize);
        return MerkleProofs.root(store, treeSize);
    }

    /** Inclusion proof of leaf {@code index} in the tree of {@code treeSize} leaves. */
    public List<byte[]> inclusionProof(long index, long treeSize) {
        requireWithin(treeSize);
        return MerkleProofs.inclusionProof(store, index, treeSize);
    }

    /** Consistency proof from the tree of {@code size1} leaves to that of {@code size2}. */
    public List<byte[]> consistencyProof(long size1, long size2) {
        requireWithin(size2);
        return MerkleProofs.consistencyProof(store, size1, size2);
    }

    private void requireWithin(long treeSize) {
        long size = range.size();
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException("tree size must be 0.." + size + " (the log's size), was " + treeSize);
        }
    }

    /** Outcome of an append: entries got indices {@code firstIndex .. treeSize-1}. */
    public record Appended(long firstIndex, long treeSize, byte[] root) {

        public Appended {
            root = Rfc6962.requireHash(root, "root").clone();
        }

        @Override
        public byte[] root() {
            return root.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Appended that && firstIndex == that.firstIndex && treeSize == that.treeSize
                    && Arrays.equals(root, that.root);
        }

        @Override
        public int hashCode() {
            return 31 * Long.hashCode(treeSize) + Arrays.hashCode(root);
        }

        @Override
        public String toString() {
            return "Appended[firstIndex=" + firstIndex + ", treeSize=" + treeSize + ", root="
                    + HexFormat.of().formatHex(root) + "]";
        }
    }
}
