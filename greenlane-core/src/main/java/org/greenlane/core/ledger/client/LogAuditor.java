package org.greenlane.core.ledger.client;

import org.greenlane.core.ledger.Checkpoint;
import org.greenlane.core.ledger.CompactRange;
import org.greenlane.core.ledger.NodeHash;
import org.greenlane.core.ledger.Rfc6962;
import org.greenlane.core.ledger.VerificationException;
import org.greenlane.core.ledger.tile.EntryBundle;
import org.greenlane.core.ledger.tile.EntryTile;
import org.greenlane.core.ledger.tile.HashTile;
import org.greenlane.core.ledger.tile.TilePath;
import org.greenlane.core.ledger.tile.TileSource;
import org.greenlane.core.ledger.tile.Tiles;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Recomputes a whole log from its entry bundles and tiles and compares it with a verified checkpoint:
 * the tamper evidence an auditor or mirror produces. It streams one bundle at a time and keeps only
 * the level-8 and higher hashes (n/255 of them) to check the upper tiles.
 */
public final class LogAuditor {

    private LogAuditor() {
    }

    /**
     * Audits the tree of {@code checkpoint}, whose signature the caller has verified
     * (e.g. with {@link LogClient#verifyCheckpoint}).
     *
     * @throws VerificationException if a bundle or tile is malformed
     */
    public static AuditReport audit(Checkpoint checkpoint, TileSource source) {
        long size = checkpoint.size();
        CompactRange fromEntries = CompactRange.empty();
        CompactRange fromTiles = CompactRange.empty();
        Map<HashTile, byte[]> upper = new HashMap<>();
        long firstMismatch = -1;
        for (long bundle = 0; bundle * TilePath.FULL_WIDTH < size; bundle++) {
            int width = (int) Math.min(TilePath.FULL_WIDTH, size - bundle * TilePath.FULL_WIDTH);
            EntryTile entryTile = new EntryTile(bundle, width);
            List<byte[]> entries = EntryBundle.decode(entryTile, source.read(entryTile));
            HashTile leafTile = new HashTile(0, bundle, width);
            byte[] tile = requireLength(leafTile, source.read(leafTile));
            List<byte[]> entryHashes = new ArrayList<>(width);
            List<byte[]> tileHashes = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                byte[] entryHash = Rfc6962.leafHash(entries.get(i));
                byte[] tileHash = Arrays.copyOfRange(tile, i * Rfc6962.HASH_SIZE, (i + 1) * Rfc6962.HASH_SIZE);
                if (firstMismatch < 0 && !MessageDigest.isEqual(entryHash, tileHash)) {
                    firstMismatch = entryTile.firstEntry() + i;
                }
                entryHashes.add(entryHash);
                tileHashes.add(tileHash);
            }
            fromEntries = fromEntries.append(entryHashes, node -> { });
            fromTiles = fromTiles.append(tileHashes, node -> keepUpper(node, size, upper));
        }
        return new AuditReport(size,
                MessageDigest.isEqual(fromEntries.root(), checkpoint.rootHash()),
                MessageDigest.isEqual(fromTiles.root(), checkpoint.rootHash()),
                firstMismatch < 0 ? OptionalLong.empty() : OptionalLong.of(firstMismatch),
                firstMismatchingUpperTile(size, upper, source));
    }

    /** Collects recomputed nodes at levels 8, 16, ... into the content of the upper tiles of the tree. */
    private static void keepUpper(NodeHash node, long size, Map<HashTile, byte[]> upper) {
        int level = node.node().level();
        if (level == 0 || level % TilePath.HEIGHT != 0) {
            return;
        }
        HashTile tile = Tiles.tileFor(node.node(), size);
        byte[] content = upper.computeIfAbsent(tile, t -> new byte[t.width() * Rfc6962.HASH_SIZE]);
        int position = (int) (node.node().index() % TilePath.FULL_WIDTH);
        System.arraycopy(node.hash(), 0, content, position * Rfc6962.HASH_SIZE, Rfc6962.HASH_SIZE);
    }

    private static Optional<HashTile> firstMismatchingUpperTile(long size, Map<HashTile, byte[]> upper, TileSource source) {
        for (HashTile tile : Tiles.changed(0, size)) {
            if (tile.level() > 0 && !MessageDigest.isEqual(upper.get(tile), requireLength(tile, source.read(tile)))) {
                return Optional.of(tile);
            }
        }
        return Optional.empty();
    }

    private static byte[] requireLength(HashTile tile, byte[] data) {
        if (data.length != tile.width() * Rfc6962.HASH_SIZE) {
            throw new VerificationException(tile + " must hold " + tile.width() + " hashes, got " + data.length + " bytes");
        }
        return data;
    }
}
