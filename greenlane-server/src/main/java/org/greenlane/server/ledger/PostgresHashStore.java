package org.greenlane.server.ledger;

import org.greenlane.core.ledger.HashStore;
import org.greenlane.core.ledger.NodeHash;
import org.greenlane.core.ledger.NodeId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The node hashes in table {@code ledger_hash}, one row per complete subtree keyed by its storage index.
 * A write is one statement over arrays and joins the caller's transaction; a read is one query.
 */
@Component
class PostgresHashStore implements HashStore {

    private final JdbcTemplate jdbc;

    PostgresHashStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<byte[]> readHashes(List<NodeId> nodes) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        Long[] positions = new Long[nodes.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = nodes.get(i).storageIndex();
        }
        Map<Long, byte[]> found = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement("select position, hash from ledger_hash where position = any(?)");
            select.setArray(1, connection.createArrayOf("bigint", positions));
            return select;
        }, row -> {
            found.put(row.getLong(1), row.getBytes(2));
        });
        List<byte[]> hashes = new ArrayList<>(nodes.size());
        for (int i = 0; i < positions.length; i++) {
            byte[] hash = found.get(positions[i]);
            if (hash == null) {
                throw new IllegalStateException(nodes.get(i) + " (position " + positions[i] + ") is not in ledger_hash");
            }
            hashes.add(hash);
        }
        return hashes;
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
    }
}
