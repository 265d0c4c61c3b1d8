package org.greenlane.core.ledger.tile;

/** Entry bundle {@code tile/entries/<N>[.p/<W>]}: log entries {@code 256·N} to {@code 256·N + width - 1}. */
public record EntryTile(long index, int width) implements TilePath {

    public EntryTile {
        if (index < 0 || index > (Long.MAX_VALUE >> HEIGHT)) {
            throw new IllegalArgumentException("entry bundle index must be 0.." + (Long.MAX_VALUE >> HEIGHT) + ", was " + index);
        }
        if (width < 1 || width > FULL_WIDTH) {
            throw new IllegalArgumentException("entry bundle width must be 1.." + FULL_WIDTH + ", was " + width);
        }
    }

    /** The bundle holding entry {@code entryIndex} in a tree of {@code treeSize} entries. */
    public static EntryTile containing(long entryIndex, long treeSize) {
        if (entryIndex < 0 || entryIndex >= treeSize) {
            throw new IllegalArgumentException("entry index must be 0.." + (treeSize - 1) + ", was " + entryIndex);
        }
        long index = entryIndex / FULL_WIDTH;
        return new EntryTile(index, (int) Math.min(FULL_WIDTH, treeSize - index * FULL_WIDTH));
    }

    /** Index of the first entry in the bundle. */
    public long firstEntry() {
        return index * FULL_WIDTH;
    }

    @Override
    public String path() {
        return "tile/entries/" + TilePaths.indexPath(index, width);
    }

    @Override
    public String toString() {
        return path();
    }
}
