package org.greenlane.server.cbam;

import java.time.Instant;
import java.util.UUID;

/** An imported reference dataset (default values or benchmarks): immutable, identified by name and version. */
public record Dataset(UUID id, Kind kind, String name, String version, String fileName, String sha256, int rowCount,
                      Instant importedAt) {

    public enum Kind { DEFAULT_VALUES, BENCHMARKS }
}
