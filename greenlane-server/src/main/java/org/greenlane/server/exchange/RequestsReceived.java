package org.greenlane.server.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenlane.server.exchange.internal.pact.FootprintCriteria;
import org.greenlane.server.exchange.internal.pact.PactEvent;
import org.greenlane.server.exchange.internal.pact.PactJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Partners' requests for footprints (RequestCreatedEvent), answered with one RequestFulfilledEvent
 * carrying every matching footprint shared with the partner, as soon as there is one: at once, or
 * when a matching footprint is published. Requests still open after the configured wait, or declined
 * by the data owner, are answered with a RequestRejectedEvent.
 */
@Repository
class RequestsReceived {

    /** Most footprints one RequestFulfilledEvent carries. */
    static final int MAX_FOOTPRINTS = 1000;

    private static final String COLUMNS = """
            r.id, r.organisation_id, r.partner_id, p.name as partner_name, r.event_id, r.source, r.criteria, r.comment,
            r.reply_to, r.status, r.reason, r.received_at, r.answered_at""";

    private final JdbcClient jdbc;
    private final PactPartners partners;
    private final HostedFootprints footprints;
    private final Outbox outbox;
    private final ExchangeProperties properties;

    RequestsReceived(JdbcClient jdbc, PactPartners partners, HostedFootprints footprints, Outbox outbox,
                     ExchangeProperties properties) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.footprints = footprints;
        this.outbox = outbox;
        this.properties = properties;
    }

    record Received(UUID id, UUID organisationId, UUID partnerId, String partnerName, String eventId, String source,
                    FootprintCriteria criteria, String comment, String replyTo, String status, String reason,
                    Instant receivedAt, Instant answeredAt) {
    }

    /** Keeps the request and answers it at once if it can; refuses it when no answer could ever be delivered. */
    String receive(Partner partner, PactEvent event) {
        FootprintCriteria criteria;
        try {
            criteria = FootprintCriteria.fromEventData(event.data());
        } catch (IllegalArgumentException wrong) {
            throw PactError.badRequest(wrong.getMessage());
        }
        JsonNode comment = event.data().get("comment");
        if (comment != null && !comment.isNull() && !comment.isTextual()) {
            throw PactError.badRequest("data.comment must be a string");
        }
        String replyTo = null;
        if (!partner.hasHost()) {
            replyTo = properties.replyToEventSource() ? ReplyAddress.of(event.source()).map(URI::toString).orElse(null) : null;
            if (replyTo == null) {
                throw PactError.badRequest("Cannot answer this request: no PACT host is registered for you with the data owner, "
                        + "and the source '" + event.source() + "' is not a public https address to answer at");
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into pact_request_received (id, organisation_id, partner_id, event_id, source, criteria, comment,
                               reply_to, status)
                        values (:id, :organisation, :partner, :event, :source, :criteria, :comment, :replyTo, 'OPEN')""")
                .param("id", id)
                .param("organisation", partner.organisationId())
                .param("partner", partner.id())
                .param("event", event.id())
                .param("source", event.source())
                .param("criteria", PactJson.write(criteria.toEventData()))
                .param("comment", comment == null || comment.isNull() ? null : comment.textValue())
                .param("replyTo", replyTo)
                .update();
        boolean fulfilled = fulfilIfPossible(find(partner.organisationId(), id).orElseThrow(), partner);
        return fulfilled ? "answered at once" : "open until a matching footprint is published";
    }

    /** After a publication: answers the organisation's open requests that footprints now match. */
    void answerOpen(UUID organisationId) {
        for (Received request : open(organisationId)) {
            partners.find(organisationId, request.partnerId())
                    .ifPresent(partner -> fulfilIfPossible(request, partner));
        }
    }

    /** The data owner declines a request (code NotFound: no such footprint; AccessDenied: will not share it). */
    @Transactional
    boolean reject(UUID organisationId, UUID id, String code, String message) {
        Optional<Received> request = find(organisationId, id).filter(found -> found.status().equals("OPEN"));
        request.ifPresent(open -> answerRejected(open, code, message));
        return request.isPresent();
    }

    /** Rejects requests that stayed open longer than the configured wait; returns how many. */
    @Transactional
    int expire() {
        List<Received> overdue = jdbc.sql("select " + COLUMNS + " from pact_request_received r join pact_partner p on p.id = r.partner_id "
                        + "where r.status = 'OPEN' and r.received_at < :deadline for update of r skip locked")
                .param("deadline", Timestamp.from(Instant.now().minus(properties.requestWait())))
                .query(RequestsReceived::map).list();
        overdue.forEach(request -> answerRejected(request, "NotFound", "No footprint matching the request ("
                + describe(request.criteria()) + ") was published within " + properties.requestWait().toDays() + " days"));
        return overdue.size();
    }

    List<Received> of(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from pact_request_received r join pact_partner p on p.id = r.partner_id "
                        + "where r.organisation_id = :organisation order by r.received_at desc limit 200")
                .param("organisation", organisationId)
                .query(RequestsReceived::map).list();
    }

    long openCount(UUID organisationId) {
        return jdbc.sql("select count(*) from pact_request_received where organisation_id = :organisation and status = 'OPEN'")
                .param("organisation", organisationId).query(Long.class).single();
    }

    Optional<Received> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from pact_request_received r join pact_partner p on p.id = r.partner_id "
                        + "where r.organisation_id = :organisation and r.id = :id")
                .param("organisation", organisationId)
                .param("id", id)
                .query(RequestsReceived::map).optional();
    }

    private List<Received> open(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from pact_request_received r join pact_partner p on p.id = r.partner_id "
                        + "where r.organisation_id = :organisation and r.status = 'OPEN' order by r.received_at for update of r")
                .param("organisation", organisationId)
                .query(RequestsReceived::map).list();
    }

    private boolean fulfilIfPossible(Received request, Partner partner) {
        List<UUID> matching = footprints.matching(partner, request.criteria(), null, MAX_FOOTPRINTS);
        if (matching.isEmpty()) {
            return false;
        }
        ObjectNode data = PactJson.object();
        data.put("requestEventId", request.eventId());
        ArrayNode pfs = data.putArray("pfs");
        footprints.documents(matching).forEach(document -> pfs.add(PactJson.read(document, "document")));
        outbox.enqueue(request.organisationId(), request.partnerId(), PactEvent.Type.REQUEST_FULFILLED, data, request.replyTo());
        answered(request, "FULFILLED", matching.size() + " footprint(s) sent");
        return true;
    }

    private void answerRejected(Received request, String code, String message) {
        ObjectNode data = PactJson.object();
        data.put("requestEventId", request.eventId());
        ObjectNode error = data.putObject("error");
        error.put("code", code);
        error.put("message", message);
        outbox.enqueue(request.organisationId(), request.partnerId(), PactEvent.Type.REQUEST_REJECTED, data, request.replyTo());
        answered(request, "REJECTED", code + ": " + message);
    }

    private void answered(Received request, String status, String reason) {
        jdbc.sql("update pact_request_received set status = :status, reason = :reason, answered_at = now() where id = :id")
                .param("status", status).param("reason", reason).param("id", request.id()).update();
    }

    static String describe(FootprintCriteria criteria) {
        return criteria.isEmpty() ? "any footprint" : criteria.describe();
    }

    private static Received map(ResultSet row, int index) throws SQLException {
        return new Received(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getObject("partner_id", UUID.class), row.getString("partner_name"), row.getString("event_id"),
                row.getString("source"), FootprintCriteria.fromEventData(PactJson.read(row.getString("criteria"), "criteria")),
                row.getString("comment"), row.getString("reply_to"), row.getString("status"), row.getString("reason"),
                row.getTimestamp("received_at").toInstant(),
                row.getTimestamp("answered_at") == null ? null : row.getTimestamp("answered_at").toInstant());
    }
}
