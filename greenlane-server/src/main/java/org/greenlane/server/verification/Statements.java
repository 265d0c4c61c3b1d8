package org.greenlane.server.verification;

import org.greenlane.server.ledger.LedgerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Statements and certificates with the log indexes of their records. Reads by organisation answer only the exporter
 * and the verifier; the public reads ({@link #latestLogged}, {@link #certificate(UUID)}) serve the labels and
 * customs, which show only what the log holds anyway.
 */
@Repository
class Statements {

    private static final String STATEMENTS = "select s.*, o.name verifier_name, x.log_index, x.record_sha256 "
            + "from verification_statement s join organisation o on o.id = s.verifier_id "
            + "left join verification_log_outbox x on x.record_type = '" + LedgerRecord.VERIFICATION_STATEMENT
            + "' and x.subject_id = s.id ";
    private static final String CERTIFICATES = "select c.*, s.footprint_id, s.exporter_id, s.verifier_id, "
            + "i.log_index issuance_log_index, r.log_index revocation_log_index from verification_certificate c "
            + "join verification_statement s on s.id = c.statement_id "
            + "left join verification_log_outbox i on i.record_type = '" + LedgerRecord.CERTIFICATE_ISSUANCE
            + "' and i.subject_id = c.id "
            + "left join verification_log_outbox r on r.record_type = '" + LedgerRecord.CERTIFICATE_REVOCATION
            + "' and r.subject_id = c.id ";

    private final JdbcClient jdbc;

    Statements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID id, VerificationRequest request, String opinion, String statement, String signedNote, String by,
             Instant at) {
        jdbc.sql("""
                        insert into verification_statement (id, request_id, footprint_id, exporter_id, verifier_id, standard,
                            assurance_level, opinion, statement, signed_note, issued_by, issued_at)
                        values (:id, :request, :footprint, :exporter, :verifier, :standard, :level, :opinion, :statement,
                                :note, :by, :at)""")
                .param("id", id).param("request", request.id()).param("footprint", request.footprintId())
                .param("exporter", request.exporterId()).param("verifier", request.verifierId())
                .param("standard", request.standard()).param("level", request.assuranceLevel()).param("opinion", opinion)
                .param("statement", statement).param("note", signedNote).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    Optional<Statement> find(UUID organisationId, UUID id) {
        return jdbc.sql(STATEMENTS + "where s.id = :id and (s.exporter_id = :organisation or s.verifier_id = :organisation)")
                .param("id", id).param("organisation", organisationId).query((row, n) -> statement(row)).optional();
    }

    Optional<Statement> ofRequest(UUID requestId) {
        return jdbc.sql(STATEMENTS + "where s.request_id = :request").param("request", requestId)
                .query((row, n) -> statement(row)).optional();
    }

    List<Statement> of(UUID organisationId) {
        return jdbc.sql(STATEMENTS + "where s.exporter_id = :organisation or s.verifier_id = :organisation "
                        + "order by s.issued_at desc, s.id")
                .param("organisation", organisationId).query((row, n) -> statement(row)).list();
    }

    /** The footprint's latest statement that is in the log. */
    Optional<Statement> latestLogged(UUID footprintId) {
        return jdbc.sql(STATEMENTS + "where s.footprint_id = :footprint and x.log_index is not null "
                        + "order by s.issued_at desc, s.id limit 1")
                .param("footprint", footprintId).query((row, n) -> statement(row)).optional();
    }

    void addCertificate(UUID id, UUID statementId, String kind, LocalDate from, LocalDate until, String certificate,
                        String signedNote, List<Certificate.Evidence> evidence, String by, Instant at) {
        jdbc.sql("""
                        insert into verification_certificate (id, statement_id, kind, valid_from, valid_until, certificate,
                                                              signed_note, issued_by, issued_at)
                        values (:id, :statement, :kind, :from, :until, :certificate, :note, :by, :at)""")
                .param("id", id).param("statement", statementId).param("kind", kind).param("from", from)
                .param("until", until).param("certificate", certificate).param("note", signedNote).param("by", by)
                .param("at", Timestamp.from(at)).update();
        for (Certificate.Evidence e : evidence) {
            jdbc.sql("""
                            insert into verification_evidence (certificate_id, kind, registry, reference, tonnes_co2e)
                            values (:certificate, :kind, :registry, :reference, :tonnes)""")
                    .param("certificate", id).param("kind", e.kind()).param("registry", e.registry())
                    .param("reference", e.reference()).param("tonnes", e.tonnesCo2e()).update();
        }
    }

    /**
     * Whether a retirement or certificate already backs an unrevoked certificate (it may back only one). Locks the
     * reference until the transaction ends, so two issuances cannot both find it free.
     */
    boolean evidenceInUse(Certificate.Evidence evidence) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
                .param("key", "evidence:" + evidence.kind() + "\n" + evidence.registry().toLowerCase(Locale.ROOT)
                        + "\n" + evidence.reference().toLowerCase(Locale.ROOT))
                .query((row, n) -> 1).list();
        return jdbc.sql("""
                        select exists (select 1 from verification_evidence e join verification_certificate c on c.id = e.certificate_id
                                       where e.kind = :kind and lower(e.registry) = lower(:registry)
                                       and lower(e.reference) = lower(:reference) and c.revoked_at is null)""")
                .param("kind", evidence.kind()).param("registry", evidence.registry())
                .param("reference", evidence.reference()).query(Boolean.class).single();
    }

    void revoke(UUID certificateId, String reason, String by, Instant at) {
        jdbc.sql("update verification_certificate set revoked_at = :at, revoked_by = :by, revocation_reason = :reason "
                        + "where id = :id and revoked_at is null")
                .param("at", Timestamp.from(at)).param("by", by).param("reason", reason).param("id", certificateId).update();
    }

    Optional<Certificate> certificate(UUID organisationId, UUID id) {
        return jdbc.sql(CERTIFICATES + "where c.id = :id and (s.exporter_id = :organisation or s.verifier_id = :organisation)")
                .param("id", id).param("organisation", organisationId).query((row, n) -> certificate(row)).optional();
    }

    /** Any certificate by id, for the public status checks of labels and customs. */
    Optional<Certificate> certificate(UUID id) {
        return jdbc.sql(CERTIFICATES + "where c.id = :id").param("id", id).query((row, n) -> certificate(row)).optional();
    }

    List<Certificate> certificatesOf(UUID statementId) {
        return jdbc.sql(CERTIFICATES + "where c.statement_id = :statement order by c.issued_at, c.id")
                .param("statement", statementId).query((row, n) -> certificate(row)).list();
    }

    List<Certificate> certificatesOfOrganisation(UUID organisationId) {
        return jdbc.sql(CERTIFICATES + "where s.exporter_id = :organisation or s.verifier_id = :organisation "
                        + "order by c.issued_at desc, c.id")
                .param("organisation", organisationId).query((row, n) -> certificate(row)).list();
    }

    private static Statement statement(ResultSet row) throws SQLException {
        return new Statement(row.getObject("id", UUID.class), row.getObject("request_id", UUID.class),
                row.getObject("footprint_id", UUID.class), row.getObject("exporter_id", UUID.class),
                row.getObject("verifier_id", UUID.class), row.getString("verifier_name"), row.getString("standard"),
                row.getString("assurance_level"), row.getString("opinion"), row.getString("statement"),
                row.getString("signed_note"), row.getString("issued_by"), row.getTimestamp("issued_at").toInstant(),
                (Long) row.getObject("log_index"), row.getString("record_sha256"));
    }

    private Certificate certificate(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        return new Certificate(id, row.getObject("statement_id", UUID.class), row.getObject("footprint_id", UUID.class),
                row.getObject("exporter_id", UUID.class), row.getObject("verifier_id", UUID.class), row.getString("kind"),
                row.getObject("valid_from", LocalDate.class), row.getObject("valid_until", LocalDate.class),
                row.getString("certificate"), row.getString("signed_note"), row.getString("issued_by"),
                row.getTimestamp("issued_at").toInstant(), (Long) row.getObject("issuance_log_index"),
                VerificationRequests.instant(row, "revoked_at"), row.getString("revoked_by"),
                row.getString("revocation_reason"), (Long) row.getObject("revocation_log_index"), evidence(id));
    }

    private List<Certificate.Evidence> evidence(UUID certificateId) {
        return jdbc.sql("select kind, registry, reference, tonnes_co2e from verification_evidence where certificate_id = :id "
                        + "order by kind, registry, reference")
                .param("id", certificateId)
                .query((row, n) -> new Certificate.Evidence(row.getString("kind"), row.getString("registry"),
                        row.getString("reference"), row.getBigDecimal("tonnes_co2e"))).list();
    }
}
