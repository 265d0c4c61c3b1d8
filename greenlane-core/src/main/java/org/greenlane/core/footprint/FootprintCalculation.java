package org.greenlane.core.footprint;

import org.greenlane.core.footprint.electricity.CertificateAllocation;
import org.greenlane.core.footprint.electricity.CertificateLedger;
import org.greenlane.core.footprint.factors.BuiltInFactors;
import org.greenlane.core.footprint.factors.EmissionFactor;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.matrix.CscMatrix;
import org.greenlane.core.footprint.matrix.SingularMatrixException;
import org.greenlane.core.footprint.matrix.SparseLu;
import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.core.footprint.units.Units;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The footprint engine: compiles a product system to matrices, solves A s = f with the sparse LU, and derives
 * the inventory g = B s, the characterised results, upstream trees and Monte Carlo runs from the same
 * factorisation. Calculating the same system with the same setup and factor datasets gives the same numbers.
 */
public final class FootprintCalculation {

    /** Recorded in every result; bump when the engine's arithmetic changes. */
    public static final String MODEL_VERSION = "greenlane-footprint/1.0";

    private final CompiledSystem system;
    private final SparseLu lu;
    private final double[] scaling;
    private final double[] co2ePerScaling;
    private final FootprintResult result;

    private FootprintCalculation(CompiledSystem system) {
        this.system = system;
        this.lu = factorise(system, system.a);
        this.scaling = lu.solve(system.demand);
        this.co2ePerScaling = indicatorPerColumn(system.characterisation);
        this.result = buildResult();
    }

    /**
     * @throws FootprintModelException naming the process and exchange at fault, or the processes of a loop
     *                                 that cannot supply itself
     */
    public static FootprintCalculation calculate(ProductSystem system, CalculationSetup setup) {
        return new FootprintCalculation(CompiledSystem.compile(system, setup));
    }

    public FootprintResult result() {
        return result;
    }

    /** The scaling factor of each process column: how many times the functional unit needs its reference output. */
    public double[] scalingVector() {
        return scaling.clone();
    }

