package org.greenlane.core.customs.selectivity;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** An office's profile with the score thresholds calibrated for it. */
public record OfficeSelectivity(OfficeProfile profile, ScoreThresholds thresholds) {

    public OfficeSelectivity {
        Objects.requireNonNull(profile, "office profile");
        Objects.requireNonNull(thresholds, () -> "office " + profile.office() + ": score thresholds");
    }

    /**
     * Calibrates every office on its own reference scores (recent traffic), or on {@code pooled}
     * scores when the office has fewer than {@code minimumReference} of its own.
     */
    public static Map<String, OfficeSelectivity> calibrate(Map<String, OfficeProfile> profiles,
                                                           Map<String, double[]> referenceByOffice,
                                                           double[] pooled, int minimumReference) {
        Map<String, OfficeSelectivity> offices = new HashMap<>();
        profiles.forEach((office, profile) -> {
            double[] own = referenceByOffice.getOrDefault(office, new double[0]);
            double[] reference = own.length >= minimumReference ? own : pooled;
            offices.put(office, new OfficeSelectivity(profile, ScoreThresholds.calibrate(reference, profile)));
        });
        return Map.copyOf(offices);
    }
}
