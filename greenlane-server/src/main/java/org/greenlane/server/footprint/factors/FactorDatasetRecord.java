package org.greenlane.server.footprint.factors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored factor dataset. {@code organisationId} is null for platform-wide reference data (the built-in set and
 * datasets imported with {@code ./greenlane import}).
 */
public record FactorDatasetRecord(UUID id, UUID organisationId, String key, String version, String name,
                                  String publisher, String licence, String sourceFile, int factorCount,
                                  List<String> notes, boolean builtIn, Instant importedAt) {

    public FactorDatasetRecord {
        notes = List.copyOf(notes);
    }

    /** key@version, as results record it. */
    public String reference() {
        return key + "@" + version;
    }

    public boolean platformWide() {
        return organisationId == null;
    }
}
