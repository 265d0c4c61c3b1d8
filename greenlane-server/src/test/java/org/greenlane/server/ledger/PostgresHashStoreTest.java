package org.greenlane.server.ledger;

import org.greenlane.core.ledger.MerkleProofs;
import org.greenlane.core.ledger.NodeHash;
import org.greenlane.core.ledger.NodeId;
import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.server.ServerTest;
import org.greenlane.server.platform.identity.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Decision 069: the cached node hashes are exactly the committed ones, and only those. */
class PostgresHashStoreTest extends ServerTest {

    @Autowired
    Ledger ledger;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PostgresHashStore ledgerStore;

    private long append(int count) {
        UUID steel = organisations.findByName("Zhejiang Lvyuan Steel Co., Ltd.").orElseThrow().id();
        long last = -1;
        for (int i = 0; i < count; i++) {
            last = ledger.append(new LedgerRecord(LedgerRecord.FOOTPRINT_PUBLICATION, steel,
                    (JsonObject) Json.parse("{\"product\":\"cache test " + i + "\"}"),
                    Json.parse("{\"n\":" + i + "}"))).index();
        }
        return last + 1;
    }

    /** Every stored node of a tree of this size: leaves and complete subtrees. */
    private static List<NodeId> storedNodes(long treeSize) {
        List<NodeId> nodes = new ArrayList<>();
        for (int level = 0; (1L << level) <= treeSize; level++) {
            for (long index = 0; (index + 1) << level <= treeSize; index++) {
                nodes.add(new NodeId(level, index));
            }
        }
        return nodes;
    }

    private List<byte[]> fromDatabase(PostgresHashStore store, List<NodeId> nodes) {
        return transaction.execute(status -> store.readHashes(nodes));
    }

    @Test
    void cachedHashesAreTheCommittedOnesAndTheEndOfTheTreeIsReadAgainWhenItGrows() {
        PostgresHashStore store = new PostgresHashStore(jdbc);
        long size = append(3);
        List<NodeId> nodes = storedNodes(size);

        assertThat(store.readHashes(nodes)).containsExactlyElementsOf(fromDatabase(store, nodes));
        assertThat(store.cachedChunks()).isPositive();

        // The last chunk was cached with the positions it had; the tree grows into it.
        long grown = append(PostgresHashStore.CHUNK + 5);
        List<NodeId> all = storedNodes(grown);
        assertThat(store.readHashes(all)).containsExactlyElementsOf(fromDatabase(store, all));
        assertThat(store.readHashes(all)).containsExactlyElementsOf(fromDatabase(store, all));
        assertThat(MerkleProofs.inclusionProof(store, 0, grown))
                .containsExactlyElementsOf(transaction.execute(status -> MerkleProofs.inclusionProof(store, 0, grown)));
    }

    @Test
    void aHashNotYetStoredIsNeverServed() {
        PostgresHashStore store = new PostgresHashStore(jdbc);
        long size = append(1);
        store.readHashes(storedNodes(size));

        assertThatThrownBy(() -> store.readHashes(List.of(new NodeId(0, size + 1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not in ledger_hash");
    }

    @Test
    void whatATransactionSawBeforeRollingBackNeverEntersTheCache() {
        PostgresHashStore store = new PostgresHashStore(jdbc);
        long size = append(2);
        NodeId leaf = new NodeId(0, size - 1);
        byte[] committed = fromDatabase(store, List.of(leaf)).get(0);
        byte[] altered = new byte[32];

        transaction.executeWithoutResult(status -> {
            jdbc.update("update ledger_hash set hash = ? where position = ?", altered, leaf.storageIndex());
            assertThat(store.readHashes(List.of(leaf)).get(0)).isEqualTo(altered);
            status.setRollbackOnly();
        });

        assertThat(store.readHashes(List.of(leaf)).get(0)).isEqualTo(committed);
    }

    @Test
    void theCacheKeepsAtMostItsNumberOfChunks() {
        PostgresHashStore store = new PostgresHashStore(jdbc, 2);
        long size = append(PostgresHashStore.CHUNK * 2);
        List<NodeId> nodes = storedNodes(size);

        for (NodeId node : nodes) {
            store.readHashes(List.of(node));
        }

        assertThat(store.cachedChunks()).isLessThanOrEqualTo(2);
        assertThat(store.readHashes(nodes)).containsExactlyElementsOf(fromDatabase(store, nodes));
    }

    @Test
    void hashesTheLedgerCommitsAreServedFromMemoryWithoutAQuery() {
        // The cache holds the tree up to its end; what the ledger commits next continues that run.
        ledgerStore.readHashes(storedNodes(append(1)));
        long size = append(3);
        NodeId leaf = new NodeId(0, size - 1);
        byte[] committed = fromDatabase(ledgerStore, List.of(leaf)).get(0);

        // Altered behind the log's back: a read that went to the table would now see zeros.
        jdbc.update("update ledger_hash set hash = ? where position = ?", new byte[32], leaf.storageIndex());
        try {
            assertThat(ledgerStore.readHashes(List.of(leaf)).get(0)).isEqualTo(committed);
        } finally {
            jdbc.update("update ledger_hash set hash = ? where position = ?", committed, leaf.storageIndex());
        }
    }

    @Test
    void hashesWrittenInATransactionThatRollsBackNeverEnterTheCache() {
        PostgresHashStore store = new PostgresHashStore(jdbc);
        long size = append(1);
        NodeId beyond = new NodeId(0, size + 1_000);

        transaction.executeWithoutResult(status -> {
            store.writeHashes(List.of(new NodeHash(beyond, new byte[32])));
            status.setRollbackOnly();
        });

        assertThatThrownBy(() -> store.readHashes(List.of(beyond)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not in ledger_hash");
    }
}
