package org.greenlane.server.verification;

import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonValue;
import org.greenlane.server.ledger.Ledger;
import org.greenlane.server.ledger.LedgerRecord;
import org.greenlane.server.ledger.LoggedEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The way this capability logs (decision 058): a record is written to {@code verification_log_outbox} in the
 * transaction that takes the decision, so a decision never commits without its record and no record exists for a
 * decision that rolled back. Right after the commit the record is appended to the transparency log and the row
 * stamped with the log index; if the log is unavailable then, a sweep every few seconds retries. The row stays
 * locked while it is appended, so two nodes never append the same row at once.
 */
@Component
class LogOutbox {

    private static final Logger log = LoggerFactory.getLogger(LogOutbox.class);
    private static final int SWEEP_BATCH = 50;

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final TransactionTemplate separate;

    LogOutbox(JdbcClient jdbc, Ledger ledger, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A queued record as kept: its canonical private record and that record's SHA-256, which the log entry carries. */
    record Logged(String record, String recordSha256) {
    }

    /**
     * Queues a record in the current transaction (or at once, outside one) and appends it after the commit.
     */
    void add(String type, UUID organisationId, UUID subjectId, JsonObject summary, JsonValue record) {
        UUID id = UUID.randomUUID();
        insert(id, type, organisationId, subjectId, summary, record, "");
        appendAfterCommit(id);
    }

    /**
     * Queues a record unless an identical one (same organisation, type and record hash) was queued before; used for
     * records that may be produced again unchanged, such as a CBAM communication downloaded twice.
     */
    void addOnce(String type, UUID organisationId, UUID subjectId, JsonObject summary, JsonValue record) {
        UUID id = UUID.randomUUID();
        if (insert(id, type, organisationId, subjectId, summary, record, " on conflict do nothing")) {
            appendAfterCommit(id);
        }
    }

    Optional<Logged> of(String type, UUID subjectId) {
        return jdbc.sql("select record, record_sha256 from verification_log_outbox where record_type = :type and subject_id = :subject")
                .param("type", type).param("subject", subjectId)
                .query((row, n) -> new Logged(row.getString("record"), row.getString("record_sha256")))
                .optional();
    }

    private boolean insert(UUID id, String type, UUID organisationId, UUID subjectId, JsonObject summary, JsonValue record,
                           String onConflict) {
        String canonical = Canonical.text(record);
        return jdbc.sql("insert into verification_log_outbox (id, organisation_id, record_type, subject_id, summary, record, "
                        + "record_sha256) values (:id, :organisation, :type, :subject, :summary, :record, :sha)" + onConflict)
                .param("id", id).param("organisation", organisationId).param("type", type).param("subject", subjectId)
                .param("summary", Canonical.text(summary)).param("record", canonical).param("sha", Canonical.sha256Hex(canonical))
                .update() == 1;
    }

    private void appendAfterCommit(UUID id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    append(id);
                }
            });
        } else {
            append(id);
        }
    }

    /** Appends one queued record and stamps it; a failure is kept on the row for the sweep. */
    void append(UUID id) {
        separate.executeWithoutResult(status -> {
            Optional<Pending> pending = jdbc.sql("""
                            select id, record_type, organisation_id, summary, record from verification_log_outbox
                            where id = :id and log_index is null for update""")
                    .param("id", id)
                    .query((row, n) -> new Pending(row.getObject("id", UUID.class), row.getString("record_type"),
                            row.getObject("organisation_id", UUID.class), row.getString("summary"), row.getString("record")))
                    .optional();
            pending.ifPresent(this::appendLocked);
        });
    }

    private void appendLocked(Pending pending) {
        try {
            LoggedEntry entry = ledger.append(new LedgerRecord(pending.type(), pending.organisationId(),
                    (JsonObject) Json.parse(pending.summary()), Json.parse(pending.record())));
            jdbc.sql("update verification_log_outbox set log_index = :index, logged_at = :at, attempts = attempts + 1, "
                            + "last_error = null where id = :id")
                    .param("index", entry.index()).param("at", Timestamp.from(entry.time())).param("id", pending.id())
                    .update();
        } catch (RuntimeException failure) {
            log.warn("Could not log {} {} yet; the sweep retries: {}", pending.type(), pending.id(), failure.getMessage());
            jdbc.sql("update verification_log_outbox set attempts = attempts + 1, last_error = :error where id = :id")
                    .param("error", String.valueOf(failure.getMessage())).param("id", pending.id()).update();
        }
    }

    /** Retries what the log could not take right after its commit (log stopped, node crashed in between). */
    @Scheduled(fixedDelayString = "${greenlane.verification.log-sweep:PT10S}", initialDelayString = "PT5S")
    void sweep() {
        List<UUID> due = jdbc.sql("select id from verification_log_outbox where log_index is null order by created_at limit :n")
                .param("n", SWEEP_BATCH).query(UUID.class).list();
        due.forEach(this::append);
    }

    private record Pending(UUID id, String type, UUID organisationId, String summary, String record) {
    }
}
