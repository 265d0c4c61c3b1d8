package org.greenlane.core.footprint;

import org.greenlane.core.footprint.factors.BuiltInFactors;
import org.greenlane.core.footprint.factors.EmissionFactor;
import org.greenlane.core.footprint.factors.FactorMatch;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.factors.GwpSet;
import org.greenlane.core.footprint.matrix.CscMatrix;
import org.greenlane.core.footprint.units.Dimension;
import org.greenlane.core.footprint.units.Quantity;
import org.greenlane.core.footprint.units.Unit;
import org.greenlane.core.footprint.units.UnitException;
import org.greenlane.core.footprint.units.Units;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A product system turned into matrices: technology A (columns = process x provided flow after allocation,
 * rows = the flow each column provides), intervention B (elementary flows x columns), characterisation c and
 * demand f. Built once; every error names the process and exchange at fault.
 */
final class CompiledSystem {

    final CalculationSetup setup;
    final ProductSystem system;
    final List<Column> columns = new ArrayList<>();
    final List<String> flows = new ArrayList<>();
    final List<GreenhouseGas> flowGas = new ArrayList<>();
    final List<Unit> flowUnit = new ArrayList<>();
    final Triplets technosphere = new Triplets();
    final Triplets interventions = new Triplets();
    final List<EmissionFactor> factorsUsed = new ArrayList<>();
    final List<ElectricityUse> electricity = new ArrayList<>();
    final List<QualitySource> qualitySources = new ArrayList<>();
    final Set<String> warnings = new LinkedHashSet<>();
    final Set<String> datasets = new TreeSet<>();
    CscMatrix a;
    int[] aPositions;
    CscMatrix b;
    int[] bPositions;
    double[] characterisation;
    double[] demand;
    int referenceColumn;

    private final Map<String, Integer> flowRow = new HashMap<>();
    private final Map<String, List<Integer>> providersOfFlow = new HashMap<>();
    private final Map<String, Process> processById = new LinkedHashMap<>();
    private final Map<EmissionFactor, Integer> factorIndex = new HashMap<>();

    private CompiledSystem(ProductSystem system, CalculationSetup setup) {
        this.system = system;
        this.setup = setup;
    }

    static CompiledSystem compile(ProductSystem system, CalculationSetup setup) {
        CompiledSystem c = new CompiledSystem(system, setup);
        c.indexProcesses();
        c.createColumns();
        c.fillColumns();
        c.finish();
        return c;
    }

    int size() {
        return columns.size();
    }

    private void indexProcesses() {
        for (Process p : system.processes()) {
            if (processById.put(p.id(), p) != null) {
                throw new FootprintModelException("process id " + p.id() + " is used twice");
            }
            for (Exchange e : p.exchanges()) {
                double v = e.amount().value();
                if (v < 0) {
                    throw new FootprintModelException("process " + p + ", exchange " + e.label()
                            + ": amount must not be negative, was " + e.amount()
                            + " (use the direction, a waste flow or CO2 uptake instead)");
                }
            }
        }
    }

    private void createColumns() {
        for (Process p : system.processes()) {
            List<Exchange.Technosphere> provided = provided(p);
            if (provided.isEmpty()) {
                throw new FootprintModelException("process " + p + " provides nothing: it needs a product output "
                        + "or, for a treatment process, a waste input");
            }
            AllocationMethod method = p.allocation() != null ? p.allocation() : setup.allocation();
            if (provided.size() == 1 || method == AllocationMethod.SYSTEM_EXPANSION) {
                addColumn(p, provided.get(0), 1.0);
                continue;
            }
            double[] basis = new double[provided.size()];
            double sum = 0;
            for (int k = 0; k < provided.size(); k++) {
                Exchange.Technosphere e = provided.get(k);
                if (method == AllocationMethod.PHYSICAL) {
                    if (e.amount().dimension() != Dimension.MASS) {
                        throw new FootprintModelException("process " + p + ", exchange " + e.label()
                                + ": physical allocation needs co-products in mass units, was " + e.amount().unit());
                    }
                    basis[k] = e.amount().in(Units.KG);
                } else {
                    if (e.economicValue() == null || !(e.economicValue() >= 0) || e.economicValue().isInfinite()) {
                        throw new FootprintModelException("process " + p + ", exchange " + e.label()
                                + ": economic allocation needs a non-negative economic value per unit");
                    }
                    basis[k] = e.amount().value() * e.economicValue();
                }
                sum += basis[k];
            }
            if (!(sum > 0)) {
                throw new FootprintModelException("process " + p + ": co-products have no " + method
                        + " basis to allocate by (all zero)");
            }
            for (int k = 0; k < provided.size(); k++) {
                addColumn(p, provided.get(k), basis[k] / sum);
            }
        }
    }

