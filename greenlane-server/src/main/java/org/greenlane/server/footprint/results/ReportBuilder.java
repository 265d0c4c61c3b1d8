package org.greenlane.server.footprint.results;

import org.greenlane.core.footprint.AllocationMethod;
import org.greenlane.core.footprint.CalculationSetup;
import org.greenlane.core.footprint.Exchange;
import org.greenlane.core.footprint.FootprintCalculation;
import org.greenlane.core.footprint.FootprintResult;
import org.greenlane.core.footprint.LifeCycleStage;
import org.greenlane.core.footprint.Process;
import org.greenlane.core.footprint.electricity.Certificate;
import org.greenlane.core.footprint.electricity.CertificateAllocation;
import org.greenlane.core.footprint.factors.EmissionFactor;
import org.greenlane.core.footprint.factors.FactorMatch;
import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.core.footprint.units.Dimension;
import org.greenlane.core.footprint.units.Units;
import org.greenlane.server.footprint.systems.ProductSystemModel;
import org.greenlane.server.footprint.systems.QualityDto;
import org.greenlane.server.footprint.systems.QuantityDto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the engine's result into the stored {@link FootprintReport}, adding the trace of every emission source:
 * which exchange, which factor (dataset, source, version, region used) or GWP, and how many kg CO2e it adds.
 * The traces of a process add up to its direct contribution, because every exchange of a process is scaled by the
 * same runs: the sum over its co-product columns of allocation factor times scaling.
 */
final class ReportBuilder {

    private ReportBuilder() {
    }

    static FootprintReport build(FootprintCalculation calculation, ProductSystemModel model, CalculationSetup setup,
                                 Map<String, Certificate> certificates, Map<String, String> printedIds) {
        FootprintResult r = calculation.result();
        Map<String, Process> processes = new LinkedHashMap<>();
        model.processes().forEach(p -> processes.put(p.id(), p));
        Map<String, List<FootprintResult.ProcessContribution>> columns = new LinkedHashMap<>();
        for (FootprintResult.ProcessContribution c : r.byProcess()) {
            columns.computeIfAbsent(c.processId(), k -> new ArrayList<>()).add(c);
        }
        List<FootprintReport.ProcessLine> lines = new ArrayList<>();
        for (Map.Entry<String, List<FootprintResult.ProcessContribution>> entry : columns.entrySet()) {
            Process p = processes.get(entry.getKey());
            double direct = 0;
            double scaling = 0;
            for (FootprintResult.ProcessContribution c : entry.getValue()) {
                direct += c.directKgCo2e();
                scaling += c.scaling();
            }
            double runs = runs(p, entry.getValue(), setup.allocation());
            lines.add(new FootprintReport.ProcessLine(p.id(), p.name(), p.stage().name(), p.site(), p.supplier(),
                    p.primaryData(), scaling, direct, r.totalKgCo2e() == 0 ? 0 : direct / r.totalKgCo2e(),
                    traces(p, runs, setup)));
        }
        lines.sort(Comparator.comparingDouble((FootprintReport.ProcessLine l) -> -Math.abs(l.directKgCo2e()))
                .thenComparing(FootprintReport.ProcessLine::processId));
        Map<String, Double> byStage = new LinkedHashMap<>();
        for (LifeCycleStage stage : LifeCycleStage.values()) {
            byStage.put(stage.name(), r.byStage().getOrDefault(stage, 0.0));
        }
        List<FootprintReport.FlowLine> flows = r.byFlow().stream()
                .map(f -> new FootprintReport.FlowLine(f.flow(), f.gas() == null ? null : f.gas().name(), f.amount(),
                        f.unit(), f.kgCo2e()))
                .toList();
        List<FootprintReport.Claim> claims = new ArrayList<>();
        for (CertificateAllocation a : r.electricity().allocations()) {
            Certificate c = certificates.get(a.certificateId());
            claims.add(new FootprintReport.Claim(c.id(), printedIds.getOrDefault(c.id(), c.id()), c.type().name(),
                    c.market(), c.vintage(), a.mwh(), c.kgCo2ePerMWh()));
        }
        DataQualityRating q = r.dataQuality();
        return new FootprintReport(model.name(), QuantityDto.of(r.functionalUnit()), r.totalKgCo2e(),
                r.marketBasedTotalKgCo2e(), byStage, lines, flows, r.fossilKgCo2e(), r.biogenicEmissionsKgCo2e(),
                r.biogenicRemovalsKgCo2e(),
                new FootprintReport.Electricity(r.electricity().consumedMWh(), r.electricity().locationBasedKgCo2e(),
                        r.electricity().marketBasedKgCo2e(), claims),
                r.primaryDataShare(), QualityDto.of(q), r.gwpSet().name(), r.gwpSet().citation(),
                setup.allocation().name(), r.modelVersion(), r.factorDatasets(), r.warnings());
    }

