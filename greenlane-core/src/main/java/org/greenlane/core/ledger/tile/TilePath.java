package org.greenlane.core.ledger.tile;

/**
 * A resource of a C2SP tlog-tiles log: a hash tile {@code tile/<L>/<N>[.p/<W>]} or an entry bundle
 * {@code tile/entries/<N>[.p/<W>]}, where N is written in 3-digit path elements ({@code x001/x234/067})
 * and {@code .p/<W>} marks a partial tile of width 1..255.
 */
public sealed interface TilePath permits HashTile, EntryTile {

    /** Hashes (or entries) in a full tile: 2^8, the tile height of tlog-tiles. */
    int FULL_WIDTH = 256;

    /** Tree levels covered by one tile level. */
    int HEIGHT = 8;

    /** Index of the tile within its level. */
    long index();

    /** Number of hashes or entries, 1..256. */
    int width();

    /** The path relative to the log prefix, starting with {@code tile/}. */
    String path();

    default boolean isPartial() {
        return width() < FULL_WIDTH;
    }

    /**
     * Parses a path strictly: no leading zeros, no empty or extra elements, no {@code .p/256}.
     *
     * @throws IllegalArgumentException naming the offending element
     */
    static TilePath parse(String path) {
        return TilePaths.parse(path);
    }
}
