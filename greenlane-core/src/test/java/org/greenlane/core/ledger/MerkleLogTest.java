package org.greenlane.core.ledger;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MerkleLogTest {

    @Test
    void batchesAndSingleAppendsGiveTheSameTree() {
        MerkleLog batched = MerkleLog.open(new InMemoryHashStore(), 0);
        MerkleLog single = MerkleLog.open(new InMemoryHashStore(), 0);
        List<byte[]> entries = entries(0, 300);
        MerkleLog.Appended first = batched.append(entries.subList(0, 100));
        MerkleLog.Appended second = batched.append(entries.subList(100, 300));
        entries.forEach(entry -> single.append(List.of(entry)));

        assertThat(first.firstIndex()).isZero();
        assertThat(first.treeSize()).isEqualTo(100);
        assertThat(second.firstIndex()).isEqualTo(100);
        assertThat(second.treeSize()).isEqualTo(300);
        assertThat(second.root()).isEqualTo(single.root()).isEqualTo(batched.root());
        assertThat(batched.root(100)).isEqualTo(first.root());
    }

    @Test
    void reopeningContinuesWhereTheStoreEnds() {
        InMemoryHashStore store = new InMemoryHashStore();
        MerkleLog log = MerkleLog.open(store, 0);
        log.append(entries(0, 77));
        MerkleLog reopened = MerkleLog.open(store, 77);
        assertThat(reopened.root()).isEqualTo(log.root());

        reopened.append(entries(77, 130));
        MerkleLog reference = MerkleLog.open(new InMemoryHashStore(), 0);
        reference.append(entries(0, 130));
        assertThat(reopened.root()).isEqualTo(reference.root());
        // 130 leaves store 2·130 − popcount(130 = 0b10000010) = 258 hashes.
        assertThat(store.size()).isEqualTo(NodeId.storedHashCount(130)).isEqualTo(258);
    }

    @Test
    void aFailedStoreWriteLeavesTheLogUnchanged() {
        InMemoryHashStore backing = new InMemoryHashStore();
        boolean[] fail = {false};
        HashStore flaky = new HashStore() {
            @Override
            public List<byte[]> readHashes(List<NodeId> nodes) {
                return backing.readHashes(nodes);
            }

            @Override
            public void writeHashes(List<NodeHash> nodes) {
                if (fail[0]) {
                    throw new IllegalStateException("disk full");
                }
                backing.writeHashes(nodes);
            }
        };
        MerkleLog log = MerkleLog.open(flaky, 0);
        log.append(entries(0, 5));
        byte[] root = log.root();
        fail[0] = true;
        assertThatThrownBy(() -> log.append(entries(5, 9))).hasMessage("disk full");
        assertThat(log.size()).isEqualTo(5);
        assertThat(log.root()).isEqualTo(root);
        fail[0] = false;
        log.append(entries(5, 9));
        assertThat(log.size()).isEqualTo(9);
    }

    @Test
    void rejectsOversizedEntriesAndSizesBeyondTheLog() {
        MerkleLog log = MerkleLog.open(new InMemoryHashStore(), 0);
        log.append(entries(0, 3));
        assertThatThrownBy(() -> log.append(List.of(new byte[1], new byte[65536])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entry 4 has 65536 bytes; a log entry holds at most 65535");
        assertThat(log.size()).isEqualTo(3);
        assertThatThrownBy(() -> log.inclusionProof(0, 4)).hasMessageContaining("tree size must be 0..3");
        assertThatThrownBy(() -> log.consistencyProof(1, 4)).hasMessageContaining("tree size must be 0..3");
        assertThatThrownBy(() -> log.root(-1)).hasMessageContaining("was -1");
        assertThat(log.append(List.of(new byte[65535])).treeSize()).isEqualTo(4);
    }

    @Test
    void openingBeyondTheStoreFails() {
        InMemoryHashStore store = new InMemoryHashStore();
        MerkleLog.open(store, 0).append(entries(0, 4));
        assertThatThrownBy(() -> MerkleLog.open(store, 5)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("node(level 0, index 4) is not stored");
    }

    static List<byte[]> entries(int from, int to) {
        List<byte[]> entries = new ArrayList<>();
        for (int i = from; i < to; i++) {
            entries.add(("record " + i).getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }
}
