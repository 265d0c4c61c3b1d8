package org.greenlane.core.ledger.tile;

import org.greenlane.core.ledger.HashReader;
import org.greenlane.core.ledger.NodeId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads node hashes of a tree of fixed size from its tiles, so a client of a tlog-tiles log can build
 * inclusion and consistency proofs itself. Tiles are not trusted: proofs built from them are still
 * verified against a signed checkpoint, so a lying tile only makes verification fail.
 */
public final class TileHashReader implements HashReader {

    private final long treeSize;
    private final TileSource source;

    public TileHashReader(long treeSize, TileSource source) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must be non-negative, was " + treeSize);
        }
        this.treeSize = treeSize;
        this.source = source;
    }

    /** Fetches each needed tile once per call. */
    @Override
    public List<byte[]> readHashes(List<NodeId> nodes) {
        Map<HashTile, byte[]> fetched = new HashMap<>();
        List<byte[]> hashes = new ArrayList<>(nodes.size());
        for (NodeId node : nodes) {
            if (node.endLeaf() > treeSize) {
                throw new IllegalStateException(node + " is not in the tree of size " + treeSize);
            }
            HashTile tile = Tiles.tileFor(node, treeSize);
            byte[] data = fetched.computeIfAbsent(tile, source::read);
            hashes.add(Tiles.hash(tile, data, node));
        }
        return hashes;
    }
}
