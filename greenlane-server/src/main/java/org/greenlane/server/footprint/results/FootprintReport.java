package org.greenlane.server.footprint.results;

import org.greenlane.server.footprint.systems.QualityDto;
import org.greenlane.server.footprint.systems.QuantityDto;

import java.util.List;
import java.util.Map;

/**
 * A calculated footprint as stored and shown: kg CO2e for the functional unit, location- and market-based, by
 * life-cycle stage, by process (each with the trace of its emission sources: amount, factor, dataset, source,
 * version, GWP set), by elementary flow, biogenic carbon apart, electricity accounting, primary data share, data
 * quality, and the versions that reproduce it.
 */
public record FootprintReport(String productSystem, QuantityDto functionalUnit, double totalKgCo2e,
                              double marketBasedTotalKgCo2e, Map<String, Double> byStage,
                              List<ProcessLine> byProcess, List<FlowLine> byFlow, double fossilKgCo2e,
                              double biogenicEmissionsKgCo2e, double biogenicRemovalsKgCo2e,
                              Electricity electricity, double primaryDataShare, QualityDto dataQuality,
                              String gwpSet, String gwpCitation, String allocation, String modelVersion,
                              List<String> factorDatasets, List<String> warnings) {

    public FootprintReport {
        byStage = Map.copyOf(byStage);
        byProcess = List.copyOf(byProcess);
        byFlow = List.copyOf(byFlow);
        factorDatasets = List.copyOf(factorDatasets);
        warnings = List.copyOf(warnings);
    }

    /** Direct emissions of one process for the functional unit (all its co-product columns), and where they come from. */
    public record ProcessLine(String processId, String name, String stage, String site, String supplier,
                              boolean primaryData, double scaling, double directKgCo2e, double share,
                              List<Trace> traces) {
        public ProcessLine {
            traces = List.copyOf(traces);
        }
    }

    /**
     * One emission source of a process: {@code amount} {@code unit} per run of the process, times
     * {@code kgCo2ePerUnit} (the GWP of a gas, or the factor's CO2e per {@code factorUnit} after converting by
     * {@code conversion}), times how often the functional unit needs the process ({@code runs}).
     */
    public record Trace(String exchange, String kind, String what, double amount, String unit, double conversion,
                        String factorUnit, double kgCo2ePerUnit, double runs, double kgCo2e, String region,
                        String usedRegion, Integer fallbackSteps, String dataset, String source, String publisher,
                        Integer year, String licence, String co2eBasis) {
    }

    public record FlowLine(String flow, String gas, double amount, String unit, double kgCo2e) {
    }

    /** Scope 2 accounting of the system's grid electricity, and the certificates claimed for it. */
    public record Electricity(double consumedMWh, double locationBasedKgCo2e, double marketBasedKgCo2e,
                              List<Claim> certificates) {
        public Electricity {
            certificates = List.copyOf(certificates);
        }
    }

    /**
     * MWh of one certificate or PPA allocated to this footprint, with the instrument's data as claimed
     * ({@code certificateId} as printed on it; {@code ledgerId} the ledger's own id, which orders claims).
     */
    public record Claim(String ledgerId, String certificateId, String instrument, String market, int vintage,
                        double mwh, double kgCo2ePerMWh) {
    }
}
