package org.greenlane.server.ledger;

import org.greenlane.core.ledger.HashStore;
import org.greenlane.core.ledger.NodeHash;
import org.greenlane.core.ledger.NodeId;
import org.greenlane.core.ledger.Rfc6962;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The node hashes in table {@code ledger_hash}, one row per complete subtree keyed by its storage index.
 * A write is one statement over arrays and joins the caller's transaction; a read is one query.
 * <p>
 * Reads outside a transaction (receipts, tiles) go through a bounded memory cache (decision 069): a
 * committed hash never changes, so the cache holds runs of consecutive positions, {@link #CHUNK} to a
 * chunk, exactly as committed; a chunk at the end of the tree holds only the positions that existed when
 * it was read and is read again for a later one. Reads inside a transaction (the sequencer reopening the
 * tree, which must notice an altered table) go to the database only and are not cached, since what they
 * see may still roll back. Hashes this node writes enter the cache once their transaction commits.
 */
@Component
class PostgresHashStore implements HashStore {

    /** Consecutive storage positions read and cached together. */
    static final int CHUNK = 64;
    /** At most this many chunks are kept: 16,384 × 64 × 32 bytes = 32 MiB of hashes. */
    static final int CACHED_CHUNKS = 16_384;

    private final JdbcTemplate jdbc;
    private final int cachedChunks;
    /** Chunk number to the hashes of its first positions, {@code length / 32} of them. */
    private final Map<Long, byte[]> chunks = new ConcurrentHashMap<>();

    @Autowired
    PostgresHashStore(JdbcTemplate jdbc) {
        this(jdbc, CACHED_CHUNKS);
    }

    PostgresHashStore(JdbcTemplate jdbc, int cachedChunks) {
        this.jdbc = jdbc;
        this.cachedChunks = cachedChunks;
    }

    @Override
    public List<byte[]> readHashes(List<NodeId> nodes) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        long[] positions = new long[nodes.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = nodes.get(i).storageIndex();
        }
        byte[][] hashes = new byte[positions.length][];
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            fill(hashes, positions, read(positions));
        } else {
            TreeSet<Long> missing = new TreeSet<>();
            for (int i = 0; i < positions.length; i++) {
                hashes[i] = cachedHash(positions[i]);
                if (hashes[i] == null) {
                    missing.add(positions[i] / CHUNK);
                }
            }
            if (!missing.isEmpty()) {
                fill(hashes, positions, readChunks(missing));
            }
        }
        for (int i = 0; i < positions.length; i++) {
            if (hashes[i] == null) {
                throw new IllegalStateException(nodes.get(i) + " (position " + positions[i] + ") is not in ledger_hash");
            }
        }
        return Arrays.asList(hashes);
    }

    private static void fill(byte[][] hashes, long[] positions, Map<Long, byte[]> found) {
        for (int i = 0; i < positions.length; i++) {
            if (hashes[i] == null) {
                hashes[i] = found.get(positions[i]);
            }
        }
    }

    /** Joins the transaction of the calling thread, so hashes commit with their entries and the new state. */
    @Override
    public void writeHashes(List<NodeHash> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        Long[] positions = new Long[nodes.size()];
        byte[][] hashes = new byte[nodes.size()][];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = nodes.get(i).node().storageIndex();
            hashes[i] = nodes.get(i).hash();
        }
        jdbc.execute(connection -> {
            PreparedStatement insert = connection.prepareStatement(
                    "insert into ledger_hash (position, hash) select * from unnest(?::bigint[], ?::bytea[])");
            insert.setArray(1, connection.createArrayOf("bigint", positions));
            insert.setArray(2, connection.createArrayOf("bytea", hashes));
            return insert;
        }, (PreparedStatement insert) -> insert.executeUpdate());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remember(positions, hashes);
                }
            });
        } else {
            remember(positions, hashes);
        }
    }

    /** Chunks currently cached (for tests). */
    int cachedChunks() {
        return chunks.size();
    }

    /** Reads the chunks in one query and caches them; returns their hashes by position. */
    private Map<Long, byte[]> readChunks(TreeSet<Long> chunkNumbers) {
        Long[] firsts = chunkNumbers.stream().map(chunk -> chunk * CHUNK).toArray(Long[]::new);
        Map<Long, byte[][]> read = new HashMap<>();
        Map<Long, byte[]> found = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement("""
                    select h.position, h.hash from unnest(?::bigint[]) as c(first)
                    join ledger_hash h on h.position >= c.first and h.position < c.first + %d
                    order by h.position""".formatted(CHUNK));
            select.setArray(1, connection.createArrayOf("bigint", firsts));
            return select;
        }, row -> {
            long position = row.getLong(1);
            byte[] hash = row.getBytes(2);
            read.computeIfAbsent(position / CHUNK, chunk -> new byte[CHUNK][])[(int) (position % CHUNK)] = hash;
            found.put(position, hash);
        });
        read.forEach(this::keep);
        return found;
    }

    private byte[] cachedHash(long position) {
        byte[] chunk = chunks.get(position / CHUNK);
        int offset = (int) (position % CHUNK) * Rfc6962.HASH_SIZE;
        return chunk == null || offset >= chunk.length ? null : Arrays.copyOfRange(chunk, offset, offset + Rfc6962.HASH_SIZE);
    }

    /** Keeps the run of consecutive positions from the chunk's start; the run stops at the first gap. */
    private void keep(long chunk, byte[][] hashes) {
        int run = 0;
        while (run < CHUNK && hashes[run] != null) {
            run++;
        }
        if (run == 0) {
            return;
        }
        byte[] joined = new byte[run * Rfc6962.HASH_SIZE];
        for (int i = 0; i < run; i++) {
            System.arraycopy(hashes[i], 0, joined, i * Rfc6962.HASH_SIZE, Rfc6962.HASH_SIZE);
        }
        extend(chunk, 0, joined);
    }

    /**
     * Committed hashes enter the cache where they continue a chunk's cached run or start a chunk, so
     * receipts for new entries find their proof in memory; a run after a gap is left to reads. An
     * append writes one consecutive range of positions ({@link NodeId#storageIndex()}).
     */
    private void remember(Long[] positions, byte[][] hashes) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Long position : positions) {
            first = Math.min(first, position);
            last = Math.max(last, position);
        }
        if (last - first + 1 != positions.length) {
            return;
        }
        byte[][] ordered = new byte[positions.length][];
        for (int i = 0; i < positions.length; i++) {
            ordered[(int) (positions[i] - first)] = hashes[i];
        }
        for (long position = first; position <= last; ) {
            long chunk = position / CHUNK;
            int offset = (int) (position % CHUNK);
            int count = (int) Math.min(CHUNK - offset, last - position + 1);
            byte[] run = new byte[count * Rfc6962.HASH_SIZE];
            for (int i = 0; i < count; i++) {
                byte[] hash = ordered[(int) (position - first) + i];
                if (hash == null) {
                    return;
                }
                System.arraycopy(hash, 0, run, i * Rfc6962.HASH_SIZE, Rfc6962.HASH_SIZE);
            }
            extend(chunk, offset, run);
            position += count;
        }
    }

    /**
     * Caches {@code run}, the hashes from position {@code offset} of the chunk on, where it continues the chunk's
     * cached run (or starts the chunk) and makes it longer; a run after a gap is not cached.
     */
    private void extend(long chunk, int offset, byte[] run) {
        if (offset == 0) {
            makeRoom(chunk);
        }
        int start = offset * Rfc6962.HASH_SIZE;
        chunks.compute(chunk, (key, known) -> {
            int cached = known == null ? 0 : known.length;
            if (start > cached || start + run.length <= cached) {
                return known;
            }
            byte[] longer = Arrays.copyOf(known == null ? run : known, start + run.length);
            System.arraycopy(run, 0, longer, start, run.length);
            return longer;
        });
    }

    /** Evicts some chunk when the cache is full and does not hold this one. */
    private void makeRoom(long chunk) {
        if (chunks.size() >= cachedChunks && !chunks.containsKey(chunk)) {
            Iterator<Long> any = chunks.keySet().iterator();
            if (any.hasNext()) {
                chunks.remove(any.next());
            }
        }
    }

    private Map<Long, byte[]> read(long[] positions) {
        Long[] boxed = Arrays.stream(positions).boxed().toArray(Long[]::new);
        Map<Long, byte[]> found = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement("select position, hash from ledger_hash where position = any(?)");
            select.setArray(1, connection.createArrayOf("bigint", boxed));
            return select;
        }, row -> {
            found.put(row.getLong(1), row.getBytes(2));
        });
        return found;
    }
}
