package org.greenlane.server.ledger;

import org.greenlane.core.ledger.Rfc6962;
import org.greenlane.core.ledger.note.NoteSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;

/**
 * Loads the log's signing key from the database, creating it (and the signed empty tree) on the very
 * first start. The key lives with the log's data, as the token signing key does (docs/decisions/026).
 */
@Component
class LogIdentities {

    private static final Logger log = LoggerFactory.getLogger(LogIdentities.class);

    private final LedgerTables tables;
    private final TransactionTemplate transaction;
    private final LedgerProperties properties;

    LogIdentities(LedgerTables tables, TransactionTemplate transaction, LedgerProperties properties) {
        this.tables = tables;
        this.transaction = transaction;
        this.properties = properties;
    }

    LogIdentity load() {
        return transaction.execute(status -> {
            // Serialises the first start of several nodes on one database.
            tables.lockKey();
            LogIdentity identity = tables.key()
                    .map(row -> new LogIdentity(row.origin(), NoteSigner.parse(row.signerKey())))
                    .orElseGet(this::create);
            if (properties.originConfigured() && !properties.origin().strip().equals(identity.origin())) {
                throw new IllegalStateException("greenlane.ledger.origin is '" + properties.origin().strip()
                        + "' but the log in this database was created as '" + identity.origin()
                        + "'; the origin names the log in every checkpoint and cannot change");
            }
            return identity;
        });
    }

    private LogIdentity create() {
        String origin = properties.originOrDefault();
        NoteSigner signer;
        try {
            signer = NoteSigner.generate(origin, new SecureRandom());
        } catch (IllegalArgumentException badName) {
            throw new IllegalStateException("greenlane.ledger.origin '" + origin + "' cannot name a log key: "
                    + badName.getMessage(), badName);
        }
        LogIdentity identity = new LogIdentity(origin, signer);
        tables.createKey(new LedgerTables.LogKeyRow(origin, signer.signerKey(), signer.verifier().verifierKey()));
        byte[] empty = Rfc6962.emptyRoot();
        tables.createState(new LogState(0, empty, identity.sign(0, empty)));
        log.info("Created the transparency log '{}' with verifier key {}", origin, signer.verifier().verifierKey());
        return identity;
    }
}
