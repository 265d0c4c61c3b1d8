package org.greenlane.core.customs.selectivity;

import java.util.EnumMap;
import java.util.Map;

/**
 * An office's selectivity targets: the expected share of declarations the model sends to RED,
 * YELLOW and BLUE (GREEN takes the rest), the minimum random selection rate no declaration can
 * avoid, and the lane random selection sends to.
 */
public record OfficeProfile(String office, Map<Lane, Double> expectedRates, double minimumRandomRate, Lane randomLane) {

    public OfficeProfile {
        if (office == null || office.isBlank()) {
            throw new IllegalArgumentException("office profile needs an office id");
        }
        Map<Lane, Double> rates = new EnumMap<>(Lane.class);
        double total = 0;
        for (Lane lane : new Lane[]{Lane.RED, Lane.YELLOW, Lane.BLUE}) {
            Double rate = expectedRates.get(lane);
            if (rate == null || !(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("office " + office + ": expected " + lane + " rate must be in [0, 1], was " + rate);
            }
            rates.put(lane, rate);
            total += rate;
        }
        if (expectedRates.containsKey(Lane.GREEN)) {
            throw new IllegalArgumentException("office " + office + ": GREEN takes what the other lanes leave, give no GREEN rate");
        }
        if (total > 1) {
            throw new IllegalArgumentException("office " + office + ": RED + YELLOW + BLUE rates add up to " + total + " > 1");
        }
        expectedRates = Map.copyOf(rates);
        if (!(minimumRandomRate > 0 && minimumRandomRate <= 1)) {
            throw new IllegalArgumentException("office " + office + ": minimum random selection rate must be in (0, 1], was "
                    + minimumRandomRate + " (zero would let a trader avoid control entirely)");
        }
        if (randomLane == null || !randomLane.controlled()) {
            throw new IllegalArgumentException("office " + office + ": random selection must send to RED or YELLOW, was " + randomLane);
        }
    }

    /** RED 2 %, YELLOW 5 %, BLUE 10 %, random 1 % to RED: the defaults of decision 044. */
    public static OfficeProfile standard(String office) {
        return new OfficeProfile(office, Map.of(Lane.RED, 0.02, Lane.YELLOW, 0.05, Lane.BLUE, 0.10), 0.01, Lane.RED);
    }

    public double rate(Lane lane) {
        return expectedRates.get(lane);
    }
}
