package org.greenlane.core.cbam;

import org.greenlane.core.cbam.internal.Decimals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What crosses the boundary of a production process in the reporting period, from which its attributed emissions
 * follow (Implementing Regulation (EU) 2025/2547, attribution of emissions to production processes):
 * <pre>
 * AttrEm_dir   = DirEm + Em_H,imp − Em_H,exp + WG_corr,imp − WG_corr,exp − Em_el,exp
 * AttrEm_indir = Σ E_el,cons · EF_el
 * </pre>
 * with DirEm from the source streams, measurable heat Em_H = Q · EF_H, waste gases WG_corr = Q_WG · EF_NG · Corr_η,
 * and electricity exported Em_el = E_el · EF_el.
 */
public final class ProcessBoundary {

    private static final LegalBasis ATTRIBUTION = new LegalBasis(LegalBasis.METHODOLOGY, "Annex, attribution of emissions to production processes");

    /** Measurable heat crossing the boundary: quantity in TJ and emission factor of its production in t CO2/TJ. */
    public record Heat(String name, BigDecimal terajoules, BigDecimal emissionFactor) {
        public Heat {
            requireNotNegative("heat flow '" + name + "'", "quantity (TJ)", terajoules);
            requireNotNegative("heat flow '" + name + "'", "emission factor (t CO2/TJ)", emissionFactor);
        }

        Figure emissions() {
            return Figure.derived("heat " + name, terajoules.multiply(emissionFactor), "t CO2e",
                    "Q " + Decimals.plain(terajoules) + " TJ × EF_H " + Decimals.plain(emissionFactor), ATTRIBUTION, List.of());
        }
    }

    /** Waste gas crossing the boundary: energy content in TJ, natural-gas emission factor and efficiency correction. */
    public record WasteGas(String name, BigDecimal terajoules, BigDecimal naturalGasEmissionFactor, BigDecimal efficiencyCorrection) {
        public WasteGas {
            requireNotNegative("waste gas '" + name + "'", "energy content (TJ)", terajoules);
            requireNotNegative("waste gas '" + name + "'", "natural gas emission factor (t CO2/TJ)", naturalGasEmissionFactor);
            requireNotNegative("waste gas '" + name + "'", "efficiency correction", efficiencyCorrection);
        }

        Figure emissions() {
            return Figure.derived("waste gas " + name, terajoules.multiply(naturalGasEmissionFactor).multiply(efficiencyCorrection), "t CO2e",
                    "Q " + Decimals.plain(terajoules) + " TJ × EF_NG " + Decimals.plain(naturalGasEmissionFactor) + " × Corr_η "
                            + Decimals.plain(efficiencyCorrection), ATTRIBUTION, List.of());
        }
    }

    /** Electricity crossing the boundary, in MWh. */
    public record Electricity(String name, BigDecimal megawattHours, ElectricityFactor factor) {
        public Electricity {
            requireNotNegative("electricity '" + name + "'", "quantity (MWh)", megawattHours);
            Objects.requireNonNull(factor, "emission factor of electricity '" + name + "'");
        }

        Figure emissions() {
            return Figure.derived("electricity " + name, megawattHours.multiply(factor.factor().value()), "t CO2e",
                    "E " + Decimals.plain(megawattHours) + " MWh × EF " + factor.factor().plain(), factor.kind().basis(),
                    List.of(factor.factor()));
        }
    }

    private final String processId;
    private final List<SourceStream> sourceStreams = new ArrayList<>();
    private final List<Heat> heatImported = new ArrayList<>();
    private final List<Heat> heatExported = new ArrayList<>();
    private final List<WasteGas> wasteGasImported = new ArrayList<>();
    private final List<WasteGas> wasteGasExported = new ArrayList<>();
    private final List<Electricity> electricityExported = new ArrayList<>();
    private final List<Electricity> electricityConsumed = new ArrayList<>();

    public ProcessBoundary(String processId) {
        if (processId == null || processId.isBlank()) {
            throw new CbamInputException("a production process needs an id");
        }
        this.processId = processId;
    }

    public ProcessBoundary sourceStream(SourceStream stream) {
        sourceStreams.add(Objects.requireNonNull(stream, "source stream"));
        return this;
    }

    public ProcessBoundary heatImported(Heat heat) {
        heatImported.add(Objects.requireNonNull(heat, "heat"));
        return this;
    }

    public ProcessBoundary heatExported(Heat heat) {
        heatExported.add(Objects.requireNonNull(heat, "heat"));
        return this;
    }

