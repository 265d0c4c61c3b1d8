package org.greenlane.core.ledger;

import java.util.Arrays;
import java.util.HexFormat;

/** The hash of a complete subtree, as written to a {@link HashStore}. */
public record NodeHash(NodeId node, byte[] hash) {

    public NodeHash {
        if (node == null) {
            throw new IllegalArgumentException("node must not be null");
        }
        hash = Rfc6962.requireHash(hash, "hash of " + node).clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NodeHash that && node.equals(that.node) && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return 31 * node.hashCode() + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return node + "=" + HexFormat.of().formatHex(hash);
    }
}
