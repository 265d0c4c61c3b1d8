package org.greenlane.core.footprint;

/**
 * Distribution of the location-based total over the iterations: mean and the 2.5 and 97.5 percentiles (a 95 %
 * interval). The seed reproduces the run exactly.
 */
public record MonteCarloResult(int iterations, long seed, double meanKgCo2e, double percentile2p5KgCo2e,
                               double percentile97p5KgCo2e, double deterministicKgCo2e) {
}
