package org.greenlane.server.verification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Requests, their revisions and findings. Every read names the caller's organisation, which must be the exporter or
 * the verifier of the request: nobody else learns that a request exists.
 */
@Repository
class VerificationRequests {

    private static final String SELECT = "select r.id, r.exporter_id, e.name exporter_name, r.verifier_id, "
            + "v.name verifier_name, r.footprint_id, r.standard, r.assurance_level, r.message, r.status, r.status_reason, "
            + "r.created_at, r.updated_at from verification_request r join organisation e on e.id = r.exporter_id "
            + "join organisation v on v.id = r.verifier_id ";
    private static final String PARTY = "(r.exporter_id = :organisation or r.verifier_id = :organisation)";

    private final JdbcClient jdbc;

    VerificationRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID id, UUID exporterId, UUID verifierId, UUID footprintId, String standard, String level, String message,
             Instant at) {
        jdbc.sql("""
                        insert into verification_request (id, exporter_id, verifier_id, footprint_id, standard, assurance_level,
                                                          message, status, created_at, updated_at)
                        values (:id, :exporter, :verifier, :footprint, :standard, :level, :message, 'REQUESTED', :at, :at)""")
                .param("id", id).param("exporter", exporterId).param("verifier", verifierId).param("footprint", footprintId)
                .param("standard", standard).param("level", level).param("message", message)
                .param("at", Timestamp.from(at)).update();
        addRevision(id, footprintId, at);
    }

    /** The requests the organisation sent or received, newest first. */
    List<VerificationRequest> of(UUID organisationId) {
        return jdbc.sql(SELECT + "where " + PARTY + " order by r.created_at desc, r.id")
                .param("organisation", organisationId).query((row, n) -> map(row)).list();
    }

    Optional<VerificationRequest> find(UUID organisationId, UUID id) {
        return jdbc.sql(SELECT + "where r.id = :id and " + PARTY).param("id", id).param("organisation", organisationId)
                .query((row, n) -> map(row)).optional();
    }

    /** As {@link #find}, locking the request until the transaction ends, so actions on it happen one at a time. */
    Optional<VerificationRequest> lock(UUID organisationId, UUID id) {
        return jdbc.sql(SELECT + "where r.id = :id and " + PARTY + " for update of r").param("id", id)
                .param("organisation", organisationId).query((row, n) -> map(row)).optional();
    }

    void status(UUID id, VerificationRequest.Status status, String reason, Instant at) {
        jdbc.sql("update verification_request set status = :status, status_reason = :reason, updated_at = :at where id = :id")
                .param("status", status.name()).param("reason", reason).param("at", Timestamp.from(at)).param("id", id)
                .update();
    }

    void revise(UUID id, UUID footprintId, Instant at) {
        jdbc.sql("update verification_request set footprint_id = :footprint, updated_at = :at where id = :id")
                .param("footprint", footprintId).param("at", Timestamp.from(at)).param("id", id).update();
        addRevision(id, footprintId, at);
    }

    private void addRevision(UUID id, UUID footprintId, Instant at) {
        jdbc.sql("insert into verification_revision (request_id, footprint_id, revised_at) values (:id, :footprint, :at)")
                .param("id", id).param("footprint", footprintId).param("at", Timestamp.from(at)).update();
    }

    /** The footprints the request pointed at, first one first. */
    List<Revision> revisions(UUID id) {
        return jdbc.sql("select footprint_id, revised_at from verification_revision where request_id = :id order by revised_at")
                .param("id", id)
                .query((row, n) -> new Revision(row.getObject("footprint_id", UUID.class), row.getTimestamp("revised_at").toInstant()))
                .list();
    }

    List<Finding> findings(UUID requestId) {
        return jdbc.sql("select * from verification_finding where request_id = :request order by number")
                .param("request", requestId).query((row, n) -> finding(row)).list();
    }

    Finding addFinding(UUID requestId, Finding.Severity severity, String text, UUID footprintId, String by, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into verification_finding (id, request_id, number, severity, text, footprint_id, status, raised_by, raised_at)
                        values (:id, :request, (select coalesce(max(number), 0) + 1 from verification_finding where request_id = :request),
                                :severity, :text, :footprint, 'OPEN', :by, :at)""")
                .param("id", id).param("request", requestId).param("severity", severity.name()).param("text", text)
                .param("footprint", footprintId).param("by", by).param("at", Timestamp.from(at)).update();
        return jdbc.sql("select * from verification_finding where id = :id").param("id", id).query((row, n) -> finding(row)).single();
    }

    void answer(UUID findingId, String answer, String by, Instant at) {
        jdbc.sql("update verification_finding set answer = :answer, answered_by = :by, answered_at = :at, status = 'ANSWERED' "
                        + "where id = :id")
                .param("answer", answer).param("by", by).param("at", Timestamp.from(at)).param("id", findingId).update();
    }

    void close(UUID findingId, String by, Instant at) {
        jdbc.sql("update verification_finding set closed_by = :by, closed_at = :at, status = 'CLOSED' where id = :id")
                .param("by", by).param("at", Timestamp.from(at)).param("id", findingId).update();
    }

    /** Findings in a status on the organisation's open requests, as exporter or as verifier. */
    int openFindings(UUID organisationId, boolean asExporter, Finding.Status status) {
        return jdbc.sql("select count(*) from verification_finding f join verification_request r on r.id = f.request_id "
                        + "where r." + (asExporter ? "exporter_id" : "verifier_id") + " = :organisation "
                        + "and r.status in ('ACCEPTED', 'IN_REVIEW') and f.status = :status")
                .param("organisation", organisationId).param("status", status.name()).query(Integer.class).single();
    }

    record Revision(UUID footprintId, Instant revisedAt) {
    }

    private static VerificationRequest map(ResultSet row) throws SQLException {
        return new VerificationRequest(row.getObject("id", UUID.class), row.getObject("exporter_id", UUID.class),
                row.getString("exporter_name"), row.getObject("verifier_id", UUID.class), row.getString("verifier_name"),
                row.getObject("footprint_id", UUID.class), row.getString("standard"), row.getString("assurance_level"),
                row.getString("message"), VerificationRequest.Status.valueOf(row.getString("status")),
                row.getString("status_reason"), row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }

    private static Finding finding(ResultSet row) throws SQLException {
        return new Finding(row.getObject("id", UUID.class), row.getInt("number"),
                Finding.Severity.valueOf(row.getString("severity")), row.getString("text"),
                row.getObject("footprint_id", UUID.class), Finding.Status.valueOf(row.getString("status")),
                row.getString("raised_by"), row.getTimestamp("raised_at").toInstant(), row.getString("answer"),
                row.getString("answered_by"), instant(row, "answered_at"), row.getString("closed_by"),
                instant(row, "closed_at"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp t = row.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
