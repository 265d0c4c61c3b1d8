package org.greenlane.core.ledger.client;

import org.greenlane.core.ledger.Checkpoint;
import org.greenlane.core.ledger.InMemoryHashStore;
import org.greenlane.core.ledger.MerkleLog;
import org.greenlane.core.ledger.note.NoteSigner;
import org.greenlane.core.ledger.note.SignedNote;
import org.greenlane.core.ledger.tile.EntryBundle;
import org.greenlane.core.ledger.tile.EntryTile;
import org.greenlane.core.ledger.tile.HashTile;
import org.greenlane.core.ledger.tile.TileSource;
import org.greenlane.core.ledger.tile.Tiles;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A log as a server would run it, in memory: entries, node hashes, signed checkpoints and tiles. */
final class TestLog {

    final String origin;
    final NoteSigner signer;
    final List<byte[]> entries = new ArrayList<>();
    final InMemoryHashStore store = new InMemoryHashStore();
    final MerkleLog log = MerkleLog.open(store, 0);

    TestLog(String origin, NoteSigner signer) {
        this.origin = origin;
        this.signer = signer;
    }

    TestLog append(String prefix, int count) {
        List<byte[]> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add((prefix + " " + (entries.size() + i)).getBytes(StandardCharsets.UTF_8));
        }
        entries.addAll(batch);
        log.append(batch);
        return this;
    }

    String signedCheckpoint() {
        return SignedNote.sign(Checkpoint.of(origin, log.size(), log.root()).format(), List.of(signer));
    }

    /** Serves hash tiles from the node store and entry bundles from the entries, as the tiles API would. */
    TileSource tiles() {
        return tile -> {
            if (tile instanceof HashTile hashTile) {
                return Tiles.read(hashTile, store);
            }
            EntryTile bundle = (EntryTile) tile;
            int first = (int) bundle.firstEntry();
            return EntryBundle.encode(entries.subList(first, first + bundle.width()));
        };
    }
}
