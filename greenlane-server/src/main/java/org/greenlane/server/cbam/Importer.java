package org.greenlane.server.cbam;

import java.time.Instant;
import java.util.UUID;

/**
 * An EU importer (authorised CBAM declarant) that an organisation ships CBAM goods to, or, with
 * {@code actsAsDeclarant}, the organisation itself when it imports into the EU (decision 039).
 */
public record Importer(UUID id, UUID organisationId, String name, String eori, String country, String city,
                       boolean actsAsDeclarant, Instant createdAt) {
}
