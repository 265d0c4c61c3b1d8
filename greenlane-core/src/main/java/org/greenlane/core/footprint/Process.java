package org.greenlane.core.footprint;

import org.greenlane.core.footprint.quality.DataQualityRating;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A unit process of the product system.
 *
 * @param site        region code of where it runs (ISO 3166 country or subdivision, or a China grid), or null
 * @param supplier    the supplier operating it, or null if the organisation operates it itself
 * @param primaryData true if its data were measured at the site (for the primary data share)
 * @param allocation  allocation for this process if multi-output, or null for the calculation's default
 */
public record Process(String id, String name, LifeCycleStage stage, String site, String supplier,
                      boolean primaryData, DataQualityRating quality, AllocationMethod allocation,
                      List<Exchange> exchanges) {

    public Process {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage of process " + id);
        quality = quality == null ? DataQualityRating.UNKNOWN : quality;
        exchanges = List.copyOf(exchanges);
        if (id.isBlank()) {
            throw new IllegalArgumentException("process id must not be blank");
        }
        Set<String> labels = new HashSet<>();
        for (Exchange e : exchanges) {
            if (!labels.add(e.label())) {
                throw new IllegalArgumentException("process " + id + ": exchange label '" + e.label()
                        + "' used twice");
            }
        }
    }

    public static Process of(String id, LifeCycleStage stage, List<Exchange> exchanges) {
        return new Process(id, id, stage, null, null, false, null, null, exchanges);
    }

    public Process at(String siteRegion) {
        return new Process(id, name, stage, siteRegion, supplier, primaryData, quality, allocation, exchanges);
    }

    public Process suppliedBy(String supplierName) {
        return new Process(id, name, stage, site, supplierName, primaryData, quality, allocation, exchanges);
    }

    public Process withPrimaryData(DataQualityRating rating) {
        return new Process(id, name, stage, site, supplier, true, rating, allocation, exchanges);
    }

    public Process withQuality(DataQualityRating rating) {
        return new Process(id, name, stage, site, supplier, primaryData, rating, allocation, exchanges);
    }

    public Process allocatedBy(AllocationMethod method) {
        return new Process(id, name, stage, site, supplier, primaryData, quality, method, exchanges);
    }

    @Override
    public String toString() {
        return id.equals(name) ? id : id + " (" + name + ")";
    }
}
