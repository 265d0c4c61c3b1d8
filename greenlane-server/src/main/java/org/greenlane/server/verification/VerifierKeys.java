package org.greenlane.server.verification;

import org.greenlane.core.ledger.VerificationException;
import org.greenlane.core.ledger.note.NoteSigner;
import org.greenlane.core.ledger.note.NoteVerifier;
import org.greenlane.core.ledger.note.SignedNote;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonString;
import org.greenlane.core.ledger.jcs.JsonValue;
import org.greenlane.server.ledger.Ledger;
import org.greenlane.server.ledger.LedgerRecord;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Each verification body's Ed25519 signed-note keys, the first generated the first time the body signs and kept in
 * the database like the log's own key (decision 059). Their name is {@code <log host>/greenlane/verifiers/<organisation
 * id>}, unique to the body on this platform; keys of one body differ in their key id. The body signs with its current
 * key; a rotation retires it, and retired keys stay published so what they signed still verifies. Each key is also
 * logged ({@value LedgerRecord#VERIFIER_KEY}) when it is created, so the keys a body has held can be audited in the
 * transparency log, not only read from this platform (decision 079).
 */
@Component
class VerifierKeys {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final LogOutbox outbox;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    VerifierKeys(JdbcClient jdbc, Ledger ledger, LogOutbox outbox, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.outbox = outbox;
        this.transaction = transaction;
    }

    /**
     * A public verifier key ({@code <name>+<hex id>+<base64>}), whether the body signs with it now, when it was created
     * and, once retired, when.
     */
    record PublishedKey(String verifierKey, boolean current, Instant createdAt, Instant retiredAt) {
    }

    /** The body's current signer, created on first use; concurrent first uses agree on one key. */
    @Transactional
    NoteSigner signer(UUID organisationId) {
        Optional<NoteSigner> existing = current(organisationId);
        if (existing.isPresent()) {
            return existing.get();
        }
        insert(organisationId);
        return current(organisationId).orElseThrow();
    }

    /**
     * Retires the body's current key, if it has one, and makes a new one current; the body's rows are locked, so
     * concurrent rotations run one after the other and each retires the key the other created.
     *
     * @return every key of the body after the rotation, the new current one first
     */
    @Transactional
    List<PublishedKey> rotate(UUID organisationId) {
        jdbc.sql("select 1 from organisation where id = :organisation for update").param("organisation", organisationId)
                .query(Integer.class).optional();
        jdbc.sql("update verifier_key set retired_at = now() where organisation_id = :organisation and retired_at is null")
                .param("organisation", organisationId).update();
        insert(organisationId);
        return keys(organisationId);
    }

    /** The public verifier key the body signs with now, once it has one. */
    Optional<String> verifierKey(UUID organisationId) {
        return jdbc.sql("select verifier_key from verifier_key where organisation_id = :organisation and retired_at is null")
                .param("organisation", organisationId).query(String.class).optional();
    }

    /** Every key the body has held: the current one first, then the retired ones, newest first. */
    List<PublishedKey> keys(UUID organisationId) {
        return jdbc.sql("""
                        select verifier_key, created_at, retired_at from verifier_key where organisation_id = :organisation
                        order by retired_at desc nulls first, created_at desc""")
                .param("organisation", organisationId)
                .query((row, n) -> new PublishedKey(row.getString(1), row.getTimestamp(3) == null,
                        row.getTimestamp(2).toInstant(), row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()))
                .list();
    }

    /**
     * The body's key whose signature opens this note, current or retired; the current key when none does, so a
     * check of an altered note fails against the key the body signs with now.
     */
    Optional<String> signedWith(UUID organisationId, String signedNote) {
        List<PublishedKey> keys = keys(organisationId);
        for (PublishedKey key : keys) {
            try {
                SignedNote.open(signedNote, List.of(NoteVerifier.parse(key.verifierKey())));
                return Optional.of(key.verifierKey());
            } catch (VerificationException notThisKey) {
                // The note names another of the body's keys, or was altered; try the next key.
            }
        }
        return keys.stream().filter(PublishedKey::current).map(PublishedKey::verifierKey).findFirst();
    }

    /** Index of the log entry that published this key, once appended. */
    Optional<Long> logIndex(String verifierKey) {
        return jdbc.sql("select log_index from verification_log_outbox where record_type = :type and subject_id = :subject")
                .param("type", LedgerRecord.VERIFIER_KEY).param("subject", subject(verifierKey))
                .query(Long.class).optional();
    }

    /**
     * Keys created before keys were logged (V24) get their entry at start. Every key is offered again; one that has
     * its entry already is skipped by the outbox, as a key has one subject.
     */
    @EventListener(ApplicationReadyEvent.class)
    void logEarlierKeys() {
        transaction.executeWithoutResult(status -> jdbc.sql("select organisation_id, verifier_key, created_at from verifier_key order by created_at")
                .query((row, n) -> new StoredKey(row.getObject(1, UUID.class), row.getString(2), row.getTimestamp(3).toInstant()))
                .list().forEach(key -> log(key.organisationId(), key.verifierKey(), key.createdAt(), outbox::addOnce)));
    }

    private record StoredKey(UUID organisationId, String verifierKey, Instant createdAt) {
    }

    private interface Queue {
        void add(String type, UUID organisationId, UUID subjectId, JsonObject summary, JsonValue record);
    }

    private void insert(UUID organisationId) {
        NoteSigner created = NoteSigner.generate(keyName(organisationId), random);
        String verifierKey = created.verifier().verifierKey();
        Instant createdAt = jdbc.sql("""
                        insert into verifier_key (organisation_id, key_name, signer_key, verifier_key)
                        values (:organisation, :name, :signer, :verifier)
                        on conflict (organisation_id) where retired_at is null do nothing returning created_at""")
                .param("organisation", organisationId).param("name", created.name())
                .param("signer", created.signerKey()).param("verifier", verifierKey)
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
        if (createdAt != null) {
            log(organisationId, verifierKey, createdAt, outbox::add);
        }
    }

    /**
     * The entry publishes the key as the body's (summary); the private record adds when it was created. Its subject is
     * derived from the key, so a key has at most one entry.
     */
    private static void log(UUID organisationId, String verifierKey, Instant createdAt, Queue queue) {
        JsonObject summary = new JsonObject(Map.of("organisationId", new JsonString(organisationId.toString()),
                "verifierKey", new JsonString(verifierKey)));
        JsonObject record = new JsonObject(Map.of("organisationId", new JsonString(organisationId.toString()),
                "verifierKey", new JsonString(verifierKey), "createdAt", new JsonString(createdAt.toString())));
        queue.add(LedgerRecord.VERIFIER_KEY, organisationId, subject(verifierKey), summary, record);
    }

    private static UUID subject(String verifierKey) {
        return UUID.nameUUIDFromBytes(verifierKey.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<NoteSigner> current(UUID organisationId) {
        return jdbc.sql("select signer_key from verifier_key where organisation_id = :organisation and retired_at is null")
                .param("organisation", organisationId).query(String.class).optional().map(NoteSigner::parse);
    }

    private String keyName(UUID organisationId) {
        String origin = ledger.origin();
        int slash = origin.indexOf('/');
        return (slash < 0 ? origin : origin.substring(0, slash)) + "/greenlane/verifiers/" + organisationId;
    }
}
