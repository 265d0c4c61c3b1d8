package org.greenlane.server.footprint.factors;

import org.greenlane.server.footprint.systems.UncertaintyDto;

import java.util.Map;
import java.util.UUID;

/** One emission factor as the API and the pickers show it, with everything needed to cite it. */
public record FactorView(UUID datasetId, String dataset, String activity, String name, String region, String unit,
                         Map<String, Double> kgPerUnit, String co2eBasis, String source, String publisher, int year,
                         String licence, UncertaintyDto uncertainty, double dqrTechnological,
                         double dqrGeographical, double dqrTemporal) {
}
