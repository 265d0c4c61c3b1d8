package org.greenlane.server.verification;

import org.greenlane.core.ledger.note.NoteSigner;
import org.greenlane.server.ledger.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;

/**
 * Each verification body's Ed25519 signed-note key, generated the first time the body signs and kept in the
 * database like the log's own key (decision 059). Its name is {@code <log host>/greenlane/verifiers/<organisation id>},
 * unique to the body on this platform; the verifier key is public.
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

    /** The body's signer, created on first use; concurrent first uses agree on one key. */
    @Transactional
    NoteSigner signer(UUID organisationId) {
        Optional<NoteSigner> existing = stored(organisationId);
        if (existing.isPresent()) {
            return existing.get();
        }
        NoteSigner created = NoteSigner.generate(keyName(organisationId), random);
        jdbc.sql("""
                        insert into verifier_key (organisation_id, key_name, signer_key, verifier_key)
                        values (:organisation, :name, :signer, :verifier) on conflict (organisation_id) do nothing""")
                .param("organisation", organisationId).param("name", created.name())
                .param("signer", created.signerKey()).param("verifier", created.verifier().verifierKey())
                .update();
        return stored(organisationId).orElseThrow();
    }

    /** The public verifier key ({@code <name>+<hex id>+<base64>}), once the body has one. */
    Optional<String> verifierKey(UUID organisationId) {
        return jdbc.sql("select verifier_key from verifier_key where organisation_id = :organisation")
                .param("organisation", organisationId).query(String.class).optional();
    }

    private Optional<NoteSigner> stored(UUID organisationId) {
        return jdbc.sql("select signer_key from verifier_key where organisation_id = :organisation")
                .param("organisation", organisationId).query(String.class).optional().map(NoteSigner::parse);
    }

    private String keyName(UUID organisationId) {
        String origin = ledger.origin();
        int slash = origin.indexOf('/');
        return (slash < 0 ? origin : origin.substring(0, slash)) + "/greenlane/verifiers/" + organisationId;
    }
}