    private void addColumn(Process p, Exchange.Technosphere e, double factor) {
        if (!(e.amount().value() > 0)) {
            throw new FootprintModelException("process " + p + ", exchange " + e.label()
                    + ": the provided amount must be positive, was " + e.amount());
        }
        int index = columns.size();
        columns.add(new Column(p, e.flow(), e.amount().unit(), factor));
        providersOfFlow.computeIfAbsent(e.flow(), k -> new ArrayList<>()).add(index);
    }

    private static List<Exchange.Technosphere> provided(Process p) {
        List<Exchange.Technosphere> out = new ArrayList<>();
        for (Exchange e : p.exchanges()) {
            if (e instanceof Exchange.Technosphere t && t.provides()) {
                out.add(t);
            }
        }
        return out;
    }

    private void fillColumns() {
        for (int j = 0; j < columns.size(); j++) {
            Column column = columns.get(j);
            Process p = column.process();
            double alloc = column.allocationFactor();
            double ownKgCo2e = 0;
            for (Exchange e : p.exchanges()) {
                if (e instanceof Exchange.Technosphere t) {
                    technosphere(j, column, t);
                } else if (e instanceof Exchange.Emission em) {
                    ownKgCo2e += emission(j, p, em, alloc);
                } else if (e instanceof Exchange.Background bg) {
                    background(j, p, bg, alloc);
                }
            }
            if (ownKgCo2e != 0) {
                qualitySources.add(new QualitySource(j, ownKgCo2e, p.quality()));
            }
        }
    }

    private void technosphere(int j, Column column, Exchange.Technosphere t) {
        Process p = column.process();
        if (t.provides()) {
            if (t.flow().equals(column.flow())) {
                technosphere.add(j, j, 1.0, t.amount().value(), t.uncertainty(), -1);
                return;
            }
            AllocationMethod method = p.allocation() != null ? p.allocation() : setup.allocation();
            if (method != AllocationMethod.SYSTEM_EXPANSION) {
                return; // another co-product: it has its own column
            }
        }
        int provider = providerOf(p, t);
        Column target = columns.get(provider);
        double conversion;
        try {
            conversion = Units.factor(t.amount().unit(), target.unit());
        } catch (UnitException e) {
            throw new FootprintModelException("process " + p + ", exchange " + t.label() + ": " + e.getMessage()
                    + " (provider " + target.process() + " gives " + target.flow() + " in " + target.unit() + ")");
        }
        double sign = t.provides() ? 1.0 : -1.0;
        double alloc = t.provides() ? 1.0 : column.allocationFactor();
        technosphere.add(provider, j, sign * conversion * alloc, t.amount().value(), t.uncertainty(), -1);
    }

    private int providerOf(Process p, Exchange.Technosphere t) {
        List<Integer> candidates = providersOfFlow.getOrDefault(t.flow(), List.of());
        if (t.provider() != null) {
            if (!processById.containsKey(t.provider())) {
                throw new FootprintModelException("process " + p + ", exchange " + t.label() + ": provider "
                        + t.provider() + " is not in the product system");
            }
            for (int c : candidates) {
                if (columns.get(c).process().id().equals(t.provider())) {
                    return c;
                }
            }
            throw new FootprintModelException("process " + p + ", exchange " + t.label() + ": provider "
                    + t.provider() + " does not provide " + t.flow());
        }
        List<Integer> others = new ArrayList<>();
        for (int c : candidates) {
            if (!(t.provides() && columns.get(c).process().id().equals(p.id()))) {
                others.add(c);
            }
        }
        if (others.isEmpty()) {
            throw new FootprintModelException("process " + p + ", exchange " + t.label() + ": no process provides "
                    + t.type().name().toLowerCase(java.util.Locale.ROOT) + " flow " + t.flow()
                    + (t.provides() ? " (a co-product under system expansion needs the process it displaces)" : ""));
        }
        if (others.size() > 1) {
            List<String> names = new ArrayList<>();
            for (int c : others) {
                names.add(columns.get(c).process().id());
            }
            throw new FootprintModelException("process " + p + ", exchange " + t.label() + ": " + t.flow()
                    + " has several providers " + names + "; name one");
        }
        return others.get(0);
    }

    private int flowRow(String flow, GreenhouseGas gas, Unit unit, String where) {
        Integer row = flowRow.get(flow);
        if (row != null) {
            if (flowGas.get(row) != gas) {
                throw new FootprintModelException(where + ": elementary flow " + flow + " is given as "
                        + (gas == null ? "no gas" : gas) + " here and as "
                        + (flowGas.get(row) == null ? "no gas" : flowGas.get(row)) + " elsewhere");
            }
            return row;
        }
        row = flows.size();
        flows.add(flow);
        flowGas.add(gas);
        flowUnit.add(unit);
        flowRow.put(flow, row);
        return row;
    }

