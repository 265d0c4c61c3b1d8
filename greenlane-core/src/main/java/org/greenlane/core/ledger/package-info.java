/**
 * The transparency log engine: an append-only RFC 6962 Merkle tree ({@link org.greenlane.core.ledger.MerkleLog})
 * over a {@link org.greenlane.core.ledger.HashStore} the server implements, RFC 9162 inclusion and consistency
 * proofs ({@link org.greenlane.core.ledger.MerkleProofs}) and C2SP checkpoints
 * ({@link org.greenlane.core.ledger.Checkpoint}). Subpackages: {@code note} (signed notes, Ed25519 keys),
 * {@code tile} (tlog-tiles), {@code client} (receipts, consistency checks, audits), {@code jcs} (RFC 8785 JSON).
 */
package org.greenlane.core.ledger;