    /** Inventory: total amount of each elementary flow for the functional unit, in the flow's unit. */
    public Map<String, Double> inventory() {
        double[] g = system.b.multiply(scaling);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int r = 0; r < g.length; r++) {
            out.put(system.flows.get(r), g[r]);
        }
        return out;
    }

    /** Amount of an elementary flow a process emits itself (all its columns), for the functional unit. */
    public double directContribution(String processId, String flow) {
        int row = system.flows.indexOf(flow);
        if (row < 0) {
            throw new IllegalArgumentException("no elementary flow " + flow + " in the system");
        }
        double sum = 0;
        for (int j = 0; j < system.size(); j++) {
            if (system.columns.get(j).process().id().equals(processId)) {
                sum += system.b.get(row, j) * scaling[j];
            }
        }
        return sum;
    }

    /** Upstream tree of kg CO2e from the reference process. */
    public UpstreamNode upstreamTree(double cutOffShare, int maxDepth) {
        return tree(system.characterisation, cutOffShare, maxDepth);
    }

    /** Upstream tree of one elementary flow's amount, as openLCA shows it per flow. */
    public UpstreamNode upstreamTree(String flow, double cutOffShare, int maxDepth) {
        int row = system.flows.indexOf(flow);
        if (row < 0) {
            throw new IllegalArgumentException("no elementary flow " + flow + " in the system");
        }
        double[] indicator = new double[system.flows.size()];
        indicator[row] = 1;
        return tree(indicator, cutOffShare, maxDepth);
    }

    /**
     * Monte Carlo over every exchange and factor that has an uncertainty. The symbolic analysis and pivot order are
     * reused; only values change between iterations. Allocation factors stay those of the deterministic model.
     */
    public MonteCarloResult monteCarlo(int iterations, long seed) {
        if (iterations < 2) {
            throw new IllegalArgumentException("Monte Carlo needs at least 2 iterations, was " + iterations);
        }
        SplittableRandom random = new SplittableRandom(seed);
        SparseLu mc = factorise(system, system.a);
        Triplets at = system.technosphere;
        Triplets bt = system.interventions;
        List<EmissionFactor> factors = system.factorsUsed;
        double[] multiplier = new double[factors.size()];
        double[] aValues = new double[system.a.nonZeros()];
        double[] c = system.characterisation;
        double[] totals = new double[iterations];
        for (int it = 0; it < iterations; it++) {
            for (int f = 0; f < multiplier.length; f++) {
                multiplier[f] = factors.get(f).uncertainty() == null ? 1 : factors.get(f).uncertainty().sample(random);
            }
            Arrays.fill(aValues, 0);
            for (int t = 0; t < at.size; t++) {
                double amount = at.amountUncertainty[t] == null ? at.amount[t] : at.amountUncertainty[t].sample(random);
                aValues[system.aPositions[t]] += at.scale[t] * amount;
            }
            try {
                mc.refactor(system.a.withValues(aValues));
            } catch (SingularMatrixException e) {
                throw new FootprintModelException("Monte Carlo iteration " + it + " drew a singular system: "
                        + names(e.columns()) + "; narrow the distributions of their exchanges", e);
            }
            double[] s = mc.solve(system.demand);
            double total = 0;
            for (int t = 0; t < bt.size; t++) {
                double cr = c[bt.row[t]];
                if (cr == 0) {
                    continue;
                }
                double amount = bt.amountUncertainty[t] == null ? bt.amount[t] : bt.amountUncertainty[t].sample(random);
                double m = bt.factor[t] >= 0 ? multiplier[bt.factor[t]] : 1;
                total += cr * bt.scale[t] * amount * m * s[bt.col[t]];
            }
            totals[it] = total;
        }
        double mean = 0;
        for (double v : totals) {
            mean += v;
        }
        mean /= iterations;
        Arrays.sort(totals);
        return new MonteCarloResult(iterations, seed, mean, percentile(totals, 0.025), percentile(totals, 0.975),
                result.totalKgCo2e());
    }

    /** Linear interpolation between order statistics (Hyndman and Fan type 7, as numpy's default). */
    private static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static SparseLu factorise(CompiledSystem system, CscMatrix a) {
        try {
            return SparseLu.factorise(a);
        } catch (SingularMatrixException e) {
            throw new FootprintModelException("the product system cannot be solved: "
                    + namesOf(system, e.columns()) + " form a loop that cannot supply itself or lack a provider"
                    + " outside the loop", e);
        }
    }

    private String names(List<Integer> columns) {
        return namesOf(system, columns);
    }

    private static String namesOf(CompiledSystem system, List<Integer> columns) {
        Set<String> names = new LinkedHashSet<>();
        for (int c : columns) {
            if (names.size() == 20) {
                names.add("...");
                break;
            }
            Column col = system.columns.get(c);
            names.add(col.process() + " [" + col.flow() + "]");
        }
        return "processes " + names;
    }

    private double[] indicatorPerColumn(double[] indicator) {
        return system.b.multiplyTransposed(indicator);
    }

    private UpstreamNode tree(double[] indicator, double cutOffShare, int maxDepth) {
        if (!(cutOffShare >= 0 && cutOffShare < 1)) {
            throw new IllegalArgumentException("cut-off share must be in [0, 1), was " + cutOffShare);
        }
        if (maxDepth < 0) {
            throw new IllegalArgumentException("max depth must not be negative, was " + maxDepth);
        }
        double[] direct = indicatorPerColumn(indicator);
        double[] intensity = lu.solveTransposed(direct);
        int root = system.referenceColumn;
        double amount = system.demand[root];
        double threshold = cutOffShare * Math.abs(intensity[root] * amount);
        return node(root, amount, intensity, direct, threshold, maxDepth);
    }

    private UpstreamNode node(int j, double amount, double[] intensity, double[] direct, double threshold,
                              int depthLeft) {
        CscMatrix a = system.a;
        double diagonal = a.get(j, j);
        double nodeScaling = amount / diagonal;
        List<UpstreamNode> children = new ArrayList<>();
        double cutOff = 0;
        if (depthLeft > 0) {
            int[] rows = a.rowsOfColumn(j);
            double[] values = a.valuesOfColumn(j);
            for (int k = 0; k < rows.length; k++) {
                int i = rows[k];
                if (i == j || values[k] == 0) {
                    continue;
                }
                double childAmount = -values[k] * nodeScaling;
                double childResult = intensity[i] * childAmount;
                if (Math.abs(childResult) < threshold || childResult == 0) {
                    cutOff += childResult;
                } else {
                    children.add(node(i, childAmount, intensity, direct, threshold, depthLeft - 1));
                }
            }
        }
        Column c = system.columns.get(j);
        return new UpstreamNode(c.process().id(), c.process().name(), c.flow(), amount, intensity[j] * amount,
                direct[j] * nodeScaling, children, cutOff);
    }

    private FootprintResult buildResult() {
        int n = system.size();
        double total = 0;
        Map<LifeCycleStage, Double> byStage = new EnumMap<>(LifeCycleStage.class);
        for (LifeCycleStage stage : LifeCycleStage.values()) {
            byStage.put(stage, 0.0);
        }
        List<FootprintResult.ProcessContribution> byProcess = new ArrayList<>();
        double primary = 0;
        double absolute = 0;
        for (int j = 0; j < n; j++) {
            Column c = system.columns.get(j);
            double direct = co2ePerScaling[j] * scaling[j];
            total += direct;
            byStage.merge(c.process().stage(), direct, Double::sum);
            Process p = c.process();
            byProcess.add(new FootprintResult.ProcessContribution(p.id(), p.name(), p.stage(), p.site(),
                    p.supplier(), c.flow(), scaling[j], direct));
            absolute += Math.abs(direct);
            if (p.primaryData()) {
                primary += Math.abs(direct);
            }
        }
        double[] g = system.b.multiply(scaling);
        List<FootprintResult.FlowTotal> byFlow = new ArrayList<>();
        double fossil = 0;
        double biogenic = 0;
        double removals = 0;
        for (int r = 0; r < g.length; r++) {
            GreenhouseGas gas = system.flowGas.get(r);
            double co2e = g[r] * system.characterisation[r];
            byFlow.add(new FootprintResult.FlowTotal(system.flows.get(r), gas, g[r],
                    system.flowUnit.get(r).symbol(), co2e));
            if (gas == GreenhouseGas.CO2_UPTAKE) {
                removals += co2e;
            } else if (gas != null && gas.isBiogenic()) {
                biogenic += co2e;
            } else {
                fossil += co2e;
            }
        }
        List<String> warnings = new ArrayList<>(system.warnings);
        FootprintResult.ElectricityAccounting electricity = electricity(warnings);
        double marketTotal = total - electricity.locationBasedKgCo2e() + electricity.marketBasedKgCo2e();
        return new FootprintResult(system.system.id(), system.system.demand(), total, marketTotal, byStage,
                byProcess, byFlow, fossil, biogenic, removals, electricity, absolute == 0 ? 0 : primary / absolute,
                dataQuality(), system.setup.gwpSet(), MODEL_VERSION, new ArrayList<>(system.datasets), warnings);
    }

    private DataQualityRating dataQuality() {
        double weight = 0;
        double te = 0;
        double ge = 0;
        double ti = 0;
        for (QualitySource q : system.qualitySources) {
            double w = Math.abs(q.kgCo2ePerScaling() * scaling[q.column()]);
            weight += w;
            te += w * q.rating().technological();
            ge += w * q.rating().geographical();
            ti += w * q.rating().temporal();
        }
        if (weight == 0) {
            return DataQualityRating.UNKNOWN;
        }
        return new DataQualityRating(clamp(te / weight), clamp(ge / weight), clamp(ti / weight));
    }

    /** A weighted mean of ratings in [1, 5] is in [1, 5]; this only removes rounding at the ends. */
    private static double clamp(double rating) {
        return Math.min(5, Math.max(1, rating));
    }

    private FootprintResult.ElectricityAccounting electricity(List<String> warnings) {
        CertificateLedger ledger = system.setup.ledger();
        double consumedKWh = 0;
        double location = 0;
        Map<String, Double> ownMWh = new LinkedHashMap<>();
        double[] kWh = new double[system.electricity.size()];
        for (int u = 0; u < kWh.length; u++) {
            ElectricityUse use = system.electricity.get(u);
            kWh[u] = use.kWhPerScaling() * scaling[use.column()];
            consumedKWh += kWh[u];
            location += kWh[u] * use.locationKgPerKWh();
            if (use.ownOperation() && ledger != null) {
                ownMWh.merge(use.market(), kWh[u] / 1000, Double::sum);
            }
        }
        List<CertificateAllocation> allocations = List.of();
        CertificateLedger after = null;
        double market = 0;
        Map<String, Double> uncoveredShare = new HashMap<>();
        if (ledger != null) {
            CertificateLedger.Claim claim = ledger.claimAll(system.setup.claim(), ownMWh);
            allocations = claim.allocations();
            after = claim.ledger();
            market += claim.coveredKgCo2e();
            for (Map.Entry<String, Double> e : ownMWh.entrySet()) {
                double open = claim.uncoveredMWh().getOrDefault(e.getKey(), e.getValue());
                uncoveredShare.put(e.getKey(), e.getValue() == 0 ? 0 : open / e.getValue());
            }
        }
        for (int u = 0; u < kWh.length; u++) {
            ElectricityUse use = system.electricity.get(u);
            double share = use.ownOperation() && ledger != null ? uncoveredShare.getOrDefault(use.market(), 1.0) : 1.0;
            market += kWh[u] * share * residualMix(use, warnings);
        }
        return new FootprintResult.ElectricityAccounting(consumedKWh / 1000, location, market, allocations, after);
    }

    /** Residual mix in kg CO2e per kWh; without one, the grid average is used and the result says so. */
    private double residualMix(ElectricityUse use, List<String> warnings) {
        // A residual mix belongs to its market: no fallback to a wider region.
        Optional<EmissionFactor> residual = system.setup.library().findExact(BuiltInFactors.RESIDUAL_MIX, use.market());
        if (residual.isPresent()) {
            EmissionFactor f = residual.get();
            return f.kgCo2ePerUnit(system.setup.gwpSet()) * Units.factor(Units.KWH, f.unit());
        }
        String warning = "no residual mix for market " + use.market()
                + "; market-based result uses the location-based grid factor for uncovered electricity";
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
        return use.locationKgPerKWh();
    }
}
