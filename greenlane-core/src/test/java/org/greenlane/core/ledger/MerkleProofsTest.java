package org.greenlane.core.ledger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proofs from stored hashes against a direct transcription of the RFC 9162 definitions (MTH, PATH,
 * SUBPROOF in sections 2.1.1, 2.1.3.1 and 2.1.4.1) computed over the raw leaves.
 */
class MerkleProofsTest {

    private static final int LEAVES = 70;

    private static List<byte[]> entries;
    private static InMemoryHashStore store;

    @BeforeAll
    static void buildTree() {
        entries = new ArrayList<>();
        for (int i = 0; i < LEAVES; i++) {
            entries.add(("entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        store = new InMemoryHashStore();
        MerkleLog.open(store, 0).append(entries);
    }

    @Test
    void rootsMatchTheDefinition() {
        for (int size = 0; size <= LEAVES; size++) {
            assertThat(MerkleProofs.root(store, size)).as("size %d", size).isEqualTo(mth(entries.subList(0, size)));
        }
    }

    @Test
    void inclusionProofsMatchTheDefinitionAndVerify() {
        for (int size = 1; size <= LEAVES; size++) {
            byte[] root = mth(entries.subList(0, size));
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = MerkleProofs.inclusionProof(store, index, size);
                assertThat(proof).as("PATH(%d, D[%d])", index, size)
                        .containsExactlyElementsOf(path(index, entries.subList(0, size)));
                long i = index;
                long n = size;
                assertThatCode(() -> MerkleProofs.verifyInclusion(i, n, Rfc6962.leafHash(entries.get((int) i)), proof, root))
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void consistencyProofsMatchTheDefinitionAndVerify() {
        for (int size2 = 1; size2 <= LEAVES; size2++) {
            byte[] root2 = mth(entries.subList(0, size2));
            for (int size1 = 1; size1 <= size2; size1++) {
                List<byte[]> proof = MerkleProofs.consistencyProof(store, size1, size2);
                assertThat(proof).as("PROOF(%d, D[%d])", size1, size2)
                        .containsExactlyElementsOf(subproof(size1, entries.subList(0, size2), true));
                long m = size1;
                long n = size2;
                byte[] root1 = mth(entries.subList(0, size1));
                assertThatCode(() -> MerkleProofs.verifyConsistency(m, n, proof, root1, root2)).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void everyAlteredProofIsRejected() {
        byte[] root = MerkleProofs.root(store, 53);
        List<byte[]> proof = MerkleProofs.inclusionProof(store, 37, 53);
        byte[] leaf = Rfc6962.leafHash(entries.get(37));
        for (int element = 0; element < proof.size(); element++) {
            List<byte[]> altered = new ArrayList<>(proof);
            byte[] flipped = proof.get(element).clone();
            flipped[7] ^= 1;
            altered.set(element, flipped);
            assertThatThrownBy(() -> MerkleProofs.verifyInclusion(37, 53, leaf, altered, root))
                    .isInstanceOf(VerificationException.class).hasMessageContaining("root other than");
        }
        List<byte[]> swapped = new ArrayList<>(proof);
        swapped.set(0, proof.get(1));
        swapped.set(1, proof.get(0));
        assertThatThrownBy(() -> MerkleProofs.verifyInclusion(37, 53, leaf, swapped, root))
                .isInstanceOf(VerificationException.class);
        List<byte[]> consistency = MerkleProofs.consistencyProof(store, 21, 53);
        byte[] root1 = MerkleProofs.root(store, 21);
        assertThatThrownBy(() -> MerkleProofs.verifyConsistency(21, 53, consistency, root1, MerkleProofs.root(store, 52)))
                .isInstanceOf(VerificationException.class).hasMessageContaining("root2");
    }

    @Test
    void proofsReadOnlyLogarithmicallyManyHashesInOneBatch() {
        // A tree of 2^40 + 2^39 + 12345 leaves is never built: a reader that records requests suffices.
        long size = (1L << 40) + (1L << 39) + 12345;
        List<Integer> batches = new ArrayList<>();
        HashReader counting = nodes -> {
            batches.add(nodes.size());
            return nodes.stream().map(node -> new byte[Rfc6962.HASH_SIZE]).toList();
        };
        MerkleProofs.inclusionProof(counting, size - 1, size);
        MerkleProofs.inclusionProof(counting, 123456789, size);
        MerkleProofs.consistencyProof(counting, 987654321, size);
        MerkleProofs.root(counting, size);
        // ⌈log2(size)⌉ = 41 levels; a path reads at most one sibling group per level, together at most
        // 2·41 hashes (each right-edge group is a compact range of the part it covers).
        assertThat(batches).hasSize(4).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(2 * 41));
    }

    @Test
    void generationRejectsImpossibleRequests() {
        assertThatThrownBy(() -> MerkleProofs.inclusionProof(store, 5, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leaf index must be 0..4");
        assertThatThrownBy(() -> MerkleProofs.consistencyProof(store, 0, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size1 must be 1..5");
        assertThatThrownBy(() -> MerkleProofs.consistencyProof(store, 6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.root(store, LEAVES + 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not stored");
    }

    private static byte[] mth(List<byte[]> d) {
        if (d.isEmpty()) {
            return Rfc6962.emptyRoot();
        }
        if (d.size() == 1) {
            return Rfc6962.leafHash(d.get(0));
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return Rfc6962.nodeHash(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
    }

    private static List<byte[]> path(int m, List<byte[]> d) {
        List<byte[]> result = new ArrayList<>();
        if (d.size() > 1) {
            int k = Integer.highestOneBit(d.size() - 1);
            if (m < k) {
                result.addAll(path(m, d.subList(0, k)));
                result.add(mth(d.subList(k, d.size())));
            } else {
                result.addAll(path(m - k, d.subList(k, d.size())));
                result.add(mth(d.subList(0, k)));
            }
        }
        return result;
    }

    private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        List<byte[]> result = new ArrayList<>();
        if (m == d.size()) {
            if (!b) {
                result.add(mth(d));
            }
            return result;
        }
        int k = Integer.highestOneBit(d.size() - 1);
        if (m <= k) {
            result.addAll(subproof(m, d.subList(0, k), b));
            result.add(mth(d.subList(k, d.size())));
        } else {
            result.addAll(subproof(m - k, d.subList(k, d.size()), false));
            result.add(mth(d.subList(0, k)));
        }
        return result;
    }
}
