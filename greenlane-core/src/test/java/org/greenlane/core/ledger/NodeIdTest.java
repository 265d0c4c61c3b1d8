package org.greenlane.core.ledger;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeIdTest {

    @Test
    void storageIndicesAreTheAppendOrderWithoutGaps() {
        List<Long> written = new ArrayList<>();
        CompactRange range = CompactRange.empty();
        for (int leaf = 0; leaf < 1000; leaf++) {
            range = range.append(List.of(new byte[Rfc6962.HASH_SIZE]), node -> written.add(node.node().storageIndex()));
            assertThat((long) written.size()).isEqualTo(NodeId.storedHashCount(leaf + 1));
        }
        for (int i = 0; i < written.size(); i++) {
            assertThat(written.get(i)).isEqualTo(i);
        }
    }

    @Test
    void storageIndexOfTheFirstNodes() {
        // Go tlog.StoredHashIndex: leaf 0 → 0, leaf 1 → 1, (1,0) → 2, leaf 2 → 3, leaf 3 → 4, (1,1) → 5, (2,0) → 6.
        assertThat(List.of(new NodeId(0, 0), new NodeId(0, 1), new NodeId(1, 0), new NodeId(0, 2), new NodeId(0, 3),
                new NodeId(1, 1), new NodeId(2, 0)))
                .extracting(NodeId::storageIndex).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void rejectsNodesNoTreeCanHold() {
        assertThatThrownBy(() -> new NodeId(63, 0)).hasMessage("node level must be 0..62, was 63");
        assertThatThrownBy(() -> new NodeId(0, -1)).hasMessageContaining("was -1");
        assertThatThrownBy(() -> new NodeId(62, 1)).hasMessage("node index at level 62 must be 0..0, was 1");
        assertThat(new NodeId(62, 0).endLeaf()).isEqualTo(1L << 62);
    }
}
