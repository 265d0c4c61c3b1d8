package org.greenlane.server.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL over the ledger tables of V20__ledger.sql, except the node hashes (see {@link PostgresHashStore}). */
@Repository
class LedgerTables {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LedgerTables(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The committed state, locked until the current transaction ends: one integration at a time. */
    LogState lockState() {
        return jdbc.sql("select tree_size, root, checkpoint from ledger_state for update")
                .query(LedgerTables::mapState).optional()
                .orElseThrow(() -> new IllegalStateException("ledger_state has no row: the log was not created"));
    }

    Optional<LogState> state() {
        return jdbc.sql("select tree_size, root, checkpoint from ledger_state").query(LedgerTables::mapState).optional();
    }

    void createState(LogState state) {
        jdbc.sql("insert into ledger_state (tree_size, root, checkpoint) values (:size, :root, :checkpoint)")
                .param("size", state.treeSize()).param("root", state.root()).param("checkpoint", state.checkpoint())
                .update();
    }

    void updateState(LogState state) {
        jdbc.sql("update ledger_state set tree_size = :size, root = :root, checkpoint = :checkpoint, updated_at = now()")
                .param("size", state.treeSize()).param("root", state.root()).param("checkpoint", state.checkpoint())
                .update();
    }

    /** Inserts the entries as indices {@code first, first+1, ...} with one statement. */
    void insertEntries(long first, List<LogEntries.Prepared> entries) {
        int n = entries.size();
        Long[] indices = new Long[n];
        UUID[] organisations = new UUID[n];
        String[] types = new String[n];
        byte[][] bytes = new byte[n][];
        String[] records = new String[n];
        Timestamp[] times = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            LogEntries.Prepared entry = entries.get(i);
            indices[i] = first + i;
            organisations[i] = entry.record().organisationId();
            types[i] = entry.record().type();
            bytes[i] = entry.entryBytes();
            records[i] = entry.canonicalRecord();
            times[i] = Timestamp.from(entry.time());
        }
        template.execute(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into ledger_entry (idx, organisation_id, record_type, entry, record, logged_at)
                    select * from unnest(?::bigint[], ?::uuid[], ?::text[], ?::bytea[], ?::text[], ?::timestamptz[])""");
            insert.setArray(1, connection.createArrayOf("bigint", indices));
            insert.setArray(2, connection.createArrayOf("uuid", organisations));
            insert.setArray(3, connection.createArrayOf("text", types));
            insert.setArray(4, connection.createArrayOf("bytea", bytes));
            insert.setArray(5, connection.createArrayOf("text", records));
            insert.setArray(6, connection.createArrayOf("timestamptz", times));
            return insert;
        }, (PreparedStatement insert) -> insert.executeUpdate());
    }

    /** The entry at {@code index} if it belongs to the organisation. */
    Optional<StoredEntry> find(UUID organisationId, long index) {
        return jdbc.sql("""
                        select idx, organisation_id, record_type, entry, record, logged_at from ledger_entry
                        where organisation_id = :organisation and idx = :idx""")
                .param("organisation", organisationId)
                .param("idx", index)
                .query(LedgerTables::stored).optional();
    }

    /** Entries {@code from .. from+count-1}, in order. */
    List<byte[]> entries(long from, int count) {
        return jdbc.sql("select entry from ledger_entry where idx >= :from and idx < :to order by idx")
                .param("from", from).param("to", from + count)
                .query((row, i) -> row.getBytes(1)).list();
    }

    Optional<LogKeyRow> key() {
        return jdbc.sql("select origin, signer_key, verifier_key from ledger_key")
                .query((row, i) -> new LogKeyRow(row.getString(1), row.getString(2), row.getString(3))).optional();
    }

    void createKey(LogKeyRow key) {
        jdbc.sql("insert into ledger_key (origin, signer_key, verifier_key) values (:origin, :signer, :verifier)")
                .param("origin", key.origin()).param("signer", key.signerKey()).param("verifier", key.verifierKey())
                .update();
    }

    void lockKey() {
        jdbc.sql("lock table ledger_key in exclusive mode").update();
    }

    private static LogState mapState(ResultSet row, int index) throws SQLException {
        return new LogState(row.getLong(1), row.getBytes(2), row.getString(3));
    }

    private static StoredEntry stored(ResultSet row, int index) throws SQLException {
        return new StoredEntry(row.getLong("idx"), row.getObject("organisation_id", UUID.class), row.getString("record_type"),
                row.getBytes("entry"), row.getString("record"), row.getTimestamp("logged_at").toInstant());
    }

    record LogKeyRow(String origin, String signerKey, String verifierKey) {
    }

    /** An entry as stored, with its private record. */
    record StoredEntry(long index, UUID organisationId, String type, byte[] entry, String record, Instant loggedAt) {
    }
}
