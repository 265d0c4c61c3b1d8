package org.greenlane.server.footprint.results;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored result as the API returns it: when, by whom, with which engine and datasets, and the report. */
public record ResultView(UUID id, UUID productSystemId, UUID productId, int productSystemVersion,
                         Instant calculatedAt, String calculatedBy, String modelVersion, String gwpSet,
                         List<String> factorDatasets, FootprintReport report) {

    static ResultView of(StoredResult r) {
        return new ResultView(r.id(), r.productSystemId(), r.productId(), r.systemVersion(), r.calculatedAt(),
                r.calculatedBy(), r.modelVersion(), r.gwpSet(), r.factorDatasets(), r.report());
    }
}
