package org.greenlane.core.footprint;

import org.greenlane.core.footprint.electricity.CertificateAllocation;
import org.greenlane.core.footprint.electricity.CertificateLedger;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.factors.GwpSet;
import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.core.footprint.units.Quantity;

import java.util.List;
import java.util.Map;

/**
 * A product carbon footprint, kg CO2e for the functional unit. The headline total is location-based; the
 * market-based total sits beside it (GHG Protocol Scope 2 Guidance: report both).
 *
 * @param fossilKgCo2e             all emissions except biogenic CO2 and CH4 and removals
 * @param biogenicEmissionsKgCo2e  biogenic CO2 and CH4 emissions (ISO 14067: reported separately)
 * @param biogenicRemovalsKgCo2e   biogenic CO2 uptake, a negative number
 * @param modelVersion             engine version, so that a recalculation can be checked to reproduce the numbers
 * @param factorDatasets           "id@version" of every factor dataset used
 */
public record FootprintResult(String productSystem, Quantity functionalUnit, double totalKgCo2e,
                              double marketBasedTotalKgCo2e, Map<LifeCycleStage, Double> byStage,
                              List<ProcessContribution> byProcess, List<FlowTotal> byFlow, double fossilKgCo2e,
                              double biogenicEmissionsKgCo2e, double biogenicRemovalsKgCo2e,
                              ElectricityAccounting electricity, double primaryDataShare,
                              DataQualityRating dataQuality, GwpSet gwpSet, String modelVersion,
                              List<String> factorDatasets, List<String> warnings) {

    public FootprintResult {
        byStage = Map.copyOf(byStage);
        byProcess = List.copyOf(byProcess);
        byFlow = List.copyOf(byFlow);
        factorDatasets = List.copyOf(factorDatasets);
        warnings = List.copyOf(warnings);
    }

    /**
     * Direct contribution of one process (all its allocated columns): its own emissions and library-factor
     * emissions, times how much of it the functional unit needs.
     */
    public record ProcessContribution(String processId, String name, LifeCycleStage stage, String site,
                                      String supplier, String flow, double scaling, double directKgCo2e) {
    }

    /** Inventory of one elementary flow and, for a greenhouse gas, its CO2e. */
    public record FlowTotal(String flow, GreenhouseGas gas, double amount, String unit, double kgCo2e) {
    }

    /**
     * Both Scope 2 methods for the electricity in the system, and the certificate allocations made for this claim.
     *
     * @param ledger the ledger after this claim, to persist; null if the organisation holds no instruments
     */
    public record ElectricityAccounting(double consumedMWh, double locationBasedKgCo2e, double marketBasedKgCo2e,
                                        List<CertificateAllocation> allocations, CertificateLedger ledger) {
        public ElectricityAccounting {
            allocations = List.copyOf(allocations);
        }
    }
}
