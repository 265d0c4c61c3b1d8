package org.greenlane.server.verification;

import org.greenlane.core.ledger.VerificationException;
import org.greenlane.core.ledger.note.NoteSigner;
import org.greenlane.core.ledger.note.NoteVerifier;
import org.greenlane.core.ledger.note.SignedNote;
import org.greenlane.server.ledger.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Each verification body's Ed25519 signed-note keys, the first generated the first time the body signs and kept in
 * the database like the log's own key (decision 059). Their name is {@code <log host>/greenlane/verifiers/<organisation
 * id>}, unique to the body on this platform; keys of one body differ in their key id. The body signs with its current
 * key; a rotation retires it, and retired keys stay published so what they signed still verifies (decision 079).
 */
@Component
class VerifierKeys {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final SecureRandom random = new SecureRandom();

    VerifierKeys(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
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
     */
    @Transactional
    PublishedKey rotate(UUID organisationId) {
        jdbc.sql("select 1 from organisation where id = :organisation for update").param("organisation", organisationId)
                .query(Integer.class).optional();
        jdbc.sql("update verifier_key set retired_at = now() where organisation_id = :organisation and retired_at is null")
                .param("organisation", organisationId).update();
        insert(organisationId);
        return keys(organisationId).get(0);
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

    private void insert(UUID organisationId) {
        NoteSigner created = NoteSigner.generate(keyName(organisationId), random);
        jdbc.sql("""
                        insert into verifier_key (organisation_id, key_name, signer_key, verifier_key)
                        values (:organisation, :name, :signer, :verifier)
                        on conflict (organisation_id) where retired_at is null do nothing""")
                .param("organisation", organisationId).param("name", created.name())
                .param("signer", created.signerKey()).param("verifier", created.verifier().verifierKey())
                .update();
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
