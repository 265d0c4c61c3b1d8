package org.greenlane.core.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The "frontier" of a tree of {@code size} leaves: the hashes of the complete subtrees that the
 * binary digits of {@code size} cut {@code [0, size)} into, largest first. These O(log n) hashes are
 * all that is needed to compute the root and to append, so appends never revisit old leaves.
 * Immutable: {@link #append} returns a new range.
 */
public final class CompactRange {

    private static final CompactRange EMPTY = new CompactRange(0, List.of());

    private final long size;
    private final List<byte[]> hashes;

    private CompactRange(long size, List<byte[]> hashes) {
        this.size = size;
        this.hashes = hashes;
    }

    public static CompactRange empty() {
        return EMPTY;
    }

    /** Loads the frontier of the stored tree of the given size with one read of O(log n) hashes. */
    public static CompactRange read(HashReader reader, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must be non-negative, was " + size);
        }
        List<NodeId> nodes = nodes(0, size);
        List<byte[]> stored = reader.readHashes(nodes);
        if (stored.size() != nodes.size()) {
            throw new IllegalStateException("asked the hash store for " + nodes.size() + " hashes, got " + stored.size());
        }
        List<byte[]> hashes = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            hashes.add(Rfc6962.requireHash(stored.get(i), "stored hash of " + nodes.get(i)).clone());
        }
        return new CompactRange(size, Collections.unmodifiableList(hashes));
    }

    /**
     * The complete subtrees that cover {@code [from, to)} when {@code from} is a multiple of the
     * largest power of two not above {@code to - from}, left to right.
     */
    static List<NodeId> nodes(long from, long to) {
        List<NodeId> nodes = new ArrayList<>();
        long begin = from;
        while (begin < to) {
            int level = 63 - Long.numberOfLeadingZeros(to - begin);
            nodes.add(new NodeId(level, begin >> level));
            begin += 1L << level;
        }
        return nodes;
    }

    public long size() {
        return size;
    }

    /** The frontier hashes, largest subtree first. */
    public List<byte[]> hashes() {
        List<byte[]> copy = new ArrayList<>(hashes.size());
        hashes.forEach(hash -> copy.add(hash.clone()));
        return copy;
    }

    /** The RFC 6962 root of the tree of {@link #size()} leaves. */
    public byte[] root() {
        if (hashes.isEmpty()) {
            return Rfc6962.emptyRoot();
        }
        byte[] root = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            root = Rfc6962.nodeHash(hashes.get(i), root);
        }
        return root.clone();
    }

    /**
     * Appends leaves, handing every subtree they complete (each leaf, then each interior node it
     * closes) to {@code completed} in storage order.
     */
    public CompactRange append(List<byte[]> leafHashes, Consumer<NodeHash> completed) {
        if (leafHashes.size() > Long.MAX_VALUE - size) {
            throw new IllegalArgumentException("appending " + leafHashes.size() + " leaves overflows the tree size " + size);
        }
        List<byte[]> frontier = new ArrayList<>(hashes);
        long next = size;
        for (byte[] leafHash : leafHashes) {
            byte[] hash = Rfc6962.requireHash(leafHash, "hash of leaf " + next).clone();
            NodeId node = new NodeId(0, next);
            completed.accept(new NodeHash(node, hash));
            while ((node.index() & 1) == 1) {
                hash = Rfc6962.nodeHash(frontier.remove(frontier.size() - 1), hash);
                node = new NodeId(node.level() + 1, node.index() >> 1);
                completed.accept(new NodeHash(node, hash));
            }
            frontier.add(hash);
            next++;
        }
        return new CompactRange(next, Collections.unmodifiableList(frontier));
    }
}
