package org.greenlane.server.footprint.factors;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A factor dataset as read from a file, before it is stored: its key and version (together its identity, as
 * results record it: key@version), citation data, the factors, and notes on what was left out and why.
 */
public record DatasetContent(String key, String version, String name, String publisher, String licence,
                             String sourceFile, List<NamedFactor> factors, List<String> notes) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public DatasetContent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(version, "version");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("dataset key '" + key
                    + "' must be 1 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (version.isBlank() || version.length() > 64) {
            throw new IllegalArgumentException("dataset version must be 1 to 64 characters");
        }
        factors = List.copyOf(factors);
        notes = List.copyOf(notes);
    }

    public String reference() {
        return key + "@" + version;
    }
}
