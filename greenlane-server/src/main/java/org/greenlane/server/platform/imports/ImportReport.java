package org.greenlane.server.platform.imports;

import java.util.List;

/**
 * What an import did. {@code rejected} names each bad row and column; when it is not empty,
 * nothing was imported.
 */
public record ImportReport(String dataset, String version, int imported, List<String> rejected) {

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    public String summary() {
        if (!rejected.isEmpty()) {
            return dataset + ": nothing imported; " + rejected.size() + " problem(s):\n  " + String.join("\n  ", rejected);
        }
        return dataset + " " + version + ": " + imported + " record(s) imported";
    }
}
