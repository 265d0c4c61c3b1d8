package org.greenlane.core.cbam;

import org.greenlane.core.cbam.internal.Decimals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What verified actual data save against default values for one import line in one year: certificates and euro.
 * A negative saving (actual data worse than defaults) is kept and flagged, since it is a comparison, not an amount owed.
 */
public record ActualDataSaving(int year, LineAssessment withDefaults, LineAssessment withActualData, Figure certificatesSaved,
                               Figure eurSaved, List<Notice> notices) {

    public ActualDataSaving {
        notices = List.copyOf(notices);
    }

    public static ActualDataSaving compare(ImportLine actualLine, EmissionsBasis.DefaultValues defaults, int year, Figure price,
                                           CertificateCalculator calculator) {
        Objects.requireNonNull(defaults, "default-value basis to compare with");
        if (!(actualLine.basis() instanceof EmissionsBasis.ActualData actual)) {
            throw new CbamInputException("line " + actualLine.id() + ": a saving needs the line with its actual data");
        }
        LineAssessment withActual = calculator.assess(actualLine, year, price);
        LineAssessment withDefaults = calculator.assess(actualLine.withBasis(defaults), year, price);
        List<Notice> notices = new ArrayList<>();
        if (actual.carbonPricePaid() != null) {
            notices.add(new Notice(CarbonPricePaid.BASIS, "line " + actualLine.id()
                    + ": the carbon price paid is deducted only with actual data; part of the saving comes from it"));
        }
        Figure certificates = Figure.derived("certificates saved by actual data, line " + actualLine.id() + ", " + year,
                withDefaults.certificates().value().subtract(withActual.certificates().value()), "certificates",
                withDefaults.certificates().plain() + " − " + withActual.certificates().plain(), LegalBasis.cbam("Article 7(2) and Annex IV"),
                List.of(withDefaults.certificates(), withActual.certificates()));
        Figure eur = Figure.derived("saving by actual data, line " + actualLine.id() + ", " + year,
                withDefaults.cost().value().subtract(withActual.cost().value()), "EUR",
                withDefaults.cost().plain() + " − " + withActual.cost().plain(), CertificatePriceTable.BASIS,
                List.of(withDefaults.cost(), withActual.cost()));
        if (certificates.isNegative()) {
            notices.add(new Notice(LegalBasis.decision("035", "negative values"), "line " + actualLine.id() + ": actual data cost "
                    + Decimals.plain(certificates.value().negate()) + " certificates more than default values in " + year));
        }
        return new ActualDataSaving(year, withDefaults, withActual, certificates, eur, notices);
    }
}
