package org.greenlane.server.footprint.results;

import org.greenlane.core.footprint.Exchange;
import org.greenlane.core.footprint.Process;
import org.greenlane.core.footprint.factors.BuiltInFactors;
import org.greenlane.core.footprint.quality.Uncertainty;
import org.greenlane.core.footprint.transport.TransportFuel;
import org.greenlane.core.footprint.transport.TransportLeg;
import org.greenlane.core.footprint.transport.TransportMode;
import org.greenlane.core.footprint.units.Quantity;
import org.greenlane.server.footprint.systems.Enums;
import org.greenlane.server.footprint.systems.Regions;
import org.greenlane.server.platform.api.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Applies a scenario's changes to the processes of a product system (the green-electricity share is kept aside). */
final class Scenarios {

    static final int MAX_SCENARIOS = 6;

    private Scenarios() {
    }

    /** The processes after the changes, how many exchanges they touched, and the green-electricity cover asked for. */
    record Applied(List<Process> processes, int changed, List<String> warnings, double greenShare,
                   double greenKgCo2ePerMWh) {
    }

    static Applied apply(List<Process> processes, ScenarioDto scenario, String field) {
        List<Process> current = processes;
        int changed = 0;
        List<String> warnings = new ArrayList<>();
        double greenShare = 0;
        double greenRate = 0;
        for (int i = 0; i < scenario.changes().size(); i++) {
            ScenarioDto.Change c = scenario.changes().get(i);
            String f = field + ".changes[" + i + "]";
            if (c == null) {
                throw new InvalidInput(f, "must not be null");
            }
            String type = c.type() == null ? "" : c.type().strip().toUpperCase(Locale.ROOT);
            Counter counter = new Counter();
            switch (type) {
                case "TRANSPORT_MODE_SHIFT" -> {
                    TransportMode from = Enums.of(TransportMode.class, text(c.fromMode(), f + ".fromMode"), f + ".fromMode");
                    TransportMode to = Enums.of(TransportMode.class, text(c.toMode(), f + ".toMode"), f + ".toMode");
                    TransportFuel fuel = c.toFuel() == null || c.toFuel().isBlank() ? defaultFuel(to)
                            : Enums.of(TransportFuel.class, c.toFuel(), f + ".toFuel");
                    String prefix = TransportLeg.activity(from, TransportFuel.CONVENTIONAL);
                    prefix = prefix.substring(0, prefix.lastIndexOf('.') + 1);
                    String target = TransportLeg.activity(to, fuel);
                    String finalPrefix = prefix;
                    current = map(current, e -> e instanceof Exchange.Background b && b.activity().startsWith(finalPrefix)
                            ? counter.count(new Exchange.Background(b.label(), target, b.region(), b.amount(),
                            b.uncertainty())) : e);
                }
                case "FUEL_SWITCH" -> {
                    String from = text(c.fromActivity(), f + ".fromActivity");
                    String to = text(c.toActivity(), f + ".toActivity");
                    current = map(current, e -> e instanceof Exchange.Background b && b.activity().equals(from)
                            ? counter.count(new Exchange.Background(b.label(), to, b.region(), b.amount(),
                            b.uncertainty())) : e);
                }
                case "ELECTRICITY_REGION" -> {
                    String region = text(c.region(), f + ".region");
                    if (!Regions.known(region)) {
                        throw new InvalidInput(f + ".region", "unknown region '" + region + "'");
                    }
                    String code = region.strip().toUpperCase(Locale.ROOT);
                    current = map(current, e -> e instanceof Exchange.Background b
                            && b.activity().equals(BuiltInFactors.GRID_ELECTRICITY)
                            ? counter.count(new Exchange.Background(b.label(), b.activity(), code, b.amount(),
                            b.uncertainty())) : e);
                }
                case "GREEN_ELECTRICITY" -> {
                    if (c.share() == null || !(c.share() > 0 && c.share() <= 1)) {
                        throw new InvalidInput(f + ".share", "must be a share above 0 and at most 1");
                    }
                    double rate = c.kgCo2ePerMWh() == null ? 0 : c.kgCo2ePerMWh();
                    if (!Double.isFinite(rate) || rate < 0) {
                        throw new InvalidInput(f + ".kgCo2ePerMWh", "must not be negative");
                    }
                    greenShare = c.share();
                    greenRate = rate;
                    counter.n = 1;
                }
                case "SCALE" -> {
                    String target = text(c.target(), f + ".target");
                    if (c.factor() == null || !Double.isFinite(c.factor()) || c.factor() < 0) {
                        throw new InvalidInput(f + ".factor", "must be a non-negative number");
                    }
                    double factor = c.factor();
                    current = map(current, e -> matches(e, target) ? counter.count(scaled(e, factor)) : e);
                }
                default -> throw new InvalidInput(f + ".type", "must be TRANSPORT_MODE_SHIFT, FUEL_SWITCH, "
                        + "ELECTRICITY_REGION, GREEN_ELECTRICITY or SCALE");
            }
            if (counter.n == 0) {
                warnings.add("change " + (i + 1) + " (" + type + ") matched no exchange of the product system");
            }
            changed += counter.n;
        }
        return new Applied(current, changed, warnings, greenShare, greenRate);
    }

