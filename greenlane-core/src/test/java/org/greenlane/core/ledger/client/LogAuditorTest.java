package org.greenlane.core.ledger.client;

import org.greenlane.core.ledger.Checkpoint;
import org.greenlane.core.ledger.Rfc6962;
import org.greenlane.core.ledger.note.NoteSigner;
import org.greenlane.core.ledger.tile.EntryBundle;
import org.greenlane.core.ledger.tile.EntryTile;
import org.greenlane.core.ledger.tile.HashTile;
import org.greenlane.core.ledger.tile.TileSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class LogAuditorTest {

    private static final String ORIGIN = "greenlane.example/log";
    private static final NoteSigner KEY = NoteSigner.generate(ORIGIN, new SecureRandom());

    // 70,000 entries: three tile levels (273 full level-0 tiles, level 1 with 273 hashes, level 2 with 1).
    private static TestLog log;
    private static Checkpoint checkpoint;

    @BeforeAll
    static void buildLog() {
        log = new TestLog(ORIGIN, KEY).append("record", 70_000);
        checkpoint = new LogClient(ORIGIN, KEY.verifier()).verifyCheckpoint(log.signedCheckpoint());
    }

    @Test
    void anHonestLogIsIntact() {
        AuditReport report = LogAuditor.audit(checkpoint, log.tiles());
        assertThat(report).isEqualTo(new AuditReport(70_000, true, true, OptionalLong.empty(), Optional.empty()));
        assertThat(report.intact()).isTrue();
    }

    @Test
    void anEditedEntryIsFoundAtItsIndex() {
        TileSource edited = replacingEntry(log.tiles(), 12_345, "record 12345 but cheaper");
        AuditReport report = LogAuditor.audit(checkpoint, edited);
        assertThat(report.entriesMatchCheckpoint()).isFalse();
        assertThat(report.tilesMatchCheckpoint()).isTrue();
        assertThat(report.firstMismatchingEntry()).hasValue(12_345);
        assertThat(report.intact()).isFalse();
    }

    @Test
    void anEntryEditedTogetherWithItsLeafTileIsCaughtByTheUpperTileAndTheRoot() {
        long index = 12_345;
        byte[] forged = "record 12345 but cheaper".getBytes(StandardCharsets.UTF_8);
        TileSource entryEdited = replacingEntry(log.tiles(), index, "record 12345 but cheaper");
        TileSource bothEdited = tile -> {
            byte[] data = entryEdited.read(tile);
            if (tile instanceof HashTile hashTile && hashTile.level() == 0 && hashTile.index() == index / 256) {
                System.arraycopy(Rfc6962.leafHash(forged), 0, data, (int) (index % 256) * Rfc6962.HASH_SIZE, Rfc6962.HASH_SIZE);
            }
            return data;
        };
        AuditReport report = LogAuditor.audit(checkpoint, bothEdited);
        assertThat(report.entriesMatchCheckpoint()).isFalse();
        assertThat(report.tilesMatchCheckpoint()).isFalse();
        assertThat(report.firstMismatchingEntry()).isEmpty();
        // Level-1 tile 0 holds the roots of level-0 tiles 0..255; 12345 / 256 = tile 48 is among them.
        assertThat(report.firstMismatchingTile()).hasValue(new HashTile(1, 0, 256));
    }

    @Test
    void aWrongUpperTileIsReported() {
        TileSource source = log.tiles();
        TileSource wrongTop = tile -> {
            byte[] data = source.read(tile);
            if (tile instanceof HashTile hashTile && hashTile.level() == 2) {
                data[0] ^= 1;
            }
            return data;
        };
        AuditReport report = LogAuditor.audit(checkpoint, wrongTop);
        assertThat(report.entriesMatchCheckpoint()).isTrue();
        assertThat(report.firstMismatchingTile()).hasValue(new HashTile(2, 0, 1));
    }

    private static TileSource replacingEntry(TileSource source, long index, String forged) {
        return tile -> {
            if (tile instanceof EntryTile bundle && bundle.index() == index / 256) {
                List<byte[]> entries = new ArrayList<>(EntryBundle.decode(bundle, source.read(bundle)));
                entries.set((int) (index % 256), forged.getBytes(StandardCharsets.UTF_8));
                return EntryBundle.encode(entries);
            }
            return source.read(tile);
        };
    }
}
