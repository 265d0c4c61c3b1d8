package org.greenlane.server.ledger;

import org.greenlane.core.ledger.MerkleLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one writer of the log (docs/decisions/025). Appends queue up while a batch commits; the next
 * batch takes all of them (group commit), so a busy log integrates many entries per transaction and
 * an idle one integrates at once. A batch is one transaction that locks the state row, checks that
 * the in-memory tree is the committed one, inserts entries and hashes, and stores the new signed
 * checkpoint. Callers are answered only after the commit has been flushed to disk.
 */
@Component
class Sequencer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Sequencer.class);
    private static final long IDLE_POLL_MS = 100;

    private final LedgerTables tables;
    private final PostgresHashStore hashes;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final LogIdentities identities;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue;

    private volatile LogIdentity identity;
    /** The last state this node committed or read; receipts may use it (any signed checkpoint that covers the entry proves it). */
    private volatile LogState latest;
    private volatile boolean running;
    private Thread thread;
    /** The tree as this node last committed it; null when it must be reread (start, failed commit). */
    private MerkleLog tree;

    Sequencer(LedgerTables tables, PostgresHashStore hashes, TransactionTemplate transaction, JdbcClient jdbc,
              LogIdentities identities, LedgerProperties properties) {
        this.tables = tables;
        this.hashes = hashes;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.identities = identities;
        this.maxBatch = properties.maxBatch();
        this.queue = new LinkedBlockingQueue<>(properties.maxQueue());
    }

    LogIdentity identity() {
        LogIdentity current = identity;
        if (current == null) {
            throw new IllegalStateException("the transparency log has not started");
        }
        return current;
    }

    LogState latest() {
        LogState current = latest;
        if (current == null) {
            throw new IllegalStateException("the transparency log has not started");
        }
        return current;
    }

    CompletableFuture<LoggedEntry> submit(LogEntries.Prepared entry) {
        CompletableFuture<LoggedEntry> logged = new CompletableFuture<>();
        Pending pending = new Pending(entry, logged);
        if (!running) {
            logged.completeExceptionally(new IllegalStateException("the transparency log is not running"));
        } else if (!queue.offer(pending)) {
            logged.completeExceptionally(new IllegalStateException("the transparency log has " + queue.size()
                    + " entries waiting; try again shortly"));
        } else if (!running && queue.remove(pending)) {
            // Stopped between the check and the offer: nobody would integrate it.
            logged.completeExceptionally(new IllegalStateException("the transparency log is not running"));
        }
        return logged;
    }

    @Override
    public synchronized void start() {
        identity = identities.load();
        latest = tables.state().orElseThrow(() -> new IllegalStateException("the transparency log was not created"));
        running = true;
        thread = new Thread(this::run, "ledger-sequencer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Integrates what is queued, then stops. */
    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(pending -> pending.logged().completeExceptionally(
                new IllegalStateException("the transparency log stopped before integrating this record")));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts and after it stops, so no request finds the log stopped. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                integrate(batch);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void integrate(List<Pending> batch) {
        List<byte[]> entries = new ArrayList<>(batch.size());
        List<LogEntries.Prepared> prepared = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            entries.add(pending.entry().entryBytes());
            prepared.add(pending.entry());
        }
        LogState committed;
        try {
            committed = transaction.execute(status -> {
                // The embedded PostgreSQL defaults to asynchronous commit; an acknowledged entry must be on disk.
                jdbc.sql("set local synchronous_commit to on").update();
                LogState locked = tables.lockState();
                MerkleLog current = committedTree(locked);
                tables.insertEntries(current.size(), prepared);
                MerkleLog.Appended appended = current.append(entries);
                LogState next = new LogState(appended.treeSize(), appended.root(),
                        identity.sign(appended.treeSize(), appended.root()));
                tables.updateState(next);
                return next;
            });
        } catch (RuntimeException failure) {
            tree = null;
            log.error("Could not integrate {} ledger entries", batch.size(), failure);
            batch.forEach(pending -> pending.logged().completeExceptionally(failure));
            return;
        }
        latest = committed;
        long first = committed.treeSize() - batch.size();
        for (int i = 0; i < batch.size(); i++) {
            LogEntries.Prepared entry = batch.get(i).entry();
            batch.get(i).logged().complete(new LoggedEntry(first + i, entry.entry(), entry.recordSha256(), entry.time()));
        }
    }

    /**
     * The tree to append to: this node's if it is still the committed one, otherwise reread from the
     * store. Appending only on top of the committed, signed root is what keeps every checkpoint this
     * log signs consistent with the previous one, whatever crashed or which node wrote last.
     */
    private MerkleLog committedTree(LogState committed) {
        if (tree == null || tree.size() != committed.treeSize() || !MessageDigest.isEqual(tree.root(), committed.root())) {
            MerkleLog reread = MerkleLog.open(hashes, committed.treeSize());
            if (!MessageDigest.isEqual(reread.root(), committed.root())) {
                throw new IllegalStateException("the stored node hashes do not give the root of the last signed checkpoint "
                        + "(tree size " + committed.treeSize() + "): ledger_hash was altered; refusing to extend it");
            }
            tree = reread;
        }
        return tree;
    }

    private record Pending(LogEntries.Prepared entry, CompletableFuture<LoggedEntry> logged) {
    }
}
