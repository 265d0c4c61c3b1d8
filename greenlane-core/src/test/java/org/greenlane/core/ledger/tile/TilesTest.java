package org.greenlane.core.ledger.tile;

import org.greenlane.core.ledger.InMemoryHashStore;
import org.greenlane.core.ledger.MerkleLog;
import org.greenlane.core.ledger.MerkleProofs;
import org.greenlane.core.ledger.NodeId;
import org.greenlane.core.ledger.Rfc6962;
import org.greenlane.core.ledger.VerificationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TilesTest {

    private static final int SIZE = 70_000;
    private static InMemoryHashStore store;

    @BeforeAll
    static void buildLog() {
        store = new InMemoryHashStore();
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            entries.add(ByteBuffer.allocate(4).putInt(i).array());
        }
        MerkleLog.open(store, 0).append(entries);
    }

    @Test
    void aTreeOf70000LeavesHas277Tiles() {
        // Level 0: 70000 = 273·256 + 112 → 273 full tiles and a partial of 112.
        // Level 1: 70000 >> 8 = 273 = 1·256 + 17 → 1 full tile and a partial of 17.
        // Level 2: 273 >> 8 = 1 → a partial of 1. Level 3: 70000 >> 24 = 0 → none.
        List<HashTile> tiles = Tiles.changed(0, SIZE);
        assertThat(tiles).hasSize(277);
        assertThat(tiles.subList(272, 277)).containsExactly(new HashTile(0, 272, 256), new HashTile(0, 273, 112),
                new HashTile(1, 0, 256), new HashTile(1, 1, 17), new HashTile(2, 0, 1));
    }

    @Test
    void growthChangesOnlyTheRightEdge() {
        // 300 → 600 leaves: tile 0/001 fills up, 0/002 appears with 600 − 512 = 88, 1/000 grows to 600 >> 8 = 2.
        assertThat(Tiles.changed(300, 600)).containsExactly(new HashTile(0, 1, 256), new HashTile(0, 2, 88),
                new HashTile(1, 0, 2));
        assertThat(Tiles.changed(600, 600)).isEmpty();
        assertThatThrownBy(() -> Tiles.changed(601, 600)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStoredNodeCanBeReadBackFromItsTile() {
        for (int level = 0; level <= 16; level++) {
            long count = SIZE >> level;
            for (long index : new long[] {0, count / 3, count - 1}) {
                NodeId node = new NodeId(level, index);
                HashTile tile = Tiles.tileFor(node, SIZE);
                byte[] hash = Tiles.hash(tile, Tiles.read(tile, store), node);
                assertThat(hash).as("%s from %s", node, tile).isEqualTo(store.readHashes(List.of(node)).get(0));
            }
        }
        assertThatThrownBy(() -> Tiles.tileFor(new NodeId(17, 0), SIZE)).hasMessageContaining("is not complete");
    }

    @Test
    void tileContentIsValidated() {
        HashTile tile = new HashTile(0, 1, 4);
        byte[] data = Tiles.read(tile, store);
        assertThat(data).hasSize(4 * Rfc6962.HASH_SIZE);
        assertThatThrownBy(() -> Tiles.hash(tile, new byte[100], new NodeId(0, 256)))
                .isInstanceOf(VerificationException.class).hasMessageContaining("must hold 4 hashes");
        assertThatThrownBy(() -> Tiles.hash(tile, data, new NodeId(0, 260))).hasMessageContaining("cannot be read from");
        assertThatThrownBy(() -> Tiles.hash(tile, data, new NodeId(3, 32))).hasMessageContaining("cannot be read from");
        assertThat(Tiles.hash(tile, data, new NodeId(2, 64))).isEqualTo(store.readHashes(List.of(new NodeId(2, 64))).get(0));
    }

    @Test
    void proofsBuiltFromTilesEqualProofsFromTheStore() {
        for (long size : new long[] {1, 255, 256, 257, 65_536, 65_537, 69_999}) {
            TileHashReader tiles = new TileHashReader(size, tile -> Tiles.read((HashTile) tile, store));
            assertThat(MerkleProofs.root(tiles, size)).isEqualTo(MerkleProofs.root(store, size));
            for (long index : new long[] {0, size / 2, size - 1}) {
                assertThat(MerkleProofs.inclusionProof(tiles, index, size))
                        .containsExactlyElementsOf(MerkleProofs.inclusionProof(store, index, size));
            }
            assertThat(MerkleProofs.consistencyProof(tiles, Math.max(1, size / 3), size))
                    .containsExactlyElementsOf(MerkleProofs.consistencyProof(store, Math.max(1, size / 3), size));
        }
    }

    @Test
    void aTileReaderFetchesEachTileOncePerProofAndStaysInsideItsTree() {
        List<TilePath> fetched = new ArrayList<>();
        TileHashReader tiles = new TileHashReader(SIZE, tile -> {
            fetched.add(tile);
            return Tiles.read((HashTile) tile, store);
        });
        MerkleProofs.inclusionProof(tiles, 12345, SIZE);
        assertThat(fetched).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(6);
        assertThatThrownBy(() -> tiles.readHashes(List.of(new NodeId(0, SIZE)))).isInstanceOf(IllegalStateException.class);
    }
}
