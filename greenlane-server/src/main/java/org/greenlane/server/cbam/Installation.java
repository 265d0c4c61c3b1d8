package org.greenlane.server.cbam;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;
import java.util.UUID;

/** A stored installation of an organisation, as last saved. */
public record Installation(UUID id, UUID organisationId, int version, Instant createdAt, Instant updatedAt,
                           @JsonUnwrapped InstallationDraft data) {

    InstallationDraft.Process process(String key) {
        return data.processes().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
    }
}
