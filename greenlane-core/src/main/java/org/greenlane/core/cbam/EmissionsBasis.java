package org.greenlane.core.cbam;

import java.util.Objects;

/** How the embedded emissions of an import line are determined: default values or verified actual data. */
public sealed interface EmissionsBasis permits EmissionsBasis.DefaultValues, EmissionsBasis.ActualData {

    String benchmarkRoute();

    /**
     * Default values of the country of origin with the year's mark-up; benchmark column B.
     *
     * @param variant        route or description where the default table has several values for the code (may be null)
     * @param benchmarkRoute benchmark route where column B depends on it and differs from the default value's route (may be null)
     */
    record DefaultValues(String variant, String benchmarkRoute) implements EmissionsBasis {
    }

    /**
     * Verified actual embedded emissions; benchmark column A, recursive over the precursors; Article 9 deduction of a
     * carbon price paid.
     *
     * @param carbonPricePaid may be null when no carbon price was paid
     */
    record ActualData(EmbeddedEmissions embedded, String benchmarkRoute, CarbonPricePaid carbonPricePaid) implements EmissionsBasis {
        public ActualData {
            Objects.requireNonNull(embedded, "embedded emissions");
        }
    }
}
