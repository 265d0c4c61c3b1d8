package org.greenlane.server.ledger;

import org.greenlane.core.ledger.MerkleProofs;
import org.greenlane.core.ledger.client.Receipt;
import org.greenlane.core.ledger.tile.EntryBundle;
import org.greenlane.core.ledger.tile.EntryTile;
import org.greenlane.core.ledger.tile.HashTile;
import org.greenlane.core.ledger.tile.TilePath;
import org.greenlane.core.ledger.tile.Tiles;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The transparency log, as other capabilities use it: {@link #append} a {@link LedgerRecord} when a
 * footprint is published, a statement or certificate issued or revoked, or CBAM emissions
 * communicated. The log commits independently of the caller's transaction: a logged record stays
 * logged, so append once the decision is final (docs/decisions/025).
 */
@Service
public class Ledger {

    private final Sequencer sequencer;
    private final LedgerTables tables;
    private final PostgresHashStore hashes;

    Ledger(Sequencer sequencer, LedgerTables tables, PostgresHashStore hashes) {
        this.sequencer = sequencer;
        this.tables = tables;
        this.hashes = hashes;
    }

    /**
     * Logs a record and waits until it is durable.
     *
     * @throws IllegalArgumentException if the record cannot be logged (e.g. its summary is too large)
     * @throws IllegalStateException    if the log is unavailable; the record may or may not be logged
     */
    public LoggedEntry append(LedgerRecord record) {
        try {
            return submit(record).join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }

    /**
     * Queues a record for the next batch; the future completes once it is durable. Lets a caller log
     * many records without waiting for each.
     *
     * @throws IllegalArgumentException at once if the record cannot be logged
     */
    public CompletableFuture<LoggedEntry> submit(LedgerRecord record) {
        return sequencer.submit(LogEntries.prepare(record, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

    /** The log's origin line, which is also the name of its key. */
    public String origin() {
        return sequencer.identity().origin();
    }

    /** The signed-note verifier key that checks the log's checkpoints ({@code <name>+<id>+<key>}). */
    public String verifierKey() {
        return sequencer.identity().signer().verifier().verifierKey();
    }

    /** The latest signed checkpoint. */
    public String checkpoint() {
        return committed().checkpoint();
    }

    /**
     * The C2SP tlog-proof receipt of an entry of the organisation, against the latest checkpoint; its
     * {@code extra} line carries the entry itself, so the receipt alone proves what was logged.
     */
    public Optional<String> receipt(UUID organisationId, long index) {
        return tables.find(organisationId, index).map(this::receipt);
    }

    Optional<LedgerTables.StoredEntry> find(UUID organisationId, long index) {
        return tables.find(organisationId, index);
    }

    String receipt(LedgerTables.StoredEntry entry) {
        LogState state = sequencer.latest();
        if (entry.index() >= state.treeSize()) {
            // Integrated by another node since this one last committed.
            state = committed();
        }
        List<byte[]> proof = MerkleProofs.inclusionProof(hashes, entry.index(), state.treeSize());
        return Receipt.withExtra(entry.entry(), entry.index(), proof, state.checkpoint()).format();
    }

    /** The content of a hash tile or entry bundle, if the committed tree is large enough to have it. */
    Optional<byte[]> tile(TilePath path) {
        long size = committed().treeSize();
        if (path instanceof HashTile tile) {
            long nodes = tile.level() * TilePath.HEIGHT >= Long.SIZE - 1 ? 0 : size >> (tile.level() * TilePath.HEIGHT);
            if (tile.index() > (nodes - tile.width()) / TilePath.FULL_WIDTH
                    || tile.index() * TilePath.FULL_WIDTH + tile.width() > nodes) {
                return Optional.empty();
            }
            return Optional.of(Tiles.read(tile, hashes));
        }
        EntryTile bundle = (EntryTile) path;
        if (bundle.index() > (size - bundle.width()) / TilePath.FULL_WIDTH
                || bundle.firstEntry() + bundle.width() > size) {
            return Optional.empty();
        }
        return Optional.of(EntryBundle.encode(tables.entries(bundle.firstEntry(), bundle.width())));
    }

    private LogState committed() {
        return tables.state().orElseThrow(() -> new IllegalStateException("the transparency log was not created"));
    }
}
