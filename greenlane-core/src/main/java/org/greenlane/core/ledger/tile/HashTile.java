package org.greenlane.core.ledger.tile;

import org.greenlane.core.ledger.NodeId;

/**
 * Hash tile {@code tile/<L>/<N>[.p/<W>]}: the {@code width} consecutive hashes of tree level {@code 8·L}
 * starting at node {@code 256·N}. Higher levels inside a tile are not stored; they are recomputed.
 */
public record HashTile(int level, long index, int width) implements TilePath {

    /** Highest tile level tlog-tiles allows in a path. */
    public static final int MAX_LEVEL = 63;

    public HashTile {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("tile level must be 0.." + MAX_LEVEL + ", was " + level);
        }
        if (index < 0) {
            throw new IllegalArgumentException("tile index must be non-negative, was " + index);
        }
        if (width < 1 || width > FULL_WIDTH) {
            throw new IllegalArgumentException("tile width must be 1.." + FULL_WIDTH + ", was " + width);
        }
    }

    @Override
    public String path() {
        return "tile/" + level + "/" + TilePaths.indexPath(index, width);
    }

    /** The stored node at position {@code position} (0..width-1) of this tile. */
    public NodeId node(int position) {
        if (position < 0 || position >= width) {
            throw new IllegalArgumentException("position in " + path() + " must be 0.." + (width - 1) + ", was " + position);
        }
        return new NodeId(HEIGHT * level, index * FULL_WIDTH + position);
    }

    @Override
    public String toString() {
        return path();
    }
}
