package org.greenlane.server.exchange;

import org.greenlane.core.footprint.factors.EmissionFactor;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.factors.RegionHierarchy;
import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.core.footprint.units.Units;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A supplier's product footprint received over PACT, as primary data for our own footprints:
 * kg CO2e per one unit of the product ({@code unit}), with where it came from. PACT states emissions
 * per declared unit ({@code declaredUnitAmount} of {@code declaredUnitOfMeasurement}); the per-unit
 * values divide by the amount, exactly when the division terminates, else to 34 significant digits.
 *
 * @param unit                    the footprint engine's unit symbol (e.g. {@code kg}, {@code L}, {@code item}),
 *                                or the PACT unit when the engine has none (megabit second)
 * @param kgCo2ePerUnit           pcfExcludingBiogenicUptake per unit, the value to use in footprint totals
 * @param kgCo2ePerUnitWithUptake pcfIncludingBiogenicUptake per unit, reported beside it
 * @param characterisation        the IPCC assessment reports of the CO2e, e.g. {@code AR6}
 * @param quality                 the data quality ratings the supplier declared, or null
 * @param provenance              partner, footprint id, specification version and retrieval time
 */
public record SupplierEmissionFactor(
        UUID footprintId,
        String productName,
        List<String> productIds,
        String supplier,
        List<String> supplierIds,
        boolean active,
        String unit,
        BigDecimal declaredUnitAmount,
        String declaredUnitOfMeasurement,
        BigDecimal kgCo2ePerDeclaredUnit,
        BigDecimal kgCo2ePerUnit,
        BigDecimal kgCo2ePerUnitWithUptake,
        String geography,
        Instant referencePeriodStart,
        Instant referencePeriodEnd,
        Instant validFrom,
        Instant validUntil,
        List<String> characterisation,
        BigDecimal primaryDataShare,
        DataQualityRating quality,
        Provenance provenance) {

    /**
     * The activity a product system names to use this supplier's product: its first product id (a URN such as
     * {@code urn:gtin:...}), so a later version of the supplier's footprint replaces it without editing models.
     */
    public String activity() {
        return productIds.get(0);
    }

    /** Where a supplier factor came from, so every figure built on it can be traced. */
    public record Provenance(UUID partnerId, String partnerName, UUID footprintId, String specVersion,
                             Instant retrievedAt, String receivedVia) {
        public Provenance {
            Objects.requireNonNull(partnerId, "partnerId");
            Objects.requireNonNull(footprintId, "footprintId");
            Objects.requireNonNull(retrievedAt, "retrievedAt");
        }
    }

    public SupplierEmissionFactor {
        productIds = List.copyOf(productIds);
        supplierIds = List.copyOf(supplierIds);
        characterisation = List.copyOf(characterisation);
    }

    /** Valid for use on that day: active, and within the validity period. */
    public boolean usableOn(Instant moment) {
        return active && !moment.isBefore(validFrom) && !moment.isAfter(validUntil);
    }

    /**
     * The factor in the footprint engine's form: CO2e as published (not recharacterised), the supplier's
     * ratings or {@link DataQualityRating#UNKNOWN}, and a citation of the PACT footprint.
     *
     * @throws IllegalStateException when the engine has no such unit (megabit second)
     */
    public EmissionFactor toEngineFactor() {
        var engineUnit = Units.find(unit).orElseThrow(() -> new IllegalStateException(
                "footprint " + footprintId + " is declared per " + declaredUnitOfMeasurement
                        + ", a unit the footprint engine does not have"));
        String source = "PACT v" + provenance.specVersion() + " ProductFootprint " + footprintId + " from "
                + provenance.partnerName() + " (" + productName + ", produced in "
                + (geography == null ? "an undeclared geography" : geography) + "), retrieved " + provenance.retrievedAt();
        // Product-specific data applies wherever the buyer's process is, so the factor is GLOBAL; the supplier's
        // geography stays in the source.
        return new EmissionFactor(activity(), RegionHierarchy.GLOBAL, engineUnit,
                Map.of(GreenhouseGas.CO2E, kgCo2ePerUnit.doubleValue()), String.join("+", characterisation),
                new org.greenlane.core.footprint.factors.Provenance(source, supplier,
                        referencePeriodStart.atOffset(ZoneOffset.UTC).getYear(), "Shared by the data owner over PACT"),
                null, quality == null ? DataQualityRating.UNKNOWN : quality);
    }
}
