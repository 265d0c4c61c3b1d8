package org.greenlane.server.exchange;

import org.greenlane.core.footprint.units.Units;
import org.greenlane.server.footprint.factors.DatasetContent;
import org.greenlane.server.footprint.factors.FactorDatasetRecord;
import org.greenlane.server.footprint.factors.FactorDatasets;
import org.greenlane.server.footprint.factors.NamedFactor;
import org.greenlane.server.platform.api.InvalidInput;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Adopting the supplier footprints received over PACT as primary data for the organisation's own footprints: they
 * become a new version of its factor dataset {@value #DATASET_KEY}, one factor per supplied product (activity = the
 * product's first id, a URN), each citing the partner, footprint id, specification version and retrieval time. A
 * stored dataset never changes, so every result calculated with it stays reproducible; adopting again after new
 * footprints arrive makes the next version, which new calculations use (decision 071).
 */
@Service
class AdoptingSupplierFootprints {

    static final String DATASET_KEY = "supplier-footprints";

    private final SupplierFactors supplierFactors;
    private final FactorDatasets datasets;

    AdoptingSupplierFootprints(SupplierFactors supplierFactors, FactorDatasets datasets) {
        this.supplierFactors = supplierFactors;
        this.datasets = datasets;
    }

    /**
     * Stores the organisation's active supplier footprints as a new version of its supplier factor dataset.
     *
     * @throws InvalidInput naming {@code footprints} when no received footprint can serve as a factor
     */
    FactorDatasetRecord adopt(UUID organisationId) {
        List<NamedFactor> factors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> activities = new HashSet<>();
        // Newest first within a product (SupplierFootprints' order), so the newest active footprint of a product wins.
        for (SupplierEmissionFactor factor : supplierFactors.of(organisationId)) {
            String what = "footprint " + factor.footprintId() + " (" + factor.productName() + ", " + factor.supplier() + ")";
            if (!factor.active()) {
                notes.add(what + " left out: Deprecated by its supplier");
            } else if (Units.find(factor.unit()).isEmpty()) {
                notes.add(what + " left out: declared per " + factor.declaredUnitOfMeasurement()
                        + ", a unit the footprint engine does not have");
            } else if (!activities.add(factor.activity())) {
                notes.add(what + " left out: a newer active footprint of " + factor.activity() + " is used");
            } else {
                factors.add(new NamedFactor(factor.productName() + " from " + factor.supplier(), factor.toEngineFactor()));
            }
        }
        if (factors.isEmpty()) {
            throw new InvalidInput("footprints", "no active supplier footprint received over PACT can serve as a factor"
                    + (notes.isEmpty() ? "" : ": " + String.join("; ", notes)));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        DatasetContent content = new DatasetContent(DATASET_KEY, now.toString(),
                "Supplier footprints received over PACT", "Suppliers (PACT data owners)",
                "As agreed with each supplier when sharing over PACT", "PACT v3 exchange", factors, notes);
        return datasets.store(organisationId, content, false);
    }
}
