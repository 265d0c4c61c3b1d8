package org.greenlane.server.footprint.systems;

import java.time.Instant;
import java.util.UUID;

/** A stored product system of an organisation, with its version for optimistic edits. */
public record ProductSystemRecord(UUID id, UUID organisationId, ProductSystemModel model, int version,
                                  Instant createdAt, Instant updatedAt) {
}