    /**
     * How many runs of the process (in units of its exchanges as written) the functional unit needs: the sum over
     * its columns of allocation factor times scaling. One column: its scaling. Several (multi-output with PHYSICAL
     * or ECONOMIC allocation): the same allocation factors the engine uses (decision 013).
     */
    static double runs(Process p, List<FootprintResult.ProcessContribution> columns, AllocationMethod fallback) {
        if (columns.size() == 1) {
            return columns.get(0).scaling();
        }
        AllocationMethod method = p.allocation() != null ? p.allocation() : fallback;
        Map<String, Double> basis = new LinkedHashMap<>();
        double sum = 0;
        for (Exchange e : p.exchanges()) {
            if (e instanceof Exchange.Technosphere t && t.output() == (t.type() == org.greenlane.core.footprint.FlowType.PRODUCT)) {
                double b = method == AllocationMethod.ECONOMIC
                        ? t.amount().value() * (t.economicValue() == null ? 0 : t.economicValue())
                        : t.amount().in(Units.KG);
                basis.put(t.flow(), b);
                sum += b;
            }
        }
        double runs = 0;
        for (FootprintResult.ProcessContribution c : columns) {
            runs += basis.getOrDefault(c.flow(), 0.0) / sum * c.scaling();
        }
        return runs;
    }

    private static List<FootprintReport.Trace> traces(Process p, double runs, CalculationSetup setup) {
        List<FootprintReport.Trace> traces = new ArrayList<>();
        for (Exchange e : p.exchanges()) {
            if (e instanceof Exchange.Emission em) {
                if (em.gas() == null) {
                    continue;
                }
                double conversion = em.amount().dimension() == Dimension.MASS ? Units.factor(em.amount().unit(), Units.KG) : 1;
                double gwp = setup.gwpSet().factor(em.gas());
                traces.add(new FootprintReport.Trace(em.label(), "EMISSION", em.gas().name(), em.amount().value(),
                        em.amount().unit().symbol(), conversion, "kg", gwp, runs,
                        em.amount().value() * conversion * gwp * runs, p.site(), null, null, null,
                        setup.gwpSet().citation(), "IPCC", null, null, null));
            } else if (e instanceof Exchange.Background bg) {
                String region = bg.region() != null ? bg.region() : p.site();
                FactorMatch match = setup.library().find(bg.activity(), region);
                EmissionFactor f = match.factor();
                double conversion = Units.factor(bg.amount().unit(), f.unit());
                double perUnit = f.kgCo2ePerUnit(setup.gwpSet());
                traces.add(new FootprintReport.Trace(bg.label(), "FACTOR", bg.activity(), bg.amount().value(),
                        bg.amount().unit().symbol(), conversion, f.unit().symbol(), perUnit, runs,
                        bg.amount().value() * conversion * perUnit * runs, match.requestedRegion(), match.usedRegion(),
                        match.fallbackSteps(), match.dataset().reference(), f.provenance().source(),
                        f.provenance().publisher(), f.provenance().year(), f.provenance().licence(), f.co2eBasis()));
            }
        }
        traces.sort(Comparator.comparingDouble((FootprintReport.Trace t) -> -Math.abs(t.kgCo2e())));
        return traces;
    }
}
