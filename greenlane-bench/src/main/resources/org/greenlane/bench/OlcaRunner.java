package org.greenlane.bench;

import org.openlca.core.matrix.Demand;
import org.openlca.core.matrix.MatrixData;
import org.openlca.core.matrix.format.MatrixBuilder;
import org.openlca.core.matrix.index.EnviFlow;
import org.openlca.core.matrix.index.EnviIndex;
import org.openlca.core.matrix.index.ImpactIndex;
import org.openlca.core.matrix.index.TechFlow;
import org.openlca.core.matrix.index.TechIndex;
import org.openlca.core.matrix.solvers.MatrixSolver;
import org.openlca.core.model.FlowType;
import org.openlca.core.model.descriptors.FlowDescriptor;
import org.openlca.core.model.descriptors.ImpactDescriptor;
import org.openlca.core.model.descriptors.ProcessDescriptor;
import org.openlca.core.results.LcaResult;
import org.openlca.core.results.providers.ResultProviders;
import org.openlca.core.results.providers.SolverContext;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Times openLCA's calculation core (olca-core) on a generated system, in its own JVM: indices, matrices, the
 * solver olca-core picks, the total GWP and the direct contribution of every process (LcaResult). Prints one line:
 * {@code OLCA solver=<class> seconds=<median> total=<kg CO2e> build=<s> solve=<s> results=<s>} (the parts are
 * those of the median run). olca-core 2.4.0 is Java 21 bytecode and Greenlane targets Java 17, so this file is not
 * compiled by the build: the benchmark runs it in source-file mode (JEP 330) on a Java 21+ runtime (decision 073).
 */
public final class OlcaRunner {

    private OlcaRunner() {
    }

    public static void main(String[] args) throws Exception {
        MatrixFiles.Read m = MatrixFiles.readBinary(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double[][] runs = new double[rounds][];
        for (int round = 0; round < rounds; round++) {
            runs[round] = calculate(m);
        }
        // The first rounds warm the JIT up, as a long-running openLCA would be.
        double[][] warm = Arrays.copyOfRange(runs, Math.min(2, rounds - 1), rounds);
        Arrays.sort(warm, java.util.Comparator.comparingDouble(r -> r[0]));
        double[] median = warm[warm.length / 2];
        System.out.println("OLCA solver=" + MatrixSolver.get().getClass().getSimpleName() + " seconds=" + median[0]
                + " total=" + median[1] + " build=" + median[2] + " solve=" + median[3] + " results=" + median[4]);
    }

    /** Seconds in all, the total, and seconds for building, solving and reading the results. */
    private static double[] calculate(MatrixFiles.Read m) {
        long t0 = System.nanoTime();
        TechIndex techIndex = new TechIndex();
        for (int j = 0; j < m.processes(); j++) {
            ProcessDescriptor process = new ProcessDescriptor();
            process.id = j + 1;
            process.name = "proc" + j;
            FlowDescriptor product = new FlowDescriptor();
            product.id = j + 1;
            product.name = "p" + j;
            product.flowType = FlowType.PRODUCT_FLOW;
            techIndex.add(TechFlow.of(process, product));
        }
        EnviIndex enviIndex = EnviIndex.create();
        for (int f = 0; f < m.flows(); f++) {
            FlowDescriptor flow = new FlowDescriptor();
            flow.id = 1_000_000L + f;
            flow.name = "flow-" + f;
            flow.flowType = FlowType.ELEMENTARY_FLOW;
            enviIndex.add(EnviFlow.outputOf(flow));
        }
        ImpactDescriptor gwp = new ImpactDescriptor();
        gwp.id = 1;
        gwp.name = "GWP100, AR6";
        ImpactIndex impactIndex = ImpactIndex.of(List.of(gwp));

        MatrixBuilder a = new MatrixBuilder();
        a.minSize(m.processes(), m.processes());
        for (int k = 0; k < m.aRow().length; k++) {
            a.add(m.aRow()[k], m.aCol()[k], m.aValue()[k]);
        }
        MatrixBuilder b = new MatrixBuilder();
        b.minSize(m.flows(), m.processes());
        for (int k = 0; k < m.bRow().length; k++) {
            b.add(m.bRow()[k], m.bCol()[k], m.bValue()[k]);
        }
        MatrixBuilder c = new MatrixBuilder();
        c.minSize(1, m.flows());
        for (int f = 0; f < m.flows(); f++) {
            if (m.characterisation()[f] != 0) {
                c.set(0, f, m.characterisation()[f]);
            }
        }
        MatrixData data = new MatrixData();
        data.techIndex = techIndex;
        data.enviIndex = enviIndex;
        data.impactIndex = impactIndex;
        data.techMatrix = a.finish();
        data.enviMatrix = b.finish();
        data.impactMatrix = c.finish();
        data.demand = Demand.of(techIndex.at(m.reference()), 1.0);

        long t1 = System.nanoTime();
        LcaResult result = new LcaResult(ResultProviders.solve(SolverContext.of(data)));
        long t2 = System.nanoTime();
        double total = result.getTotalImpactValueOf(gwp);
        double contributions = 0;
        for (var value : result.getDirectImpactValuesOf(gwp)) {
            contributions += value.value();
        }
        if (Math.abs(contributions - total) > 1e-6 * Math.max(1, Math.abs(total))) {
            throw new IllegalStateException("olca-core contributions " + contributions + " do not add up to " + total);
        }
        long t3 = System.nanoTime();
        return new double[]{(t3 - t0) / 1e9, total, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9};
    }
}