    private double emission(int j, Process p, Exchange.Emission em, double alloc) {
        String where = "process " + p + ", exchange " + em.label();
        Unit unit = em.gas() != null ? Units.KG : null;
        int row = flowRow(em.flow(), em.gas(), unit != null ? unit : em.amount().unit(), where);
        Unit target = flowUnit.get(row);
        double conversion;
        try {
            conversion = Units.factor(em.amount().unit(), target);
        } catch (UnitException e) {
            throw new FootprintModelException(where + ": " + e.getMessage());
        }
        interventions.add(row, j, conversion * alloc, em.amount().value(), em.uncertainty(), -1);
        return em.gas() == null ? 0 : em.amount().value() * conversion * alloc * setup.gwpSet().factor(em.gas());
    }

    private void background(int j, Process p, Exchange.Background bg, double alloc) {
        String where = "process " + p + ", exchange " + bg.label();
        String region = bg.region() != null ? bg.region() : p.site();
        if (region == null) {
            throw new FootprintModelException(where + ": no region for '" + bg.activity()
                    + "': give the exchange a region or the process a site");
        }
        FactorMatch match;
        try {
            match = setup.library().find(bg.activity(), region);
        } catch (IllegalArgumentException e) {
            throw new FootprintModelException(where + ": " + e.getMessage(), e);
        }
        EmissionFactor factor = match.factor();
        double conversion;
        try {
            conversion = Units.factor(bg.amount().unit(), factor.unit());
        } catch (UnitException e) {
            throw new FootprintModelException(where + ": " + e.getMessage() + " (factor for " + bg.activity()
                    + " is per " + factor.unit() + ")");
        }
        match.warning().ifPresent(w -> warnings.add(where + ": " + w));
        GwpSet gwp = setup.gwpSet();
        if (factor.isCharacterisedWithOtherThan(gwp)) {
            warnings.add("factor " + factor.activity() + " / " + factor.region() + " is published as CO2e with "
                    + factor.co2eBasis() + " GWPs; the calculation uses " + gwp + " and cannot recharacterise it");
        }
        datasets.add(match.dataset().reference());
        int fi = factorIndex.computeIfAbsent(factor, f -> {
            factorsUsed.add(f);
            return factorsUsed.size() - 1;
        });
        for (Map.Entry<GreenhouseGas, Double> gas : factor.kgPerUnit().entrySet()) {
            int row = flowRow(gas.getKey().name(), gas.getKey(), Units.KG, where);
            interventions.add(row, j, conversion * gas.getValue() * alloc, bg.amount().value(), bg.uncertainty(), fi);
        }
        double amountInFactorUnit = bg.amount().value() * conversion * alloc;
        double kgCo2e = amountInFactorUnit * factor.kgCo2ePerUnit(gwp);
        qualitySources.add(new QualitySource(j, kgCo2e, match.quality()));
        if (bg.activity().equals(BuiltInFactors.GRID_ELECTRICITY)) {
            if (bg.amount().dimension() != Dimension.ENERGY) {
                throw new FootprintModelException(where + ": electricity must be an energy amount, was " + bg.amount());
            }
            double kWh = new Quantity(amountInFactorUnit, factor.unit()).in(Units.KWH);
            String market = setup.library().regions().fallbackChain(region).stream()
                    .filter(r -> r.length() == 2).findFirst().orElse(match.usedRegion());
            electricity.add(new ElectricityUse(j, region, market, kWh, kWh == 0 ? 0 : kgCo2e / kWh,
                    p.supplier() == null));
        }
    }

    private void finish() {
        int n = columns.size();
        int[][] positions = new int[1][];
        a = technosphere.build(n, n, positions);
        aPositions = positions[0];
        for (int j = 0; j < n; j++) {
            if (!(a.get(j, j) > 0)) {
                Column c = columns.get(j);
                throw new FootprintModelException("process " + c.process() + " consumes at least as much "
                        + c.flow() + " as it provides: no net output");
            }
        }
        b = interventions.build(flows.size(), n, positions);
        bPositions = positions[0];
        characterisation = new double[flows.size()];
        for (int r = 0; r < flows.size(); r++) {
            GreenhouseGas gas = flowGas.get(r);
            characterisation[r] = gas == null ? 0 : setup.gwpSet().factor(gas);
        }
        demand = new double[n];
        Process reference = processById.get(system.referenceProcess());
        if (reference == null) {
            throw new FootprintModelException("reference process " + system.referenceProcess()
                    + " is not in product system " + system.id());
        }
        referenceColumn = -1;
        for (int c : providersOfFlow.getOrDefault(system.referenceFlow(), List.of())) {
            if (columns.get(c).process().id().equals(reference.id())) {
                referenceColumn = c;
            }
        }
        if (referenceColumn < 0) {
            throw new FootprintModelException("reference process " + reference + " does not provide "
                    + system.referenceFlow());
        }
        Column ref = columns.get(referenceColumn);
        try {
            demand[referenceColumn] = system.demand().in(ref.unit());
        } catch (UnitException e) {
            throw new FootprintModelException("demand of product system " + system.id() + ": " + e.getMessage());
        }
    }
}
