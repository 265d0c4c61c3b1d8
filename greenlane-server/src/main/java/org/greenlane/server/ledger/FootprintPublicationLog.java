package org.greenlane.server.ledger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where each footprint publication stands in the transparency log (decision 062): written in the
 * publishing transaction, then appended by {@link PublicationLogging}, which stamps the entry's index.
 */
@Service
public class FootprintPublicationLog {

    private final JdbcClient jdbc;

    FootprintPublicationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A publication of a footprint and its log entry, once appended.
     *
     * @param logIndex the entry's index, empty while the publication waits to be logged
     */
    public record Publication(UUID id, UUID organisationId, UUID footprintId, Instant publishedAt,
                              Optional<Long> logIndex, Optional<Instant> loggedAt, String lastError) {
    }

    /** The latest publication of an organisation's footprint (its current status), logged or not yet. */
    public Optional<Publication> latest(UUID organisationId, UUID footprintId) {
        return jdbc.sql("""
                        select id, organisation_id, footprint_id, published_at, log_index, logged_at, last_error
                        from ledger_footprint_publication where organisation_id = :organisation and footprint_id = :footprint
                        order by published_at desc, created_at desc limit 1""")
                .param("organisation", organisationId).param("footprint", footprintId)
                .query(FootprintPublicationLog::map).optional();
    }

    void record(UUID id, UUID organisationId, UUID footprintId, Instant publishedAt, String summary, String record) {
        jdbc.sql("""
                        insert into ledger_footprint_publication (id, organisation_id, footprint_id, published_at, summary, record)
                        values (:id, :organisation, :footprint, :published, :summary, :record)""")
                .param("id", id).param("organisation", organisationId).param("footprint", footprintId)
                .param("published", Timestamp.from(publishedAt)).param("summary", summary).param("record", record)
                .update();
    }

    private static Publication map(ResultSet row, int index) throws SQLException {
        long logIndex = row.getLong("log_index");
        Optional<Long> logged = row.wasNull() ? Optional.empty() : Optional.of(logIndex);
        Timestamp loggedAt = row.getTimestamp("logged_at");
        return new Publication(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getObject("footprint_id", UUID.class), row.getTimestamp("published_at").toInstant(), logged,
                Optional.ofNullable(loggedAt).map(Timestamp::toInstant), row.getString("last_error"));
    }
}