    private static TransportFuel defaultFuel(TransportMode mode) {
        return switch (mode) {
            case ROAD -> TransportFuel.DIESEL;
            case RAIL -> TransportFuel.AVERAGE_MIX;
            default -> TransportFuel.CONVENTIONAL;
        };
    }

    private static boolean matches(Exchange e, String target) {
        if (e instanceof Exchange.Background b) {
            return b.activity().equals(target);
        }
        if (e instanceof Exchange.Technosphere t) {
            return t.flow().equals(target) && !t.output();
        }
        return e instanceof Exchange.Emission em && em.flow().equals(target);
    }

    private static Exchange scaled(Exchange e, double factor) {
        Quantity q = new Quantity(e.amount().value() * factor, e.amount().unit());
        Uncertainty u = e.uncertainty();
        if (e instanceof Exchange.Background b) {
            return new Exchange.Background(b.label(), b.activity(), b.region(), q, u == null ? null : scaled(u, factor));
        }
        if (e instanceof Exchange.Technosphere t) {
            return new Exchange.Technosphere(t.label(), t.flow(), t.type(), t.output(), q, t.provider(),
                    t.economicValue(), u == null ? null : scaled(u, factor));
        }
        Exchange.Emission em = (Exchange.Emission) e;
        return new Exchange.Emission(em.label(), em.flow(), em.gas(), q, u == null ? null : scaled(u, factor));
    }

    /** The same distribution for the scaled amount; a zero factor removes the uncertainty with the amount. */
    private static Uncertainty scaled(Uncertainty u, double factor) {
        if (factor == 0) {
            return null;
        }
        if (u instanceof Uncertainty.Normal n) {
            return new Uncertainty.Normal(n.mean() * factor, n.standardDeviation() * factor);
        }
        if (u instanceof Uncertainty.LogNormal l) {
            return new Uncertainty.LogNormal(l.geometricMean() * factor, l.geometricStandardDeviation());
        }
        if (u instanceof Uncertainty.Triangular t) {
            return new Uncertainty.Triangular(t.min() * factor, t.mode() * factor, t.max() * factor);
        }
        Uncertainty.Uniform un = (Uncertainty.Uniform) u;
        return new Uncertainty.Uniform(un.min() * factor, un.max() * factor);
    }

    private static List<Process> map(List<Process> processes, java.util.function.UnaryOperator<Exchange> change) {
        List<Process> out = new ArrayList<>();
        for (Process p : processes) {
            List<Exchange> exchanges = new ArrayList<>();
            for (Exchange e : p.exchanges()) {
                exchanges.add(change.apply(e));
            }
            out.add(new Process(p.id(), p.name(), p.stage(), p.site(), p.supplier(), p.primaryData(), p.quality(),
                    p.allocation(), exchanges));
        }
        return out;
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "is required");
        }
        return value.strip();
    }

    private static final class Counter {
        int n;

        Exchange count(Exchange e) {
            n++;
            return e;
        }
    }
}
