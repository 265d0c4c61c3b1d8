package org.greenlane.core.cbam;

import java.util.Objects;

/** Where the embedded emissions of a precursor come from. */
public sealed interface PrecursorSource permits PrecursorSource.OwnProcess, PrecursorSource.SupplierData,
        PrecursorSource.Purchased {

    /** Made by another production process of the same model; its SEE is computed recursively. */
    record OwnProcess(String processId) implements PrecursorSource {
        public OwnProcess {
            Objects.requireNonNull(processId, "process id");
        }
    }

    /** Bought with the producer's emissions data communication (specific direct and indirect embedded emissions). */
    record SupplierData(String supplier, String countryOfOrigin, String productionRoute, Figure seeDirect, Figure seeIndirect)
            implements PrecursorSource {
        public SupplierData {
            Objects.requireNonNull(supplier, "supplier");
            productionRoute = productionRoute == null ? "" : productionRoute.strip();
            countryOfOrigin = Origin.requireCountry(countryOfOrigin, "country of origin of supplier " + supplier);
            Objects.requireNonNull(seeDirect, "direct SEE from " + supplier);
            Objects.requireNonNull(seeIndirect, "indirect SEE from " + supplier);
            if (seeDirect.isNegative() || seeIndirect.isNegative()) {
                throw new CbamInputException("supplier " + supplier + ": specific embedded emissions must not be negative");
            }
        }
    }

    /**
     * Bought without producer data: zero if it originates in the Union or an Annex III country; otherwise the
     * default value of the country of origin if the calculator may fall back to defaults, else an error.
     *
     * @param variant default-value variant where the table has several (may be null)
     */
    record Purchased(String countryOfOrigin, String variant) implements PrecursorSource {
        public Purchased {
            countryOfOrigin = Origin.requireCountry(countryOfOrigin, "country of origin of purchased precursor");
        }
    }
}
