package org.greenlane.core.footprint.transport;

import org.greenlane.core.footprint.factors.FactorLibrary;
import org.greenlane.core.footprint.factors.FactorMatch;
import org.greenlane.core.footprint.factors.GwpSet;
import org.greenlane.core.footprint.units.Units;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Emissions of shipments as tonne-km times mode intensity, and comparisons of a baseline with mode-shift or
 * fuel-switch alternatives. Intensities come from the factor library (activity "transport.MODE.FUEL" in t*km);
 * a missing one is an error naming the leg, mode and fuel.
 */
public final class TransportScenarios {

    private final FactorLibrary library;
    private final GwpSet gwpSet;
    private final String region;

    public TransportScenarios(FactorLibrary library, GwpSet gwpSet, String region) {
        this.library = Objects.requireNonNull(library, "library");
        this.gwpSet = Objects.requireNonNull(gwpSet, "gwpSet");
        this.region = Objects.requireNonNull(region, "region");
    }

    public ScenarioResult evaluate(String scenario, List<TransportLeg> legs) {
        List<LegResult> results = new ArrayList<>();
        double total = 0;
        for (TransportLeg leg : legs) {
            FactorMatch match;
            try {
                match = library.find(leg.activity(), region);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("scenario " + scenario + ", leg " + leg.name() + " ("
                        + leg.mode() + ", " + leg.fuel() + "): " + e.getMessage(), e);
            }
            double perTkm = match.factor().kgCo2ePerUnit(gwpSet) / Units.factor(match.factor().unit(), Units.TKM);
            double tkm = leg.tonneKilometres();
            double kg = tkm * perTkm;
            total += kg;
            results.add(new LegResult(leg, tkm, perTkm, kg, match));
        }
        return new ScenarioResult(scenario, results, total);
    }

    /** The baseline and each alternative with its change against the baseline. */
    public List<Comparison> compare(ScenarioResult baseline, List<ScenarioResult> alternatives) {
        List<Comparison> out = new ArrayList<>();
        for (ScenarioResult alt : alternatives) {
            double delta = alt.kgCo2e() - baseline.kgCo2e();
            double share = baseline.kgCo2e() == 0 ? 0 : delta / baseline.kgCo2e();
            out.add(new Comparison(alt, delta, share));
        }
        return out;
    }

    /** Every leg of one mode moved to another mode and fuel (e.g. road to rail). */
    public static List<TransportLeg> shift(List<TransportLeg> legs, TransportMode from, TransportMode to,
                                           TransportFuel fuel) {
        List<TransportLeg> out = new ArrayList<>();
        for (TransportLeg leg : legs) {
            out.add(leg.mode() == from ? leg.with(to, fuel) : leg);
        }
        return out;
    }

    /** Every leg of one mode switched to another fuel (e.g. sea to green methanol). */
    public static List<TransportLeg> switchFuel(List<TransportLeg> legs, TransportMode mode, TransportFuel fuel) {
        return shift(legs, mode, mode, fuel);
    }

    public record LegResult(TransportLeg leg, double tonneKilometres, double kgCo2ePerTkm, double kgCo2e,
                            FactorMatch factor) {
    }

    public record ScenarioResult(String name, List<LegResult> legs, double kgCo2e) {
        public ScenarioResult {
            legs = List.copyOf(legs);
        }
    }

    /** An alternative against the baseline: change in kg CO2e and as a share of the baseline. */
    public record Comparison(ScenarioResult alternative, double deltaKgCo2e, double deltaShare) {
    }
}
