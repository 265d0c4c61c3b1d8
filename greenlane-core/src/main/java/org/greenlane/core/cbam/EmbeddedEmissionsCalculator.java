package org.greenlane.core.cbam;

import org.greenlane.core.cbam.internal.Decimals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Specific embedded emissions of goods from the production processes of installations, recursively down the
 * precursor chain (Regulation (EU) 2023/956 Annex IV; Implementing Regulation (EU) 2025/2547):
 * <pre>
 * simple goods:  SEE = AttrEm / AL
 * complex goods: SEE = (AttrEm + EE_InpMat) / AL,  EE_InpMat = Σ M_i · SEE_i
 * </pre>
 * evaluated separately for direct and indirect emissions. Precursors from the Union or Annex III countries count
 * zero. A cycle in the precursor chain is an error naming the processes and goods.
 */
public final class EmbeddedEmissionsCalculator {

    static final String UNIT = "t CO2e/t";
    private static final LegalBasis SIMPLE = LegalBasis.cbam("Annex IV point 2 (simple goods)");
    private static final LegalBasis COMPLEX = LegalBasis.cbam("Annex IV point 3 (complex goods)");

    private final GoodsScope scope;
    private final DefaultValueTable precursorDefaults;

    /**
     * @param precursorDefaults default values used, visibly, for purchased precursors without producer data; null to
     *                          refuse such precursors
     */
    public EmbeddedEmissionsCalculator(GoodsScope scope, DefaultValueTable precursorDefaults) {
        this.scope = Objects.requireNonNull(scope, "goods scope");
        this.precursorDefaults = precursorDefaults;
    }

    public EmbeddedEmissions compute(List<ProductionProcess> processes, String processId) {
        Map<String, ProductionProcess> byId = new HashMap<>();
        for (ProductionProcess p : processes) {
            if (byId.put(p.id(), p) != null) {
                throw new CbamInputException("process id " + p.id() + " is used twice");
            }
        }
        return compute(byId, processId, new LinkedHashSet<>(), new HashMap<>());
    }

    private EmbeddedEmissions compute(Map<String, ProductionProcess> processes, String id, Set<String> path,
                                      Map<String, EmbeddedEmissions> done) {
        EmbeddedEmissions known = done.get(id);
        if (known != null) {
            return known;
        }
        ProductionProcess process = processes.get(id);
        if (process == null) {
            throw new CbamInputException("process " + id + " is referenced as a precursor source but is not in the model");
        }
        if (!path.add(id)) {
            List<String> cycle = new ArrayList<>();
            boolean inCycle = false;
            for (String p : path) {
                inCycle |= p.equals(id);
                if (inCycle) {
                    cycle.add(p + " (CN " + processes.get(p).good() + ")");
                }
            }
            cycle.add(id + " (CN " + process.good() + ")");
            throw new CbamInputException("cycle in the precursor chain: " + String.join(" → ", cycle));
        }
        scope.require(process.good());
        List<Notice> notices = new ArrayList<>(process.attributed().notices());
        List<EmbeddedEmissions.PrecursorContribution> contributions = new ArrayList<>();
        List<Figure> directTerms = new ArrayList<>(List.of(process.attributed().direct()));
        List<Figure> indirectTerms = new ArrayList<>(List.of(process.attributed().indirect()));
        BigDecimal eeDirect = BigDecimal.ZERO;
        BigDecimal eeIndirect = BigDecimal.ZERO;
        StringBuilder directSum = new StringBuilder();
        StringBuilder indirectSum = new StringBuilder();
        for (PrecursorUse use : process.precursors()) {
            EmbeddedEmissions.PrecursorContribution c = precursor(processes, process, use, path, done, notices);
            contributions.add(c);
            c.nested().ifPresent(n -> notices.addAll(n.notices()));
            eeDirect = eeDirect.add(use.mass().multiply(c.seeDirect().value()));
            eeIndirect = eeIndirect.add(use.mass().multiply(c.seeIndirect().value()));
            append(directSum, use, c.seeDirect());
            append(indirectSum, use, c.seeIndirect());
            directTerms.add(c.massPerTonneOfGood().inputs().get(0));
            directTerms.add(c.seeDirect());
            indirectTerms.add(c.seeIndirect());
        }
        path.remove(id);
        boolean complex = !process.precursors().isEmpty();
        Figure direct = see("direct", process, process.attributed().direct(), eeDirect, directSum, complex, directTerms);
        Figure indirect = see("indirect", process, process.attributed().indirect(), eeIndirect, indirectSum, complex, indirectTerms);
        Figure activityLevel = Figure.given("AL, process " + id, process.activityLevel(), "t", SIMPLE, DataSource.userInput("process " + id));
        EmbeddedEmissions result = new EmbeddedEmissions(process.good(), id, process.productionRoute(), Optional.of(activityLevel),
                direct, indirect, contributions,
                Optional.of(process.attributed()), notices);
        done.put(id, result);
        return result;
    }

    private static void append(StringBuilder sum, PrecursorUse use, Figure see) {
        if (sum.length() > 0) {
            sum.append(" + ");
        }
        sum.append(Decimals.plain(use.mass())).append(" × ").append(see.plain());
    }

