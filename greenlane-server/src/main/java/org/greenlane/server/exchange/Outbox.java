package org.greenlane.server.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenlane.server.exchange.internal.pact.PactEvent;
import org.greenlane.server.exchange.internal.pact.PactJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Events to partners, written in the transaction that decides to send them (so a committed decision
 * is never lost) and delivered afterwards by {@link EventDelivery}, with retries.
 */
@Repository
class Outbox {

    /** Until then a claimed event belongs to the node delivering it; then it is due again. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** PACT: senders SHOULD give up after 72 hours. */
    static final Duration GIVE_UP_AFTER = Duration.ofHours(72);

    private final JdbcClient jdbc;
    private final OwnAddress own;

    Outbox(JdbcClient jdbc, OwnAddress own) {
        this.jdbc = jdbc;
        this.own = own;
    }

    enum Status { PENDING, SENT, FAILED, ABANDONED }

    record Queued(UUID id, UUID organisationId, UUID partnerId, String type, String body, String targetUrl,
                  int attempts, Instant createdAt) {
    }

    record Logged(UUID id, UUID partnerId, String type, Status status, int attempts, String lastError,
                  Instant createdAt, Instant sentAt) {
    }

    /** Queues an event of ours to a partner; delivered to its host, or to {@code targetUrl} when it has none. */
    UUID enqueue(UUID organisationId, UUID partnerId, PactEvent.Type type, ObjectNode data, String targetUrl) {
        return enqueue(UUID.randomUUID(), organisationId, partnerId, type, data, targetUrl);
    }

    /** With a given event id, for requests whose answers will refer to it. */
    UUID enqueue(UUID id, UUID organisationId, UUID partnerId, PactEvent.Type type, ObjectNode data, String targetUrl) {
        ObjectNode event = PactEvent.create(type, id, own.eventSource(), Instant.now(), data);
        jdbc.sql("""
                        insert into pact_event_out (id, organisation_id, partner_id, type, body, target_url, status, next_attempt_at)
                        values (:id, :organisation, :partner, :type, :body, :target, 'PENDING', now())""")
                .param("id", id)
                .param("organisation", organisationId)
                .param("partner", partnerId)
                .param("type", type.toString())
                .param("body", PactJson.write(event))
                .param("target", targetUrl)
                .update();
        return id;
    }

    /** Takes up to {@code max} due events for this node, leasing them so no other node sends them too. */
    @Transactional
    List<Queued> claim(int max) {
        List<Queued> due = jdbc.sql("""
                        select id, organisation_id, partner_id, type, body, target_url, attempts, created_at from pact_event_out
                        where status = 'PENDING' and next_attempt_at <= now()
                        order by next_attempt_at limit :max for update skip locked""")
                .param("max", max)
                .query(Outbox::queued).list();
        for (Queued event : due) {
            jdbc.sql("update pact_event_out set attempts = attempts + 1, next_attempt_at = :lease where id = :id")
                    .param("lease", Timestamp.from(Instant.now().plus(LEASE)))
                    .param("id", event.id())
                    .update();
        }
        return due;
    }

    void sent(UUID id) {
        jdbc.sql("update pact_event_out set status = 'SENT', sent_at = now(), last_error = null where id = :id")
                .param("id", id).update();
    }

    /** The receiver refused the event itself; sending it again would not help. */
    void failed(UUID id, String error) {
        jdbc.sql("update pact_event_out set status = 'FAILED', last_error = :error where id = :id")
                .param("error", error).param("id", id).update();
    }

    /** Tries again after an exponential backoff, or gives up once the event is 72 hours old. */
    void retryLater(Queued event, String error) {
        Instant now = Instant.now();
        if (event.createdAt().plus(GIVE_UP_AFTER).isBefore(now)) {
            jdbc.sql("update pact_event_out set status = 'ABANDONED', last_error = :error where id = :id")
                    .param("error", error).param("id", event.id()).update();
            return;
        }
        jdbc.sql("update pact_event_out set next_attempt_at = :next, last_error = :error where id = :id")
                .param("next", Timestamp.from(now.plus(Backoff.after(event.attempts() + 1))))
                .param("error", error)
                .param("id", event.id())
                .update();
    }

    List<Logged> of(UUID organisationId, int max) {
        return jdbc.sql("""
                        select id, partner_id, type, status, attempts, last_error, created_at, sent_at from pact_event_out
                        where organisation_id = :organisation order by created_at desc limit :max""")
                .param("organisation", organisationId)
                .param("max", max)
                .query((row, i) -> new Logged(row.getObject("id", UUID.class), row.getObject("partner_id", UUID.class),
                        row.getString("type"), Status.valueOf(row.getString("status")), row.getInt("attempts"),
                        row.getString("last_error"), row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("sent_at") == null ? null : row.getTimestamp("sent_at").toInstant()))
                .list();
    }

    private static Queued queued(ResultSet row, int index) throws SQLException {
        return new Queued(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getObject("partner_id", UUID.class), row.getString("type"), row.getString("body"),
                row.getString("target_url"), row.getInt("attempts"), row.getTimestamp("created_at").toInstant());
    }
}
