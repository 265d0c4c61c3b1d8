package org.greenlane.server.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import org.greenlane.server.exchange.internal.pact.PactEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Events partners post to {@code /3/events}, each handled once per CloudEvents (source, id): a
 * repeat is acknowledged without being handled again. Handling and logging share one transaction,
 * so a refused event leaves no trace and may be sent again, corrected.
 */
@Service
class IncomingEvents {

    private final JdbcClient jdbc;
    private final RequestsReceived requestsReceived;
    private final RequestsSent requestsSent;

    IncomingEvents(JdbcClient jdbc, RequestsReceived requestsReceived, RequestsSent requestsSent) {
        this.jdbc = jdbc;
        this.requestsReceived = requestsReceived;
        this.requestsSent = requestsSent;
    }

    record Logged(String source, String eventId, UUID partnerId, String type, String status, String detail,
                  Instant receivedAt) {
    }

    /** A PublishedEvent whose footprints are still to be pulled from the partner's host. */
    record PendingPull(UUID organisationId, String source, String eventId, UUID partnerId, List<UUID> footprintIds,
                       int attempts, Instant receivedAt) {
    }

    @Transactional
    void receive(Partner partner, PactEvent event) {
        int first = jdbc.sql("""
                        insert into pact_event_in (organisation_id, source, event_id, partner_id, type, status)
                        values (:organisation, :source, :event, :partner, :type, 'DONE') on conflict do nothing""")
                .param("organisation", partner.organisationId())
                .param("source", event.source())
                .param("event", event.id())
                .param("partner", partner.id())
                .param("type", event.type().toString())
                .update();
        if (first == 0) {
            return;
        }
        String detail = switch (event.type()) {
            case REQUEST_CREATED -> requestsReceived.receive(partner, event);
            case REQUEST_FULFILLED -> requestsSent.fulfilled(partner, event);
            case REQUEST_REJECTED -> requestsSent.rejected(partner, event);
            case PUBLISHED -> published(partner, event);
        };
        jdbc.sql("update pact_event_in set detail = :detail where organisation_id = :organisation and source = :source and event_id = :event")
                .param("detail", detail)
                .param("organisation", partner.organisationId())
                .param("source", event.source())
                .param("event", event.id())
                .update();
    }

    /** A partner announces new or changed footprints: they are pulled from its host by the delivery job. */
    private String published(Partner partner, PactEvent event) {
        JsonNode ids = event.data().get("pfIds");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            throw PactError.badRequest("data.pfIds must be a non-empty array of footprint ids");
        }
        Set<UUID> footprints = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            try {
                footprints.add(UUID.fromString(ids.get(i).asText("")));
            } catch (IllegalArgumentException notUuid) {
                throw PactError.badRequest("data.pfIds[" + i + "]: '" + ids.get(i).asText() + "' is not a UUID");
            }
        }
        if (!partner.hasHost()) {
            return footprints.size() + " footprint(s) announced; not pulled, since no PACT host is registered for "
                    + partner.name();
        }
        jdbc.sql("""
                        update pact_event_in set status = 'PENDING', footprint_ids = cast(:ids as uuid[]), next_attempt_at = now()
                        where organisation_id = :organisation and source = :source and event_id = :event""")
                .param("ids", footprints.stream().map(UUID::toString).toArray(String[]::new))
                .param("organisation", partner.organisationId())
                .param("source", event.source())
                .param("event", event.id())
                .update();
        return footprints.size() + " footprint(s) announced; to be pulled";
    }

    /** Takes due PublishedEvents to pull, leasing them to this node. */
    @Transactional
    List<PendingPull> claimPulls(int max) {
        List<PendingPull> due = jdbc.sql("""
                        select organisation_id, source, event_id, partner_id, footprint_ids, attempts, received_at from pact_event_in
                        where status = 'PENDING' and next_attempt_at <= now()
                        order by next_attempt_at limit :max for update skip locked""")
                .param("max", max)
                .query((row, i) -> new PendingPull(row.getObject("organisation_id", UUID.class), row.getString("source"),
                        row.getString("event_id"), row.getObject("partner_id", UUID.class), uuids(row.getArray("footprint_ids")),
                        row.getInt("attempts"), row.getTimestamp("received_at").toInstant()))
                .list();
        for (PendingPull pull : due) {
            jdbc.sql("update pact_event_in set attempts = attempts + 1, next_attempt_at = :lease where " + KEY)
                    .param("lease", Timestamp.from(Instant.now().plus(Outbox.LEASE)))
                    .params(key(pull))
                    .update();
        }
        return due;
    }

    void pulled(PendingPull pull, String detail) {
        jdbc.sql("update pact_event_in set status = 'DONE', detail = :detail where " + KEY)
                .param("detail", detail).params(key(pull)).update();
    }

    /** Pulling failed: again after a backoff, or given up 72 hours after the event arrived. */
    void pullFailed(PendingPull pull, String error) {
        boolean giveUp = pull.receivedAt().plus(Outbox.GIVE_UP_AFTER).isBefore(Instant.now());
        jdbc.sql("update pact_event_in set status = :status, detail = :detail, next_attempt_at = :next where " + KEY)
                .param("status", giveUp ? "FAILED" : "PENDING")
                .param("detail", error)
                .param("next", Timestamp.from(Instant.now().plus(Backoff.after(pull.attempts() + 1))))
                .params(key(pull))
                .update();
    }

    List<Logged> of(UUID organisationId, int max) {
        return jdbc.sql("""
                        select source, event_id, partner_id, type, status, detail, received_at from pact_event_in
                        where organisation_id = :organisation order by received_at desc limit :max""")
                .param("organisation", organisationId)
                .param("max", max)
                .query((row, i) -> new Logged(row.getString("source"), row.getString("event_id"),
                        row.getObject("partner_id", UUID.class), row.getString("type"), row.getString("status"),
                        row.getString("detail"), row.getTimestamp("received_at").toInstant()))
                .list();
    }

    private static final String KEY = "organisation_id = :organisation and source = :source and event_id = :event";

    private static Map<String, Object> key(PendingPull pull) {
        return Map.of("organisation", pull.organisationId(), "source", pull.source(), "event", pull.eventId());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        for (Object id : (Object[]) array.getArray()) {
            ids.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
        }
        return ids;
    }
}
