package org.greenlane.server.footprint.factors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows an importer leaves out on purpose (a unit the engine has no definition for, a region outside the region
 * hierarchy, a factor the publisher left blank), counted by reason so the dataset's notes say what is missing.
 */
final class SkippedRows {

    private final Map<String, Integer> counts = new TreeMap<>();

    void skip(String reason) {
        counts.merge(reason, 1, Integer::sum);
    }

    List<String> notes() {
        List<String> notes = new ArrayList<>();
        counts.forEach((reason, count) -> notes.add(count + " row(s) left out: " + reason));
        return notes;
    }
}
