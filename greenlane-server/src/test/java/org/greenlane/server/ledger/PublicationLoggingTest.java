package org.greenlane.server.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.ledger.jcs.Jcs;
import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonString;
import org.greenlane.server.ServerTest;
import org.greenlane.server.footprint.PublicationRequest;
import org.greenlane.server.footprint.PublishedFootprint;
import org.greenlane.server.footprint.PublishedFootprints;
import org.greenlane.server.footprint.results.Publications;
import org.greenlane.server.platform.identity.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every committed footprint publication is logged exactly once (decision 062); a rolled-back one never. */
class PublicationLoggingTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Publications publications;
    @Autowired
    PublishedFootprints published;
    @Autowired
    PublicationLogging logging;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Organisations organisations;
    @Autowired
    ObjectMapper json;
    @Autowired
    PublicationBackfill backfill;

    private UUID steel;
    private UUID boltResult;

    @BeforeEach
    void steel() {
        steel = organisations.findByName("Zhejiang Lvyuan Steel Co., Ltd.").orElseThrow().id();
        boltResult = jdbc.sql("""
                        select r.id from footprint_result r join product p on p.id = r.product_id
                        where r.organisation_id = :o and p.name like 'Hexagon bolts%' order by r.calculated_at limit 1""")
                .param("o", steel).query(UUID.class).single();
    }

    @Test
    void aPublicationIsLoggedOnceWithTheHashOfItsCanonicalDocument() throws Exception {
        PublishedFootprint pf = publications.publish(steel, boltResult, request());
        logging.work();

        List<Logged> entries = entriesOf(pf.id());
        assertThat(entries).hasSize(1);
        JsonObject entry = (JsonObject) Json.parse(entries.get(0).entry());
        String document = Jcs.canonicalize(json.writeValueAsString(published.find(steel, pf.id()).orElseThrow().pact()));
        assertThat(text(entry, "recordSha256")).isEqualTo(LogEntries.sha256Hex(document));
        assertThat(entries.get(0).record()).isEqualTo(document);
        assertThat(text(entry, "type")).isEqualTo(LedgerRecord.FOOTPRINT_PUBLICATION);
        JsonObject summary = (JsonObject) entry.members().get("summary");
        assertThat(text(summary, "status")).isEqualTo("Active");
        assertThat(text((JsonObject) summary.members().get("pcf"), "pcfIncludingBiogenicUptake"))
                .isEqualTo(pf.pcfIncludingBiogenicUptake());
        assertThat(summary.members()).doesNotContainKeys("companyName", "comment", "productDescription");
        assertThat(jdbc.sql("select log_index from ledger_footprint_publication where footprint_id = :f")
                .param("f", pf.id()).query(Long.class).single()).isEqualTo(entries.get(0).index());

        // The predecessor it deprecated was published again, as Deprecated, and logged as such.
        for (UUID predecessor : pf.precedingPfIds()) {
            assertThat(entriesOf(predecessor).stream().map(e -> text((JsonObject) ((JsonObject) Json.parse(e.entry()))
                    .members().get("summary"), "status"))).contains("Deprecated");
        }
    }

    @Test
    void aRolledBackPublicationIsNeverLogged() {
        UUID id = transaction.execute(status -> {
            PublishedFootprint pf = publications.publish(steel, boltResult, request());
            status.setRollbackOnly();
            return pf.id();
        });
        logging.work();

        assertThat(jdbc.sql("select count(*) from ledger_footprint_publication where footprint_id = :f")
                .param("f", id).query(Integer.class).single()).isZero();
        assertThat(entriesOf(id)).isEmpty();
    }

    @Test
    void aRetryAfterAnUnstampedAppendFindsTheEntryInsteadOfLoggingAgain() {
        PublishedFootprint pf = publications.publish(steel, boltResult, request());
        logging.work();
        long index = entriesOf(pf.id()).get(0).index();

        // As if the node died after the log acknowledged the entry and before it stamped the row.
        jdbc.sql("""
                        update ledger_footprint_publication set log_index = null, logged_at = null, attempts = 1,
                        next_attempt_at = now() where footprint_id = :f""")
                .param("f", pf.id()).update();
        logging.work();

        assertThat(entriesOf(pf.id())).extracting(Logged::index).containsExactly(index);
        assertThat(jdbc.sql("select log_index from ledger_footprint_publication where footprint_id = :f")
                .param("f", pf.id()).query(Long.class).single()).isEqualTo(index);
    }

    @Test
    void aFootprintPublishedBeforePublicationLoggingIsRecordedAtStartAndLoggedOnce() {
        // As if published before V21: the publication commits without its row.
        UUID id = transaction.execute(status -> {
            PublishedFootprint pf = publications.publish(steel, boltResult, request());
            jdbc.sql("delete from ledger_footprint_publication where footprint_id = :f").param("f", pf.id()).update();
            return pf.id();
        });
        logging.work();
        assertThat(entriesOf(id)).isEmpty();

        backfill.recordEarlierPublications();
        backfill.recordEarlierPublications();
        logging.work();

        assertThat(entriesOf(id)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from ledger_footprint_publication where footprint_id = :f and log_index is not null")
                .param("f", id).query(Integer.class).single()).isEqualTo(1);
    }

    private record Logged(long index, String entry, String record) {
    }

    private List<Logged> entriesOf(UUID footprintId) {
        return jdbc.sql("""
                        select idx, convert_from(entry, 'UTF8') as entry, record from ledger_entry
                        where record_type = 'footprint.publication' and convert_from(entry, 'UTF8') like :id order by idx""")
                .param("id", "%\"footprintId\":\"" + footprintId + "\"%")
                .query((row, i) -> new Logged(row.getLong(1), row.getString(2), row.getString(3))).list();
    }

    private static String text(JsonObject object, String member) {
        return ((JsonString) object.members().get(member)).value();
    }

    private static PublicationRequest request() {
        return new PublicationRequest(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), null,
                null, "CN", null, null, 1.0, 0.004, null, null, null, false, 0.0, null, null, "Logging test");
    }
}
