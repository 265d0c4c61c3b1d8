package org.greenlane.core.customs;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An import declaration (one item), with the fields of the Korea Customs Service declaration
 * datasets plus the emission data a green channel needs. Identifiers are opaque codes; seller and
 * courier may be blank (the datasets leave them empty when not applicable).
 *
 * @param hsCode       the tariff code, at least six digits (HS subheading); longer national codes are kept
 * @param taxRate      the customs duty rate in percent
 * @param netMassKg    net mass in kg
 * @param customsValue the declared item value in the declaration currency
 * @param emissions    embedded emissions declared for the goods, if any
 */
public record Declaration(String id, LocalDate date, String office, String processType, String importType,
                          String importUse, String paymentType, String transportMode, String declarant,
                          String importer, String seller, String courier, String hsCode,
                          String departureCountry, String originCountry, double taxRate, String taxType,
                          String originIndicator, double netMassKg, double customsValue,
                          Optional<EmissionClaim> emissions) {

    public Declaration {
        requireCode(id, "declaration id", id);
        Objects.requireNonNull(date, () -> "declaration " + id + ": date is required");
        requireCode(office, "office", id);
        requireCode(importer, "importer", id);
        requireCode(declarant, "declarant", id);
        requireCode(departureCountry, "country of departure", id);
        requireCode(originCountry, "country of origin", id);
        processType = blankToEmpty(processType);
        importType = blankToEmpty(importType);
        importUse = blankToEmpty(importUse);
        paymentType = blankToEmpty(paymentType);
        transportMode = blankToEmpty(transportMode);
        seller = blankToEmpty(seller);
        courier = blankToEmpty(courier);
        taxType = blankToEmpty(taxType);
        originIndicator = blankToEmpty(originIndicator);
        if (hsCode == null || hsCode.length() < 6 || !hsCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("declaration " + id + ": HS code must be at least six digits, was '" + hsCode + "'");
        }
        requireAmount(taxRate, "tax rate", id);
        requireAmount(netMassKg, "net mass", id);
        requireAmount(customsValue, "customs value", id);
        Objects.requireNonNull(emissions, () -> "declaration " + id + ": emissions must be Optional.empty() when absent");
    }

    /** The HS subheading (six digits). */
    public String hs6() {
        return hsCode.substring(0, 6);
    }

    /** The HS heading (four digits). */
    public String hs4() {
        return hsCode.substring(0, 4);
    }

    /** The HS chapter (two digits). */
    public String hs2() {
        return hsCode.substring(0, 2);
    }

    private static void requireCode(String value, String field, String id) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("declaration " + id + ": " + field + " is required");
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static void requireAmount(double value, String field, String id) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("declaration " + id + ": " + field + " must be a finite number >= 0, was " + value);
        }
    }
}
