package org.greenlane.server.verification;

import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonString;
import org.greenlane.server.ServerTest;
import org.greenlane.server.ledger.LedgerRecord;
import org.greenlane.server.platform.identity.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision 058: a record queued in a transaction that rolls back never reaches the log; one whose node stopped before
 * appending it is appended by the sweep and stamped with its index, and the entry carries the record's hash.
 */
class LogOutboxTest extends ServerTest {

    @Autowired
    LogOutbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Organisations organisations;

    @Test
    void aRolledBackDecisionLeavesNothingAndALeftOverRecordIsSweptIntoTheLog() {
        UUID verifier = organisations.findByName(VerificationDemo.VERIFIER).orElseThrow().id();
        UUID rolledBack = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            outbox.add(LedgerRecord.CERTIFICATE_REVOCATION, verifier, rolledBack, Canonical.object("certificateId",
                    rolledBack.toString()), Canonical.object("signedNote", "not signed"));
            status.setRollbackOnly();
        });
        assertThat(outbox.of(LedgerRecord.CERTIFICATE_REVOCATION, rolledBack)).isEmpty();

        // As if the node stopped between the commit and the append: the row is there, unlogged.
        UUID leftOver = UUID.randomUUID();
        String record = Canonical.text(Canonical.object("signedNote", "left over " + leftOver));
        jdbc.sql("""
                        insert into verification_log_outbox (id, organisation_id, record_type, subject_id, summary, record, record_sha256)
                        values (:id, :o, :type, :subject, :summary, :record, :sha)""")
                .param("id", UUID.randomUUID()).param("o", verifier).param("type", LedgerRecord.CERTIFICATE_REVOCATION)
                .param("subject", leftOver).param("summary", Canonical.text(Canonical.object("certificateId", leftOver.toString())))
                .param("record", record).param("sha", Canonical.sha256Hex(record)).update();

        outbox.sweep();

        Long index = jdbc.sql("select log_index from verification_log_outbox where subject_id = :s").param("s", leftOver)
                .query(Long.class).single();
        assertThat(index).isNotNull();
        byte[] entry = jdbc.sql("select entry from ledger_entry where idx = :i").param("i", index).query(byte[].class).single();
        JsonObject logged = (JsonObject) Json.parse(new String(entry, StandardCharsets.UTF_8));
        assertThat(((JsonString) logged.members().get("recordSha256")).value()).isEqualTo(Canonical.sha256Hex(record));
        assertThat(((JsonObject) logged.members().get("summary")).members().get("certificateId"))
                .isEqualTo(new JsonString(leftOver.toString()));
    }
}
