package org.greenlane.server.verification;

import java.time.Instant;
import java.util.UUID;

/**
 * A verifier's finding on a request, numbered within it: a major or minor nonconformity, or an observation, raised
 * on the footprint version named; the exporter answers it (and may revise the footprint), the verifier closes it.
 */
record Finding(UUID id, int number, Severity severity, String text, UUID footprintId, Status status, String raisedBy,
               Instant raisedAt, String answer, String answeredBy, Instant answeredAt, String closedBy, Instant closedAt) {

    enum Severity { MAJOR, MINOR, OBSERVATION }

    enum Status { OPEN, ANSWERED, CLOSED }
}
