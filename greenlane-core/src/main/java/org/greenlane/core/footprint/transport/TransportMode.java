package org.greenlane.core.footprint.transport;

/** Freight transport modes. */
public enum TransportMode {
    ROAD, RAIL, SEA, AIR, INLAND_WATERWAY
}
