package org.greenlane.server.footprint;

import java.time.Instant;
import java.util.UUID;

/** A product of an exporting organisation: what footprints, labels and declarations are about. */
public record Product(UUID id, UUID organisationId, String name, String description, String gtin, String hsCode,
                      DeclaredUnit declaredUnit, int version, Instant createdAt, Instant updatedAt) {
}