    private static Figure see(String kind, ProductionProcess p, Figure attributed, BigDecimal inputs, StringBuilder sum,
                              boolean complex, List<Figure> terms) {
        BigDecimal al = p.activityLevel();
        String suffix = kind.equals("direct") ? "dir" : "indir";
        String label = "SEE_" + suffix + " CN " + p.good() + " (process " + p.id() + ")";
        if (!complex) {
            return Figure.derived(label, Decimals.divide(attributed.value(), al), UNIT,
                    "AttrEm_" + suffix + " " + attributed.plain() + " / AL " + Decimals.plain(al), SIMPLE, terms);
        }
        return Figure.derived(label, Decimals.divide(attributed.value().add(inputs), al), UNIT,
                "(AttrEm_" + suffix + " " + attributed.plain() + " + EE_InpMat (" + sum + " = " + Decimals.plain(inputs) + ")) / AL "
                        + Decimals.plain(al), COMPLEX, terms);
    }

    private EmbeddedEmissions.PrecursorContribution precursor(Map<String, ProductionProcess> processes, ProductionProcess process,
                                                              PrecursorUse use, Set<String> path, Map<String, EmbeddedEmissions> done,
                                                              List<Notice> notices) {
        String where = "process " + process.id() + ", precursor " + use.name() + " (CN " + use.cn() + ")";
        if (!scope.lookup(use.cn().digits()).inScope()) {
            throw new CbamInputException(where + ": not a CBAM good, so not a precursor whose emissions count ("
                    + scope.lookup(use.cn().digits()).explanation() + ")");
        }
        Figure massUsed = Figure.given("M_i " + use.name(), use.mass(), "t", COMPLEX, DataSource.userInput("process " + process.id()));
        Figure mass = Figure.derived("M_i/AL " + use.name(), Decimals.divide(use.mass(), process.activityLevel()), "t/t",
                massUsed.plain() + " / " + Decimals.plain(process.activityLevel()), COMPLEX, List.of(massUsed));
        PrecursorSource source = use.source();
        if (source instanceof PrecursorSource.OwnProcess own) {
            EmbeddedEmissions nested = compute(processes, own.processId(), path, done);
            if (!nested.good().equals(use.cn())) {
                throw new CbamInputException(where + ": process " + own.processId() + " makes CN " + nested.good() + ", not CN " + use.cn());
            }
            return new EmbeddedEmissions.PrecursorContribution(use.name(), use.cn(), "own process " + own.processId(),
                    nested.productionRoute(), mass,
                    nested.direct(), nested.indirect(), EmbeddedEmissions.PrecursorContribution.Kind.OWN_PROCESS, Optional.of(nested));
        }
        if (source instanceof PrecursorSource.SupplierData supplier) {
            if (Origin.isExempt(supplier.countryOfOrigin())) {
                return exempt(use, supplier.countryOfOrigin(), mass);
            }
            return new EmbeddedEmissions.PrecursorContribution(use.name(), use.cn(), supplier.countryOfOrigin(),
                    supplier.productionRoute(), mass,
                    supplier.seeDirect(), supplier.seeIndirect(), EmbeddedEmissions.PrecursorContribution.Kind.SUPPLIER_DATA, Optional.empty());
        }
        PrecursorSource.Purchased purchased = (PrecursorSource.Purchased) source;
        if (Origin.isExempt(purchased.countryOfOrigin())) {
            return exempt(use, purchased.countryOfOrigin(), mass);
        }
        if (precursorDefaults == null) {
            throw new CbamInputException(where + ": no emissions data from the producer in " + purchased.countryOfOrigin()
                    + " and no default-value fallback allowed; supply the supplier's SEE or allow default values");
        }
        DefaultValueSelection selection = precursorDefaults.select(purchased.countryOfOrigin(), use.cn(), purchased.variant());
        notices.addAll(selection.notices());
        notices.add(new Notice(new LegalBasis(LegalBasis.DEFAULT_VALUES, "default values for precursors"), where
                + ": no emissions data from the producer; default value " + selection.row().describe()
                + " used without mark-up (direct " + selection.direct().plain() + ", indirect " + selection.indirect().plain() + ")"));
        return new EmbeddedEmissions.PrecursorContribution(use.name(), use.cn(), purchased.countryOfOrigin(),
                selection.row().productionRoute(), mass,
                selection.direct(), selection.indirect(), EmbeddedEmissions.PrecursorContribution.Kind.DEFAULT_VALUE_FALLBACK, Optional.empty());
    }

    private static EmbeddedEmissions.PrecursorContribution exempt(PrecursorUse use, String country, Figure mass) {
        LegalBasis basis = Origin.exemptionBasis(country);
        Figure zero = Figure.given("SEE of " + use.name() + " from " + country + " (not subject to CBAM)", BigDecimal.ZERO, UNIT, basis,
                new DataSource("country of origin", country));
        return new EmbeddedEmissions.PrecursorContribution(use.name(), use.cn(), country, "", mass, zero, zero,
                EmbeddedEmissions.PrecursorContribution.Kind.EXEMPT_ORIGIN, Optional.empty());
    }
}
