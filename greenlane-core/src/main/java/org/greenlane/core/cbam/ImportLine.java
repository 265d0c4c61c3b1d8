package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of imports: CN code, country of origin, net mass in tonnes (MWh for electricity), the import date (which
 * fixes the year and the certificate price period) and the basis of its embedded emissions.
 */
public record ImportLine(String id, CnCode cn, String countryOfOrigin, BigDecimal quantity, LocalDate importDate,
                         EmissionsBasis basis) {

    public ImportLine {
        if (id == null || id.isBlank()) {
            throw new CbamInputException("an import line needs an id");
        }
        Objects.requireNonNull(cn, "CN code of line " + id);
        countryOfOrigin = Origin.requireCountry(countryOfOrigin, "line " + id + ": country of origin");
        if (quantity == null || quantity.signum() < 0) {
            throw new CbamInputException("line " + id + ": net mass must be zero or more, was " + quantity);
        }
        Objects.requireNonNull(importDate, "import date of line " + id);
        Objects.requireNonNull(basis, "emissions basis of line " + id);
        if (basis instanceof EmissionsBasis.ActualData actual && !actual.embedded().good().equals(cn)) {
            throw new CbamInputException("line " + id + ": actual data are for CN " + actual.embedded().good() + ", the line declares CN " + cn);
        }
    }

    public ImportLine withBasis(EmissionsBasis other) {
        return new ImportLine(id, cn, countryOfOrigin, quantity, importDate, other);
    }
}
