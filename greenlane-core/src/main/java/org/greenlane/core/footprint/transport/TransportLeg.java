package org.greenlane.core.footprint.transport;

import org.greenlane.core.footprint.units.Dimension;
import org.greenlane.core.footprint.units.Quantity;
import org.greenlane.core.footprint.units.Units;

import java.util.Locale;
import java.util.Objects;

/** One leg of a shipment: mass moved over a distance by a mode on a fuel. */
public record TransportLeg(String name, TransportMode mode, TransportFuel fuel, Quantity mass, Quantity distance) {

    public TransportLeg {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(fuel, "fuel");
        Objects.requireNonNull(mass, "mass");
        Objects.requireNonNull(distance, "distance");
        if (mass.dimension() != Dimension.MASS) {
            throw new IllegalArgumentException("leg " + name + ": mass must be a mass, was " + mass);
        }
        if (distance.dimension() != Dimension.DISTANCE) {
            throw new IllegalArgumentException("leg " + name + ": distance must be a distance, was " + distance);
        }
        if (mass.value() < 0 || distance.value() < 0) {
            throw new IllegalArgumentException("leg " + name + ": mass and distance must not be negative");
        }
    }

    /** Tonne-kilometres: mass in t times distance in km. */
    public double tonneKilometres() {
        return mass.in(Units.TONNE) * distance.in(Units.KM);
    }

    /** The activity id of this mode and fuel in a factor library, e.g. "transport.road.diesel". */
    public String activity() {
        return activity(mode, fuel);
    }

    public static String activity(TransportMode mode, TransportFuel fuel) {
        return "transport." + mode.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + fuel.id();
    }

    /** The same leg moved to another mode or fuel, for scenarios. */
    public TransportLeg with(TransportMode newMode, TransportFuel newFuel) {
        return new TransportLeg(name, newMode, newFuel, mass, distance);
    }
}
