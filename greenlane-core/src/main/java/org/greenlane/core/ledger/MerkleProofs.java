package org.greenlane.core.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Inclusion and consistency proofs of RFC 9162 section 2.1.3 and 2.1.4: generation from stored hashes
 * (one batched read of O(log n) hashes per proof) and verification by the algorithms of sections
 * 2.1.3.2 and 2.1.4.2. Verification takes raw bytes because its inputs come off the wire.
 */
public final class MerkleProofs {

    private MerkleProofs() {
    }

    /** The root of the stored tree of the given size, read as O(log n) hashes. */
    public static byte[] root(HashReader reader, long treeSize) {
        requireSize(treeSize, "tree size");
        if (treeSize == 0) {
            return Rfc6962.emptyRoot();
        }
        List<List<NodeId>> plan = new ArrayList<>();
        plan.add(CompactRange.nodes(0, treeSize));
        return read(reader, plan).get(0);
    }

    /** PATH(index, D[treeSize]) of RFC 9162 section 2.1.3.1, from the leaf up. */
    public static List<byte[]> inclusionProof(HashReader reader, long index, long treeSize) {
        requireSize(treeSize, "tree size");
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf index must be 0.." + (treeSize - 1) + " in a tree of size "
                    + treeSize + ", was " + index);
        }
        List<List<NodeId>> plan = new ArrayList<>();
        planInclusion(0, treeSize, index, plan);
        return read(reader, plan);
    }

    /** PROOF(size1, D[size2]) of RFC 9162 section 2.1.4.1; empty when the sizes are equal. */
    public static List<byte[]> consistencyProof(HashReader reader, long size1, long size2) {
        requireSize(size2, "size2");
        if (size1 < 1 || size1 > size2) {
            throw new IllegalArgumentException("size1 must be 1.." + size2 + " (size2), was " + size1
                    + ": a tree is only consistent with a non-empty earlier tree");
        }
        List<List<NodeId>> plan = new ArrayList<>();
        planConsistency(0, size2, size1, true, plan);
        return read(reader, plan);
    }

    private static void planInclusion(long from, long to, long index, List<List<NodeId>> plan) {
        if (to - from == 1) {
            return;
        }
        long split = from + Long.highestOneBit(to - from - 1);
        if (index < split) {
            planInclusion(from, split, index, plan);
            plan.add(CompactRange.nodes(split, to));
        } else {
            planInclusion(split, to, index, plan);
            plan.add(CompactRange.nodes(from, split));
        }
    }

    /** SUBPROOF(size1 - from, D[from:to], whole) with absolute leaf positions. */
    private static void planConsistency(long from, long to, long size1, boolean whole, List<List<NodeId>> plan) {
        if (size1 == to) {
            if (!whole) {
                plan.add(CompactRange.nodes(from, to));
            }
            return;
        }
        long split = from + Long.highestOneBit(to - from - 1);
        if (size1 <= split) {
            planConsistency(from, split, size1, whole, plan);
            plan.add(CompactRange.nodes(split, to));
        } else {
            planConsistency(split, to, size1, false, plan);
            plan.add(CompactRange.nodes(from, split));
        }
    }

    /** Reads all planned nodes at once, then hashes each group of subtrees into one proof element. */
    private static List<byte[]> read(HashReader reader, List<List<NodeId>> plan) {
        List<NodeId> all = new ArrayList<>();
        plan.forEach(all::addAll);
        List<byte[]> stored = reader.readHashes(all);
        if (stored.size() != all.size()) {
            throw new IllegalStateException("asked the hash store for " + all.size() + " hashes, got " + stored.size());
        }
        List<byte[]> elements = new ArrayList<>(plan.size());
        int next = 0;
        for (List<NodeId> group : plan) {
            next += group.size();
            byte[] hash = Rfc6962.requireHash(stored.get(next - 1), "stored hash of " + all.get(next - 1)).clone();
            for (int i = next - 2; i >= next - group.size(); i--) {
                hash = Rfc6962.nodeHash(Rfc6962.requireHash(stored.get(i), "stored hash of " + all.get(i)), hash);
            }
            elements.add(hash);
        }
        return elements;
    }

    /**
     * Verifies that {@code leafHash} is leaf {@code index} of the tree of {@code treeSize} leaves whose
     * root is {@code root} (RFC 9162 section 2.1.3.2).
     *
     * @throws VerificationException naming what does not hold
     */
    public static void verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || treeSize < 0) {
            throw new VerificationException("leaf index " + Long.toUnsignedString(index) + " or tree size "
                    + Long.toUnsignedString(treeSize) + " is beyond 2^63-1");
        }
        if (index >= treeSize) {
            throw new VerificationException("leaf index " + index + " is not below tree size " + treeSize);
        }
        requireWireHash(leafHash, "leaf hash");
        requireWireHashes(proof, "inclusion proof");
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (int i = 0; i < proof.size(); i++) {
            byte[] p = proof.get(i);
            if (sn == 0) {
                throw new VerificationException("inclusion proof has more than the " + i
                        + " elements of the path from leaf " + index + " in a tree of size " + treeSize);
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Rfc6962.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = Rfc6962.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new VerificationException("inclusion proof with " + proof.size()
                    + " elements is too short for leaf " + index + " in a tree of size " + treeSize);
        }
        if (!MessageDigest.isEqual(r, root)) {
            throw new VerificationException("inclusion proof for leaf " + index + " leads to a root other than the tree's");
        }
    }

    /**
     * Verifies that the tree of {@code size1} leaves with root {@code root1} is a prefix of the tree of
     * {@code size2} leaves with root {@code root2} (RFC 9162 section 2.1.4.2). An empty first tree is
     * rejected: it is consistent with every tree, so such a check proves nothing.
     *
     * @throws VerificationException naming what does not hold
     */
    public static void verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2) {
        if (size1 < 0 || size2 < 0) {
            throw new VerificationException("size1 " + Long.toUnsignedString(size1) + " or size2 "
                    + Long.toUnsignedString(size2) + " is beyond 2^63-1");
        }
        if (size1 == 0) {
            throw new VerificationException("size1 is 0: consistency with the empty tree proves nothing");
        }
        if (size1 > size2) {
            throw new VerificationException("size1 " + size1 + " is greater than size2 " + size2);
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                throw new VerificationException("trees of equal size " + size1 + " need an empty consistency proof, got "
                        + proof.size() + " elements");
            }
            if (!MessageDigest.isEqual(root1, root2)) {
                throw new VerificationException("trees of equal size " + size1 + " have different roots");
            }
            return;
        }
        if (proof.isEmpty()) {
            throw new VerificationException("consistency proof from size " + size1 + " to " + size2 + " is empty");
        }
        requireWireHash(root1, "root1");
        requireWireHash(root2, "root2");
        requireWireHashes(proof, "consistency proof");
        List<byte[]> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(size1) == 1) {
            path.add(root1);
        }
        path.addAll(proof);
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new VerificationException("consistency proof from size " + size1 + " to " + size2
                        + " has too many elements (" + proof.size() + ")");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Rfc6962.nodeHash(c, fr);
                sr = Rfc6962.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = Rfc6962.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new VerificationException("consistency proof from size " + size1 + " to " + size2
                    + " is too short (" + proof.size() + " elements)");
        }
        if (!MessageDigest.isEqual(fr, root1)) {
            throw new VerificationException("consistency proof does not lead to root1 of the tree of size " + size1);
        }
        if (!MessageDigest.isEqual(sr, root2)) {
            throw new VerificationException("consistency proof does not lead to root2 of the tree of size " + size2);
        }
    }

    private static void requireSize(long size, String what) {
        if (size < 0) {
            throw new IllegalArgumentException(what + " must be non-negative, was " + size);
        }
    }

    private static void requireWireHash(byte[] hash, String what) {
        if (hash.length != Rfc6962.HASH_SIZE) {
            throw new VerificationException(what + " must be " + Rfc6962.HASH_SIZE + " bytes, was " + hash.length);
        }
    }

    private static void requireWireHashes(List<byte[]> proof, String what) {
        for (int i = 0; i < proof.size(); i++) {
            requireWireHash(proof.get(i), what + " element " + i);
        }
    }
}
