package org.greenlane.server.label;

import java.time.Instant;
import java.util.UUID;

/**
 * A printed carbon label: which published footprint it shows, and the Digital Link its QR code encodes.
 *
 * @param gtin  the product's GTIN-14 at issuance (the printed code keeps it even if the product changes), or null
 * @param batch the batch or lot number (GS1 AI 10), or null for a label of the product as such
 * @param uri   the Digital Link URI exactly as encoded in the QR code
 */
record CarbonLabel(UUID id, UUID organisationId, UUID footprintId, UUID productId, String gtin, String batch, String uri,
                   Instant createdAt, String createdBy) {
}
