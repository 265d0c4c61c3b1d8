package org.greenlane.core.ledger.client;

import org.greenlane.core.ledger.tile.HashTile;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link LogAuditor} found for a checkpoint.
 *
 * @param treeSize               size of the audited checkpoint
 * @param entriesMatchCheckpoint the tree recomputed from the entries has the checkpoint's root
 * @param tilesMatchCheckpoint   the tree recomputed from the level-0 tile hashes has the checkpoint's root
 * @param firstMismatchingEntry  first index whose entry does not hash to the leaf hash in its tile; when
 *                               the tiles match the checkpoint, this is the first altered entry
 * @param firstMismatchingTile   first tile whose content differs from the tree recomputed from level 0
 */
public record AuditReport(long treeSize, boolean entriesMatchCheckpoint, boolean tilesMatchCheckpoint,
                          OptionalLong firstMismatchingEntry, Optional<HashTile> firstMismatchingTile) {

    /** True when every entry and every tile agrees with the checkpoint. */
    public boolean intact() {
        return entriesMatchCheckpoint && tilesMatchCheckpoint && firstMismatchingEntry.isEmpty()
                && firstMismatchingTile.isEmpty();
    }
}
