package org.greenlane.core.ledger;

import org.greenlane.core.ledger.internal.Sha256;

/**
 * The RFC 6962 / RFC 9162 (section 2.1.1) hashing of the log's Merkle tree: SHA-256 with a 0x00
 * prefix for leaves and 0x01 for interior nodes, so that a leaf can never pass for a node.
 */
public final class Rfc6962 {

    /** Size in bytes of every hash in the tree. */
    public static final int HASH_SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final byte[] EMPTY_ROOT = Sha256.digest();

    private Rfc6962() {
    }

    /** The root of the tree with no leaves: SHA-256 of the empty string. */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }

    /** SHA-256(0x00 ‖ entry). */
    public static byte[] leafHash(byte[] entry) {
        return Sha256.digest(LEAF_PREFIX, entry);
    }

    /** SHA-256(0x01 ‖ left ‖ right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        requireHash(left, "left child hash");
        requireHash(right, "right child hash");
        return Sha256.digest(NODE_PREFIX, left, right);
    }

    static byte[] requireHash(byte[] hash, String what) {
        if (hash.length != HASH_SIZE) {
            throw new IllegalArgumentException(what + " must be " + HASH_SIZE + " bytes, was " + hash.length);
        }
        return hash;
    }
}
