package org.greenlane.server.exchange;

import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.server.exchange.internal.pact.CarbonFootprint;
import org.greenlane.server.exchange.internal.pact.DataQualityIndicators;
import org.greenlane.server.exchange.internal.pact.FootprintStatus;
import org.greenlane.server.exchange.internal.pact.Geography;
import org.greenlane.server.exchange.internal.pact.ProductFootprint;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Supplier footprints received over PACT, as emission factors the footprint capability can use as
 * primary data. Read-only; always within one organisation.
 */
@Service
public class SupplierFactors {

    private final SupplierFootprints footprints;

    SupplierFactors(SupplierFootprints footprints) {
        this.footprints = footprints;
    }

    /** Every supplier factor the organisation received, by product name. */
    public List<SupplierEmissionFactor> of(UUID organisationId) {
        return footprints.of(organisationId).stream().map(SupplierFactors::factor).toList();
    }

    /** The factors for a product id (a URN, matched ignoring case), active ones first, newest first. */
    public List<SupplierEmissionFactor> forProduct(UUID organisationId, String productId) {
        return footprints.forProduct(organisationId, productId).stream().map(SupplierFactors::factor).toList();
    }

    public Optional<SupplierEmissionFactor> find(UUID organisationId, UUID footprintId) {
        return footprints.find(organisationId, footprintId).map(SupplierFactors::factor);
    }

    static SupplierEmissionFactor factor(SupplierFootprints.Stored stored) {
        ProductFootprint footprint = ProductFootprint.parse(stored.document());
        CarbonFootprint pcf = footprint.pcf();
        BigDecimal amount = pcf.declaredUnitAmount().value();
        DataQualityIndicators dqi = pcf.dqi();
        return new SupplierEmissionFactor(
                footprint.id(),
                footprint.productNameCompany(),
                footprint.productIds(),
                footprint.companyName(),
                footprint.companyIds(),
                footprint.status() == FootprintStatus.ACTIVE,
                pcf.declaredUnitOfMeasurement().engineSymbol().orElse(pcf.declaredUnitOfMeasurement().toString()),
                amount,
                pcf.declaredUnitOfMeasurement().toString(),
                pcf.pcfExcludingBiogenicUptake().value(),
                perUnit(pcf.pcfExcludingBiogenicUptake().value(), amount),
                perUnit(pcf.pcfIncludingBiogenicUptake().value(), amount),
                Geography.declared(pcf),
                pcf.referencePeriodStart().instant(),
                pcf.referencePeriodEnd().instant(),
                footprint.validFrom(),
                footprint.validUntil(),
                pcf.ipccCharacterizationFactors(),
                pcf.primaryDataShare() == null ? null : pcf.primaryDataShare().value(),
                dqi == null ? null : new DataQualityRating(dqi.technologicalDQR().value().doubleValue(),
                        dqi.geographicalDQR().value().doubleValue(), dqi.temporalDQR().value().doubleValue()),
                new SupplierEmissionFactor.Provenance(stored.partnerId(), stored.partnerName(), footprint.id(),
                        footprint.specVersion(), stored.retrievedAt(), stored.via().name()));
    }

    /** Per one unit: exact when the quotient terminates (e.g. 2.0 / 12.5 = 0.16), else 34 significant digits. */
    static BigDecimal perUnit(BigDecimal perDeclaredUnit, BigDecimal declaredUnitAmount) {
        try {
            return perDeclaredUnit.divide(declaredUnitAmount);
        } catch (ArithmeticException nonTerminating) {
            return perDeclaredUnit.divide(declaredUnitAmount, MathContext.DECIMAL128);
        }
    }
}
