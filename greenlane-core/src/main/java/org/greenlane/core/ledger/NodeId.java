package org.greenlane.core.ledger;

/**
 * A complete (perfect) subtree of the log: the node at {@code level} (0 = leaves) and horizontal
 * {@code index}, covering leaves {@code [index·2^level, (index+1)·2^level)}. Only complete subtrees
 * are ever stored, so a stored hash never changes once written.
 */
public record NodeId(int level, long index) {

    /** Highest level a node can have when tree sizes are Java longs. */
    public static final int MAX_LEVEL = 62;

    public NodeId {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("node level must be 0.." + MAX_LEVEL + ", was " + level);
        }
        if (index < 0 || index >= (Long.MAX_VALUE >> level)) {
            throw new IllegalArgumentException(
                    "node index at level " + level + " must be 0.." + ((Long.MAX_VALUE >> level) - 1) + ", was " + index);
        }
    }

    /** Index one past the last leaf under this node. */
    public long endLeaf() {
        return (index + 1) << level;
    }

    /**
     * Dense, append-ordered position of this node among all stored hashes (the ordering of Go's
     * {@code tlog.StoredHashIndex}): appending leaf {@code n} writes exactly the positions
     * {@code storedHashCount(n)} to {@code storedHashCount(n+1)-1}, so a store may key rows on it.
     */
    public long storageIndex() {
        long lastLeaf = endLeaf() - 1;
        return Math.addExact(Math.subtractExact(Math.multiplyExact(2, lastLeaf), Long.bitCount(lastLeaf)), level);
    }

    /** Number of hashes stored for a tree of the given size (leaves plus complete interior nodes). */
    public static long storedHashCount(long treeSize) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must be non-negative, was " + treeSize);
        }
        return Math.subtractExact(Math.multiplyExact(2, treeSize), Long.bitCount(treeSize));
    }

    @Override
    public String toString() {
        return "node(level " + level + ", index " + index + ")";
    }
}
