package org.greenlane.core.ledger.tile;

import org.greenlane.core.ledger.HashReader;
import org.greenlane.core.ledger.NodeId;
import org.greenlane.core.ledger.Rfc6962;
import org.greenlane.core.ledger.VerificationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Which tiles a tree has, how tiles are filled from stored hashes, and how hashes are read back from tiles. */
public final class Tiles {

    private Tiles() {
    }

    /**
     * The hash tiles that exist at {@code newSize} but did not exist with the same width at
     * {@code oldSize}: what a log writes or publishes after growing (Go's {@code tlog.NewTiles}).
     * With {@code oldSize = 0} these are all tiles of the tree.
     */
    public static List<HashTile> changed(long oldSize, long newSize) {
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException("old tree size must be 0.." + newSize + " (new size), was " + oldSize);
        }
        List<HashTile> tiles = new ArrayList<>();
        for (int level = 0; level * TilePath.HEIGHT < 63 && newSize >> (level * TilePath.HEIGHT) > 0; level++) {
            long oldCount = oldSize >> (level * TilePath.HEIGHT);
            long newCount = newSize >> (level * TilePath.HEIGHT);
            if (oldCount == newCount) {
                continue;
            }
            for (long n = oldCount >> TilePath.HEIGHT; n < newCount >> TilePath.HEIGHT; n++) {
                tiles.add(new HashTile(level, n, TilePath.FULL_WIDTH));
            }
            int width = (int) (newCount & (TilePath.FULL_WIDTH - 1));
            if (width > 0) {
                tiles.add(new HashTile(level, newCount >> TilePath.HEIGHT, width));
            }
        }
        return tiles;
    }

    /**
     * The tile of a tree of {@code treeSize} leaves from which {@code node} is read: the node itself
     * when its level is a multiple of 8, otherwise recomputed from the hashes below it in the tile.
     */
    public static HashTile tileFor(NodeId node, long treeSize) {
        if (node.endLeaf() > treeSize) {
            throw new IllegalArgumentException(node + " is not complete in a tree of size " + treeSize);
        }
        int level = node.level() / TilePath.HEIGHT;
        long bottom = node.index() << (node.level() % TilePath.HEIGHT);
        long index = bottom >> TilePath.HEIGHT;
        long available = (treeSize >> (level * TilePath.HEIGHT)) - index * TilePath.FULL_WIDTH;
        return new HashTile(level, index, (int) Math.min(TilePath.FULL_WIDTH, available));
    }

    /** The tile's content, {@code width} hashes of 32 bytes, read from stored hashes in one call. */
    public static byte[] read(HashTile tile, HashReader reader) {
        List<NodeId> nodes = new ArrayList<>(tile.width());
        for (int position = 0; position < tile.width(); position++) {
            nodes.add(tile.node(position));
        }
        List<byte[]> hashes = reader.readHashes(nodes);
        if (hashes.size() != nodes.size()) {
            throw new IllegalStateException("asked the hash store for " + nodes.size() + " hashes of " + tile + ", got "
                    + hashes.size());
        }
        byte[] data = new byte[tile.width() * Rfc6962.HASH_SIZE];
        for (int i = 0; i < hashes.size(); i++) {
            byte[] hash = hashes.get(i);
            if (hash.length != Rfc6962.HASH_SIZE) {
                throw new IllegalStateException("stored hash of " + nodes.get(i) + " has " + hash.length + " bytes");
            }
            System.arraycopy(hash, 0, data, i * Rfc6962.HASH_SIZE, Rfc6962.HASH_SIZE);
        }
        return data;
    }

    /**
     * The hash of {@code node} computed from the content of {@code tile} (Go's {@code tlog.HashFromTile}).
     *
     * @throws VerificationException if the data is not {@code width} hashes
     * @throws IllegalArgumentException if the node cannot be read from this tile
     */
    public static byte[] hash(HashTile tile, byte[] data, NodeId node) {
        if (data.length != tile.width() * Rfc6962.HASH_SIZE) {
            throw new VerificationException(tile + " must hold " + tile.width() + " hashes (" + tile.width() * Rfc6962.HASH_SIZE
                    + " bytes), got " + data.length + " bytes");
        }
        int height = node.level() - tile.level() * TilePath.HEIGHT;
        long bottom = node.index() << Math.max(height, 0);
        if (height < 0 || height >= TilePath.HEIGHT || bottom >> TilePath.HEIGHT != tile.index()
                || (bottom & (TilePath.FULL_WIDTH - 1)) + (1L << height) > tile.width()) {
            throw new IllegalArgumentException(node + " cannot be read from " + tile);
        }
        int first = (int) (bottom & (TilePath.FULL_WIDTH - 1));
        List<byte[]> row = new ArrayList<>(1 << height);
        for (int i = first; i < first + (1 << height); i++) {
            row.add(Arrays.copyOfRange(data, i * Rfc6962.HASH_SIZE, (i + 1) * Rfc6962.HASH_SIZE));
        }
        while (row.size() > 1) {
            List<byte[]> up = new ArrayList<>(row.size() / 2);
            for (int i = 0; i < row.size(); i += 2) {
                up.add(Rfc6962.nodeHash(row.get(i), row.get(i + 1)));
            }
            row = up;
        }
        return row.get(0);
    }
}
