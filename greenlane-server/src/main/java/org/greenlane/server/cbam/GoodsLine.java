package org.greenlane.server.cbam;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;
import java.util.UUID;

/** A stored goods line of an organisation. */
public record GoodsLine(UUID id, UUID organisationId, int version, Instant createdAt, Instant updatedAt,
                        @JsonUnwrapped GoodsLineDraft data) {

    /** The short reference the engine's figures and notices name the line by. */
    String reference() {
        return id.toString().substring(0, 8);
    }
}