    public ProcessBoundary wasteGasImported(WasteGas gas) {
        wasteGasImported.add(Objects.requireNonNull(gas, "waste gas"));
        return this;
    }

    public ProcessBoundary wasteGasExported(WasteGas gas) {
        wasteGasExported.add(Objects.requireNonNull(gas, "waste gas"));
        return this;
    }

    public ProcessBoundary electricityExported(Electricity electricity) {
        electricityExported.add(Objects.requireNonNull(electricity, "electricity"));
        return this;
    }

    public ProcessBoundary electricityConsumed(Electricity electricity) {
        electricityConsumed.add(Objects.requireNonNull(electricity, "electricity"));
        return this;
    }

    /**
     * Attributes the emissions. A mass balance with more carbon out than in is refused (a data error); direct
     * attributed emissions below zero after heat, waste-gas and electricity exports are set to zero with a notice
     * (decision 035): a process cannot hand out credits through its exports.
     */
    public AttributedEmissions attribute() {
        List<Figure> terms = new ArrayList<>();
        StringBuilder formula = new StringBuilder();
        BigDecimal direct = BigDecimal.ZERO;
        BigDecimal massBalance = BigDecimal.ZERO;
        boolean hasMassBalance = false;
        for (SourceStream s : sourceStreams) {
            Figure f = s.emissions();
            if (s instanceof SourceStream.MassBalance) {
                massBalance = massBalance.add(f.value());
                hasMassBalance = true;
            }
            direct = add(direct, f, +1, terms, formula);
        }
        if (hasMassBalance && massBalance.signum() < 0) {
            throw new CbamInputException("process " + processId + ": the mass balance gives " + Decimals.plain(massBalance)
                    + " t CO2 (more carbon leaves than enters); check the activity data and carbon contents of its source streams");
        }
        for (Heat h : heatImported) {
            direct = add(direct, h.emissions(), +1, terms, formula);
        }
        for (Heat h : heatExported) {
            direct = add(direct, h.emissions(), -1, terms, formula);
        }
        for (WasteGas w : wasteGasImported) {
            direct = add(direct, w.emissions(), +1, terms, formula);
        }
        for (WasteGas w : wasteGasExported) {
            direct = add(direct, w.emissions(), -1, terms, formula);
        }
        for (Electricity e : electricityExported) {
            direct = add(direct, e.emissions(), -1, terms, formula);
        }
        List<Notice> notices = new ArrayList<>();
        String directFormula = formula.length() == 0 ? "no source streams" : formula.toString();
        if (direct.signum() < 0) {
            notices.add(new Notice(LegalBasis.decision("035", "negative values"), "process " + processId
                    + ": direct attributed emissions computed as " + Decimals.plain(direct)
                    + " t CO2e (exports exceed emissions); set to 0"));
            directFormula = "max(0, " + directFormula + ")";
            direct = BigDecimal.ZERO;
        }
        Figure directFigure = Figure.derived("AttrEm_dir, process " + processId, direct, "t CO2e", directFormula, ATTRIBUTION, terms);

        List<Figure> indirectTerms = new ArrayList<>();
        StringBuilder indirectFormula = new StringBuilder();
        BigDecimal indirect = BigDecimal.ZERO;
        List<AttributedEmissions.ElectricityUse> uses = new ArrayList<>();
        for (Electricity e : electricityConsumed) {
            indirect = add(indirect, e.emissions(), +1, indirectTerms, indirectFormula);
            uses.add(new AttributedEmissions.ElectricityUse(Figure.given("electricity consumed, " + e.name(), e.megawattHours(), "MWh",
                    ATTRIBUTION, DataSource.userInput("installation monitoring")), e.factor()));
        }
        Figure indirectFigure = Figure.derived("AttrEm_indir, process " + processId, indirect, "t CO2e",
                indirectFormula.length() == 0 ? "no electricity consumed" : indirectFormula.toString(), ATTRIBUTION, indirectTerms);
        return new AttributedEmissions(directFigure, indirectFigure, uses, notices);
    }

    private static BigDecimal add(BigDecimal sum, Figure term, int sign, List<Figure> terms, StringBuilder formula) {
        terms.add(term);
        BigDecimal v = sign < 0 ? term.value().negate() : term.value();
        if (formula.length() > 0) {
            formula.append(v.signum() < 0 ? " − " : " + ");
        } else if (v.signum() < 0) {
            formula.append("−");
        }
        formula.append(term.label()).append(' ').append(Decimals.plain(v.abs()));
        return sum.add(v);
    }

    private static void requireNotNegative(String what, String field, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw new CbamInputException(what + ": " + field + " must be zero or more, was " + value);
        }
    }
}
