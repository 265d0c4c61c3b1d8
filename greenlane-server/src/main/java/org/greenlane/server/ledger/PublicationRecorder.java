package org.greenlane.server.ledger;

import org.greenlane.core.ledger.jcs.Jcs;
import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonValue;
import org.greenlane.server.footprint.FootprintPublication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.UUID;

/**
 * Records every footprint publication for the log in the publisher's transaction (decisions 051, 062):
 * the row commits exactly when the publication does, so a committed publication is always logged
 * later and a rolled-back one never is. The log itself commits on its own (decision 025), so it is
 * appended to only after this transaction committed, by {@link PublicationLogging}.
 */
@Component
class PublicationRecorder {

    private final FootprintPublicationLog publications;
    private final PublicationLogging logging;

    PublicationRecorder(FootprintPublicationLog publications, PublicationLogging logging) {
        this.publications = publications;
        this.logging = logging;
    }

    @EventListener
    @Transactional
    public void published(FootprintPublication publication) {
        JsonValue document = Json.parse(publication.productFootprintJson());
        if (!(document instanceof JsonObject footprint)) {
            throw new IllegalArgumentException("footprint " + publication.footprintId()
                    + " cannot be logged: its PACT document is not a JSON object");
        }
        UUID id = UUID.randomUUID();
        JsonObject summary = PublicationSummaries.of(id, publication.footprintId(), publication.publishedAt(), footprint);
        publications.record(id, publication.organisationId(), publication.footprintId(), publication.publishedAt(),
                Jcs.canonicalize(summary), Jcs.canonicalize(footprint));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    logging.soon();
                }
            });
        }
    }
}
