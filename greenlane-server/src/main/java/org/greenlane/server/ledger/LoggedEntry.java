package org.greenlane.server.ledger;

import java.time.Instant;

/**
 * A record durably in the log.
 *
 * @param index        position of the entry in the log
 * @param entry        the logged entry, RFC 8785 canonical JSON (its UTF-8 bytes are the Merkle leaf)
 * @param recordSha256 lower-case hex SHA-256 of the canonical private record
 * @param time         when the log accepted the record (millisecond precision)
 */
public record LoggedEntry(long index, String entry, String recordSha256, Instant time) {
}
