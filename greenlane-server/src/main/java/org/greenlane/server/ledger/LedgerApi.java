package org.greenlane.server.ledger;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonString;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The caller's own logged records with their private part and receipt. Entries of other
 * organisations answer 404: their public form is on {@code /log/tile/entries/...} anyway.
 */
@RestController
@RequestMapping("/api/v1/ledger/entries")
@Tag(name = "Ledger", description = "Records of the caller's organisation in the transparency log")
class LedgerApi {

    private final Ledger ledger;

    LedgerApi(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/{index}")
    @Operation(summary = "A logged record of the caller's organisation: entry, private record and receipt",
            description = "The record's RFC 8785 canonical form hashes (SHA-256) to the entry's recordSha256; "
                    + "the receipt (C2SP tlog-proof, entry on its extra line) verifies offline with ./greenlane verify.")
    EntryView get(Actor actor, @PathVariable long index) {
        LedgerTables.StoredEntry stored = find(actor, index);
        return new EntryView(stored.index(), stored.type(), stored.organisationId(), stored.loggedAt(),
                new String(stored.entry(), StandardCharsets.UTF_8), stored.record(), recordSha256(stored),
                ledger.receipt(stored));
    }

    @GetMapping(value = "/{index}/receipt", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The receipt alone, as a text file for ./greenlane verify")
    ResponseEntity<String> receipt(Actor actor, @PathVariable long index) {
        LedgerTables.StoredEntry stored = find(actor, index);
        recordSha256(stored);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"greenlane-entry-" + index + ".receipt\"")
                .body(ledger.receipt(stored));
    }

    private LedgerTables.StoredEntry find(Actor actor, long index) {
        return ledger.find(actor.organisationId(), index).orElseThrow(() -> new RecordNotFound("ledger entry", index));
    }

    /** The logged hash, after checking that the stored record still has it: an altered record is never served. */
    private static String recordSha256(LedgerTables.StoredEntry stored) {
        JsonObject entry = (JsonObject) Json.parse(stored.entry());
        String logged = ((JsonString) entry.members().get(LogEntries.RECORD_SHA256)).value();
        if (!logged.equals(LogEntries.sha256Hex(stored.record()))) {
            throw new IllegalStateException("the stored record of ledger entry " + stored.index()
                    + " no longer has the SHA-256 logged in the entry: ledger_entry.record was altered");
        }
        return logged;
    }

    /**
     * @param entry  the logged entry, verbatim canonical JSON
     * @param record the private record, verbatim canonical JSON
     */
    record EntryView(long index, String type, UUID organisationId, Instant loggedAt, @JsonRawValue String entry,
                     @JsonRawValue String record, String recordSha256, String receipt) {
    }
}
