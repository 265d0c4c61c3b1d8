package org.greenlane.server.ledger;

/** The committed tree: size, root and the signed checkpoint of exactly that tree. */
record LogState(long treeSize, byte[] root, String checkpoint) {
}
