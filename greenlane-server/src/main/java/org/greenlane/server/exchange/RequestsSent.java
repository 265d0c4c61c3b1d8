package org.greenlane.server.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenlane.server.exchange.internal.pact.FootprintCriteria;
import org.greenlane.server.exchange.internal.pact.InvalidPactDocument;
import org.greenlane.server.exchange.internal.pact.PactEvent;
import org.greenlane.server.exchange.internal.pact.PactJson;
import org.greenlane.server.exchange.internal.pact.ProductFootprint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Our requests to partners for footprints (RequestCreatedEvent), and their answers arriving on our
 * {@code /3/events}: the footprints of a RequestFulfilledEvent become supplier footprints.
 */
@Repository
class RequestsSent {

    private static final String COLUMNS = """
            r.id, r.partner_id, p.name as partner_name, r.criteria, r.comment, r.status, r.footprints, r.error_code,
            r.error_message, r.created_at, r.answered_at""";

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final SupplierFootprints supplierFootprints;

    RequestsSent(JdbcClient jdbc, Outbox outbox, SupplierFootprints supplierFootprints) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.supplierFootprints = supplierFootprints;
    }

    record Sent(UUID id, UUID partnerId, String partnerName, FootprintCriteria criteria, String comment, String status,
                int footprints, String errorCode, String errorMessage, Instant createdAt, Instant answeredAt) {
    }

    /** Asks a partner with a registered host for footprints; the event id is the request's id. */
    @Transactional
    UUID send(Partner partner, FootprintCriteria criteria, String comment) {
        if (!partner.hasHost()) {
            throw new IllegalArgumentException("partner: register " + partner.name() + "'s PACT host before requesting footprints");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into pact_request_sent (id, organisation_id, partner_id, criteria, comment, status)
                        values (:id, :organisation, :partner, :criteria, :comment, 'SENT')""")
                .param("id", id)
                .param("organisation", partner.organisationId())
                .param("partner", partner.id())
                .param("criteria", PactJson.write(criteria.toEventData()))
                .param("comment", comment)
                .update();
        ObjectNode data = criteria.toEventData();
        if (comment != null) {
            data.put("comment", comment);
        }
        outbox.enqueue(id, partner.organisationId(), partner.id(), PactEvent.Type.REQUEST_CREATED, data, null);
        return id;
    }

    /** A partner fulfilled one of our requests: its footprints are checked, then all kept, or none. */
    String fulfilled(Partner partner, PactEvent event) {
        Sent request = open(partner, event);
        JsonNode pfs = event.data().get("pfs");
        if (pfs == null || !pfs.isArray() || pfs.isEmpty()) {
            throw PactError.badRequest("data.pfs must be a non-empty array of ProductFootprints");
        }
        List<PartnerHosts.Received> received = new ArrayList<>();
        for (int i = 0; i < pfs.size(); i++) {
            try {
                received.add(new PartnerHosts.Received(ProductFootprint.read(pfs.get(i), "data.pfs[" + i + "]"),
                        PactJson.write(pfs.get(i))));
            } catch (InvalidPactDocument invalid) {
                throw PactError.badRequest(invalid.getMessage());
            }
        }
        received.forEach(footprint -> supplierFootprints.save(partner.organisationId(), partner, footprint,
                SupplierFootprints.Via.REQUEST));
        jdbc.sql("update pact_request_sent set status = 'FULFILLED', footprints = :count, answered_at = now() where id = :id")
                .param("count", received.size()).param("id", request.id()).update();
        return received.size() + " footprint(s) received for request " + request.id();
    }

    /** A partner declined one of our requests. */
    String rejected(Partner partner, PactEvent event) {
        Sent request = open(partner, event);
        JsonNode error = event.data().get("error");
        if (error == null || !error.isObject() || !error.path("code").isTextual() || !error.path("message").isTextual()) {
            throw PactError.badRequest("data.error must be an Error object with code and message");
        }
        jdbc.sql("""
                        update pact_request_sent set status = 'REJECTED', error_code = :code, error_message = :message,
                               answered_at = now() where id = :id""")
                .param("code", error.get("code").textValue())
                .param("message", error.get("message").textValue())
                .param("id", request.id())
                .update();
        return "request " + request.id() + " rejected: " + error.get("code").textValue();
    }

    List<Sent> of(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from pact_request_sent r join pact_partner p on p.id = r.partner_id "
                        + "where r.organisation_id = :organisation order by r.created_at desc limit 200")
                .param("organisation", organisationId)
                .query(RequestsSent::map).list();
    }

    Optional<Sent> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from pact_request_sent r join pact_partner p on p.id = r.partner_id "
                        + "where r.organisation_id = :organisation and r.id = :id")
                .param("organisation", organisationId).param("id", id)
                .query(RequestsSent::map).optional();
    }

    /** The open request an answer refers to: ours, sent to this very partner. */
    private Sent open(Partner partner, PactEvent event) {
        JsonNode requestEventId = event.data().get("requestEventId");
        if (requestEventId == null || !requestEventId.isTextual()) {
            throw PactError.badRequest("data.requestEventId is required");
        }
        UUID id;
        try {
            id = UUID.fromString(requestEventId.textValue());
        } catch (IllegalArgumentException notOurs) {
            throw PactError.badRequest("data.requestEventId '" + requestEventId.textValue() + "' is not a request we sent you");
        }
        Sent request = find(partner.organisationId(), id).filter(found -> found.partnerId().equals(partner.id()))
                .orElseThrow(() -> PactError.badRequest("data.requestEventId '" + id + "' is not a request we sent you"));
        if (!request.status().equals("SENT")) {
            throw PactError.badRequest("request " + id + " was already answered (" + request.status() + ")");
        }
        return request;
    }

    private static Sent map(ResultSet row, int index) throws SQLException {
        return new Sent(row.getObject("id", UUID.class), row.getObject("partner_id", UUID.class),
                row.getString("partner_name"),
                FootprintCriteria.fromEventData(PactJson.read(row.getString("criteria"), "criteria")),
                row.getString("comment"), row.getString("status"), row.getInt("footprints"), row.getString("error_code"),
                row.getString("error_message"), row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("answered_at") == null ? null : row.getTimestamp("answered_at").toInstant());
    }
}
