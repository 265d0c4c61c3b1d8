package org.greenlane.server.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.ledger.jcs.Jcs;
import org.greenlane.server.footprint.FootprintPublication;
import org.greenlane.server.footprint.PublishedFootprint;
import org.greenlane.server.footprint.PublishedFootprints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Footprints published before publication logging existed (V21) have no row to log from; at start each
 * gets one for its current document, so no committed publication stays out of the log (decision 062).
 * Only ids are read from the footprint capability's table; documents come through {@link PublishedFootprints}.
 */
@Component
class PublicationBackfill {

    private static final Logger log = LoggerFactory.getLogger(PublicationBackfill.class);

    private final JdbcClient jdbc;
    private final PublishedFootprints published;
    private final PublicationRecorder recorder;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    PublicationBackfill(JdbcClient jdbc, PublishedFootprints published, PublicationRecorder recorder,
                        TransactionTemplate transaction, ObjectMapper json) {
        this.jdbc = jdbc;
        this.published = published;
        this.recorder = recorder;
        this.transaction = transaction;
        this.json = json;
    }

    private record Unrecorded(UUID id, UUID organisationId) {
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void recordEarlierPublications() {
        Integer recorded = transaction.execute(status -> {
            // One node at a time, so two starting nodes cannot record the same footprint twice.
            jdbc.sql("select pg_advisory_xact_lock(hashtext('ledger:publication-backfill'))").query((row, i) -> 1).list();
            List<Unrecorded> missing = jdbc.sql("""
                            select p.id, p.organisation_id from published_footprint p where not exists
                            (select 1 from ledger_footprint_publication l where l.footprint_id = p.id) order by p.created_at""")
                    .query((row, i) -> new Unrecorded(row.getObject(1, UUID.class), row.getObject(2, UUID.class))).list();
            missing.forEach(footprint -> published.find(footprint.organisationId(), footprint.id()).ifPresent(this::record));
            return missing.size();
        });
        if (recorded != null && recorded > 0) {
            log.info("Recorded {} footprint publication(s) made before publication logging, for the log", recorded);
        }
    }

    private void record(PublishedFootprint footprint) {
        try {
            recorder.published(new FootprintPublication(footprint.id(), footprint.organisationId(),
                    Jcs.canonicalize(json.writeValueAsString(footprint.pact())),
                    footprint.statusChangedAt() != null ? footprint.statusChangedAt() : footprint.created()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the PACT document of footprint " + footprint.id(), e);
        }
    }
}
