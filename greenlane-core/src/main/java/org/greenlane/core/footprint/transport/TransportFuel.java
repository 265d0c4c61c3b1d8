package org.greenlane.core.footprint.transport;

/**
 * Energy carriers of a freight leg. {@code CONVENTIONAL} and {@code AVERAGE_MIX} stand for the fleet-average
 * fossil fuel (or, for rail, the diesel and electric traction mix) behind a published mode intensity.
 */
public enum TransportFuel {
    CONVENTIONAL, AVERAGE_MIX, DIESEL, LNG, BIODIESEL, GREEN_METHANOL, GREEN_AMMONIA, ELECTRIC;

    String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
