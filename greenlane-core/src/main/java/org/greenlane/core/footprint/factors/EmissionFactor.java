package org.greenlane.core.footprint.factors;

import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.core.footprint.quality.Uncertainty;
import org.greenlane.core.footprint.units.Unit;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Emissions per unit of an activity in a region: kg of each gas per {@link #unit()}. A factor that only gives
 * CO2 equivalents carries them as {@link GreenhouseGas#CO2E} together with the basis they were computed with
 * ({@code co2eBasis}, e.g. "AR5" or "AR4"), since a published CO2e cannot be recharacterised.
 *
 * @param uncertainty distribution of a multiplier of the factor (mean about 1), or null if none is known
 */
public record EmissionFactor(String activity, String region, Unit unit, Map<GreenhouseGas, Double> kgPerUnit,
                             String co2eBasis, Provenance provenance, Uncertainty uncertainty,
                             DataQualityRating quality) {

    public EmissionFactor {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(quality, "quality");
        if (activity.isBlank()) {
            throw new IllegalArgumentException("emission factor activity must not be blank");
        }
        if (kgPerUnit == null || kgPerUnit.isEmpty()) {
            throw new IllegalArgumentException("emission factor " + activity + " / " + region + " has no gas values");
        }
        for (Map.Entry<GreenhouseGas, Double> e : kgPerUnit.entrySet()) {
            double v = e.getValue();
            if (!Double.isFinite(v) || (v < 0 && e.getKey() != GreenhouseGas.CO2E)) {
                throw new IllegalArgumentException("emission factor " + activity + " / " + region + ": "
                        + e.getKey() + " must be finite and not negative, was " + v);
            }
        }
        if (kgPerUnit.containsKey(GreenhouseGas.CO2E) && (co2eBasis == null || co2eBasis.isBlank())) {
            throw new IllegalArgumentException("emission factor " + activity + " / " + region
                    + " gives CO2e and must name the GWP basis it was computed with");
        }
        kgPerUnit = Map.copyOf(new EnumMap<>(kgPerUnit));
    }

    /** kg CO2e per unit under the given GWP set; pre-characterised CO2e is taken as published. */
    public double kgCo2ePerUnit(GwpSet set) {
        double sum = 0;
        for (Map.Entry<GreenhouseGas, Double> e : kgPerUnit.entrySet()) {
            sum += e.getValue() * set.factor(e.getKey());
        }
        return sum;
    }

    /** True when the factor's CO2e was computed with another GWP set than the one asked for. */
    public boolean isCharacterisedWithOtherThan(GwpSet set) {
        return kgPerUnit.containsKey(GreenhouseGas.CO2E) && !set.name().equals(co2eBasis);
    }
}
