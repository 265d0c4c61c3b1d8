package org.greenlane.core.ledger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference tree of transparency-dev/merkle (testonly/reference_test_constants, read as data from
 * ../shared/data/tlog/reference-tree-constants.go.txt): its 8 leaves, node hashes, roots for every
 * size and compact ranges, which our tree must reproduce byte for byte.
 */
class ReferenceTreeTest {

    private static final Pattern HEX = Pattern.compile("hd\\(\"([0-9a-f]*)\"\\)");
    private static final Pattern NODE_REF = Pattern.compile("nh\\[(\\d)]\\[(\\d)]");

    private static List<byte[]> leaves;
    private static List<List<byte[]>> nodeHashes;
    private static List<byte[]> roots;
    private static List<List<byte[]>> compactTrees;

    @BeforeAll
    static void readConstants() throws IOException {
        String go = Files.readString(SharedData.require("tlog/reference-tree-constants.go.txt", "reference tree"));
        leaves = hexes(function(go, "LeafInputs"));
        nodeHashes = new ArrayList<>();
        for (String level : function(go, "NodeHashes").split("}, \\{")) {
            nodeHashes.add(hexes(level));
        }
        roots = new ArrayList<>();
        roots.add(hexes(function(go, "EmptyRootHash")).get(0));
        roots.addAll(hexes(function(go, "RootHashes")));
        compactTrees = new ArrayList<>();
        for (String line : function(go, "CompactTrees").split("\n")) {
            if (line.trim().startsWith("nil")) {
                compactTrees.add(List.of());
            } else if (line.trim().startsWith("{nh")) {
                List<byte[]> tree = new ArrayList<>();
                Matcher ref = NODE_REF.matcher(line);
                while (ref.find()) {
                    tree.add(nodeHashes.get(Integer.parseInt(ref.group(1))).get(Integer.parseInt(ref.group(2))));
                }
                compactTrees.add(tree);
            }
        }
    }

    @Test
    void constantsWereRead() {
        // reference-tree-constants: 8 leaves; 8+4+2+1 node hashes; roots for sizes 0..8; 9 compact trees.
        assertThat(leaves).hasSize(8);
        assertThat(nodeHashes).extracting(List::size).containsExactly(8, 4, 2, 1);
        assertThat(roots).hasSize(9);
        assertThat(compactTrees).hasSize(9);
    }

    @Test
    void everyPrefixHasTheReferenceRootAndCompactRange() {
        InMemoryHashStore store = new InMemoryHashStore();
        MerkleLog log = MerkleLog.open(store, 0);
        assertThat(log.root()).isEqualTo(roots.get(0));
        for (int size = 1; size <= leaves.size(); size++) {
            log.append(List.of(leaves.get(size - 1)));
            assertThat(log.root()).as("root of size %d", size).isEqualTo(roots.get(size));
            assertThat(CompactRange.read(store, size).hashes()).as("compact range of size %d", size)
                    .containsExactlyElementsOf(compactTrees.get(size));
        }
        for (int size = 0; size <= leaves.size(); size++) {
            assertThat(log.root(size)).as("historic root of size %d", size).isEqualTo(roots.get(size));
        }
    }

    @Test
    void storedNodesAreTheReferenceNodeHashes() {
        InMemoryHashStore store = new InMemoryHashStore();
        MerkleLog.open(store, 0).append(leaves);
        for (int level = 0; level < nodeHashes.size(); level++) {
            for (int index = 0; index < nodeHashes.get(level).size(); index++) {
                NodeId node = new NodeId(level, index);
                assertThat(store.readHashes(List.of(node)).get(0)).as("%s", node)
                        .isEqualTo(nodeHashes.get(level).get(index));
            }
        }
        // 8 leaves store 2·8 − popcount(8) = 15 hashes: 8 + 4 + 2 + 1.
        assertThat(store.size()).isEqualTo(15);
    }

    private static String function(String go, String name) {
        int start = go.indexOf("func " + name + "()");
        int end = go.indexOf("\nfunc ", start + 1);
        return go.substring(start, end < 0 ? go.length() : end);
    }

    private static List<byte[]> hexes(String text) {
        List<byte[]> values = new ArrayList<>();
        Matcher hex = HEX.matcher(text);
        while (hex.find()) {
            values.add(HexFormat.of().parseHex(hex.group(1)));
        }
        return values;
    }
}
