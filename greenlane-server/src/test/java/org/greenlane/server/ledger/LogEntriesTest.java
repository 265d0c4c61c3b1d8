package org.greenlane.server.ledger;

import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonString;
import org.greenlane.core.ledger.jcs.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public form of a logged record and the rules on what can be logged. */
class LogEntriesTest {

    private static final UUID ORGANISATION = UUID.fromString("0b7d3c1e-4a52-4f0e-9d1a-2f6c8e9a1b3d");

    @Test
    void entryIsTheCanonicalJsonOfTheSummaryAndTheRecordHash() {
        LedgerRecord record = new LedgerRecord(LedgerRecord.CERTIFICATE_REVOCATION, ORGANISATION,
                (JsonObject) Json.parse("{\"certificate\":\"GL-2026-17\",\"reason\":\"superseded\"}"),
                Json.parse("{}"));

        LogEntries.Prepared prepared = LogEntries.prepare(record, Instant.parse("2026-11-22T10:15:30.250Z"));

        // SHA-256 of the two bytes "{}" (the canonical empty object), as `printf "{}" | sha256sum` gives.
        String emptyObjectSha256 = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
        assertThat(prepared.recordSha256()).isEqualTo(emptyObjectSha256);
        assertThat(prepared.entry()).isEqualTo("{\"organisation\":\"0b7d3c1e-4a52-4f0e-9d1a-2f6c8e9a1b3d\","
                + "\"recordSha256\":\"" + emptyObjectSha256 + "\","
                + "\"summary\":{\"certificate\":\"GL-2026-17\",\"reason\":\"superseded\"},"
                + "\"time\":\"2026-11-22T10:15:30.250Z\",\"type\":\"certificate.revocation\"}");
        assertThat(prepared.canonicalRecord()).isEqualTo("{}");
    }

    @Test
    void summaryTooLargeForAnEntryIsRefusedNamingTheType() {
        JsonObject summary = new JsonObject(Map.<String, JsonValue>of("text", new JsonString("x".repeat(70_000))));
        LedgerRecord record = new LedgerRecord(LedgerRecord.FOOTPRINT_PUBLICATION, ORGANISATION, summary, Json.parse("{}"));

        assertThatThrownBy(() -> LogEntries.prepare(record, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ledger record summary is too large: the footprint.publication entry has ")
                .hasMessageContaining("at most 65535");
    }

    @Test
    void recordNeedsAWellFormedTypeAndEveryPart() {
        JsonObject empty = new JsonObject(Map.of());
        assertThatThrownBy(() -> new LedgerRecord("Footprint Publication", ORGANISATION, empty, empty))
                .hasMessageContaining("type must be dotted lower-case words").hasMessageContaining("'Footprint Publication'");
        assertThatThrownBy(() -> new LedgerRecord("footprint.", ORGANISATION, empty, empty))
                .hasMessageContaining("'footprint.'");
        assertThatThrownBy(() -> new LedgerRecord(LedgerRecord.FOOTPRINT_PUBLICATION, null, empty, empty))
                .hasMessage("ledger record organisationId is required");
        assertThatThrownBy(() -> new LedgerRecord(LedgerRecord.FOOTPRINT_PUBLICATION, ORGANISATION, null, empty))
                .hasMessageStartingWith("ledger record summary is required");
        assertThatThrownBy(() -> new LedgerRecord(LedgerRecord.FOOTPRINT_PUBLICATION, ORGANISATION, empty, null))
                .hasMessageStartingWith("ledger record record (the private full record) is required");
    }
}
