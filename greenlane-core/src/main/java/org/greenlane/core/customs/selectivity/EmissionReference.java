package org.greenlane.core.customs.selectivity;

import java.util.OptionalDouble;

/**
 * The reference embedded-emission intensity (t CO2e per t of goods) for goods of an HS code from a
 * country: a CBAM default value or benchmark, supplied by whoever holds those tables.
 */
@FunctionalInterface
public interface EmissionReference {

    /** No reference known: the intensity criterion never fires. */
    EmissionReference NONE = (hsCode, originCountry) -> OptionalDouble.empty();

    OptionalDouble intensity(String hsCode, String originCountry);
}
