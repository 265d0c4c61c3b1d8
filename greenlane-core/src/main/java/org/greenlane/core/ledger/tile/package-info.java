/** C2SP tlog-tiles: tile and entry-bundle paths, tile content from stored hashes, proofs from fetched tiles. */
package org.greenlane.core.ledger.tile;
