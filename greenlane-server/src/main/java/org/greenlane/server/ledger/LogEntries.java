package org.greenlane.server.ledger;

import org.greenlane.core.ledger.MerkleLog;
import org.greenlane.core.ledger.jcs.Jcs;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonString;
import org.greenlane.core.ledger.jcs.JsonValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public form of a logged record: the canonical JSON of
 * {@code {organisation, recordSha256, summary, time, type}} (docs/decisions/025).
 */
final class LogEntries {

    static final String ORGANISATION = "organisation";
    static final String RECORD_SHA256 = "recordSha256";
    static final String SUMMARY = "summary";
    static final String TIME = "time";
    static final String TYPE = "type";

    private LogEntries() {
    }

    /** The record as it is logged, with the private part replaced by its hash. */
    static Prepared prepare(LedgerRecord record, Instant time) {
        String canonicalRecord = Jcs.canonicalize(record.record());
        String recordSha256 = sha256Hex(canonicalRecord);
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put(TYPE, new JsonString(record.type()));
        members.put(SUMMARY, record.summary());
        members.put(RECORD_SHA256, new JsonString(recordSha256));
        members.put(ORGANISATION, new JsonString(record.organisationId().toString()));
        members.put(TIME, new JsonString(DateTimeFormatter.ISO_INSTANT.format(time)));
        String entry = Jcs.canonicalize(new JsonObject(members));
        byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MerkleLog.MAX_ENTRY_SIZE) {
            throw new IllegalArgumentException("ledger record summary is too large: the " + record.type() + " entry has "
                    + bytes.length + " bytes, a log entry holds at most " + MerkleLog.MAX_ENTRY_SIZE
                    + "; keep details in the private record");
        }
        return new Prepared(record, time, bytes, entry, canonicalRecord, recordSha256);
    }

    static String sha256Hex(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** A record ready for the sequencer: entry bytes to log and the canonical record to keep. */
    record Prepared(LedgerRecord record, Instant time, byte[] entryBytes, String entry, String canonicalRecord,
                    String recordSha256) {
    }
}
