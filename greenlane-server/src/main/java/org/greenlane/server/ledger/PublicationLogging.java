package org.greenlane.server.ledger;

import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Appends recorded footprint publications to the log and stamps each row with its entry's index
 * (decision 062). Rows are leased, so nodes never append the same row at the same time. A node that
 * appended but died before stamping leaves the row due again; its next attempt first looks for the
 * entry it already wrote (the publication id is in the public summary), so each publication is
 * logged exactly once.
 */
@Component
class PublicationLogging {

    private static final Logger log = LoggerFactory.getLogger(PublicationLogging.class);
    private static final int BATCH = 100;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final TransactionTemplate transaction;
    private final TaskScheduler scheduler;

    PublicationLogging(JdbcClient jdbc, Ledger ledger, TransactionTemplate transaction, TaskScheduler scheduler) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.transaction = transaction;
        this.scheduler = scheduler;
    }

    private record Due(UUID id, UUID organisationId, String summary, String record, int attempts) {
    }

    /** Also catches rows whose node died, and anything recorded before this node started. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(this::work, INTERVAL);
    }

    /** A publication just committed: log it now rather than at the next interval. */
    void soon() {
        scheduler.schedule(this::work, Instant.now());
    }

    synchronized void work() {
        try {
            List<Due> due;
            do {
                due = transaction.execute(status -> claim());
                due.forEach(this::append);
            } while (due.size() == BATCH);
        } catch (RuntimeException failure) {
            log.error("Logging footprint publications failed; retrying on the next run", failure);
        }
    }

    private List<Due> claim() {
        List<Due> due = jdbc.sql("""
                        select id, organisation_id, summary, record, attempts from ledger_footprint_publication
                        where log_index is null and next_attempt_at <= now()
                        order by created_at limit :max for update skip locked""")
                .param("max", BATCH)
                .query((row, i) -> new Due(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                        row.getString("summary"), row.getString("record"), row.getInt("attempts") + 1))
                .list();
        for (Due row : due) {
            jdbc.sql("update ledger_footprint_publication set attempts = :attempts, next_attempt_at = :lease where id = :id")
                    .param("attempts", row.attempts()).param("lease", Timestamp.from(Instant.now().plus(LEASE)))
                    .param("id", row.id()).update();
        }
        return due;
    }

    private void append(Due row) {
        try {
            Optional<Long> earlier = row.attempts() > 1 ? alreadyLogged(row) : Optional.empty();
            long index = earlier.isPresent() ? earlier.get() : ledger.append(new LedgerRecord(
                    LedgerRecord.FOOTPRINT_PUBLICATION, row.organisationId(), (JsonObject) Json.parse(row.summary()),
                    Json.parse(row.record()))).index();
            jdbc.sql("""
                            update ledger_footprint_publication set log_index = :index, logged_at = now(), last_error = null
                            where id = :id""")
                    .param("index", index).param("id", row.id()).update();
        } catch (RuntimeException failure) {
            log.warn("Footprint publication {} not logged yet (attempt {}): {}", row.id(), row.attempts(), failure.getMessage());
            jdbc.sql("update ledger_footprint_publication set next_attempt_at = :next, last_error = :error where id = :id")
                    .param("next", Timestamp.from(Instant.now().plus(backoff(row.attempts()))))
                    .param("error", String.valueOf(failure.getMessage()))
                    .param("id", row.id()).update();
        }
    }

    /** The entry an earlier attempt appended, if it got that far: same organisation, type, record and publication id. */
    private Optional<Long> alreadyLogged(Due row) {
        return jdbc.sql("""
                        select idx, entry from ledger_entry
                        where organisation_id = :organisation and record_type = :type and record = :record order by idx""")
                .param("organisation", row.organisationId()).param("type", LedgerRecord.FOOTPRINT_PUBLICATION)
                .param("record", row.record())
                .query((result, i) -> new Object[]{result.getLong(1), result.getBytes(2)}).list().stream()
                .filter(found -> row.id().toString().equals(publicationOf((byte[]) found[1])))
                .map(found -> (Long) found[0]).findFirst();
    }

    private static String publicationOf(byte[] entry) {
        JsonObject summary = (JsonObject) ((JsonObject) Json.parse(entry)).members().get(LogEntries.SUMMARY);
        return summary.members().get(PublicationSummaries.PUBLICATION) instanceof JsonString id ? id.value() : null;
    }

    /** 2, 4, 8 ... seconds, at most ten minutes: the log is local, so it is usually back soon. */
    static Duration backoff(int attempts) {
        Duration wait = Duration.ofSeconds(1L << Math.min(attempts, 10));
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }
}
