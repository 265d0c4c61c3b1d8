package org.greenlane.core.customs;

/**
 * Embedded emissions declared for the goods (CBAM goods): the specific embedded emissions in
 * tonnes of CO2e per tonne of goods, and whether an accredited verifier has verified them.
 */
public record EmissionClaim(double intensityTco2ePerTonne, boolean verified) {

    public EmissionClaim {
        if (!Double.isFinite(intensityTco2ePerTonne) || intensityTco2ePerTonne < 0) {
            throw new IllegalArgumentException(
                    "declared emission intensity must be a finite number >= 0 t CO2e/t, was " + intensityTco2ePerTonne);
        }
    }
}
