package org.greenlane.server.footprint.results;

import java.util.List;
import java.util.Map;

/** The baseline and each scenario side by side, with changes against the baseline. */
public record ScenarioComparison(String productSystem, String functionalUnit, Outcome baseline,
                                 List<Outcome> scenarios) {

    public ScenarioComparison {
        scenarios = List.copyOf(scenarios);
    }

    /**
     * One variant: totals, stages, and deltas against the baseline (zero for the baseline itself);
     * {@code changedExchanges} counts the exchanges its changes touched.
     */
    public record Outcome(String name, double totalKgCo2e, double marketBasedTotalKgCo2e, Map<String, Double> byStage,
                          double deltaKgCo2e, double deltaShare, double marketBasedDeltaKgCo2e, int changedExchanges,
                          List<String> warnings) {
        public Outcome {
            byStage = Map.copyOf(byStage);
            warnings = List.copyOf(warnings);
        }
    }
}
