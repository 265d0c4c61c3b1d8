package org.greenlane.core.ledger.tile;

/** Fetches the content of a tile or entry bundle, e.g. over HTTP from a tlog-tiles log or from a mirror. */
@FunctionalInterface
public interface TileSource {

    /** The bytes of the resource; throws if the source does not have it. */
    byte[] read(TilePath tile);
}
