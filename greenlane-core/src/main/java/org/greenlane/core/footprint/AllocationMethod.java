package org.greenlane.core.footprint;

/**
 * How a multi-output process shares its burdens among its co-products (ISO 14044 4.3.4.2 hierarchy: avoid
 * allocation by system expansion where possible, else physical, else economic).
 */
public enum AllocationMethod {
    /** By mass of each co-product output. */
    PHYSICAL,
    /** By amount times economic value of each co-product output. */
    ECONOMIC,
    /** No allocation: the first provided flow carries all burdens; the other co-products displace another provider. */
    SYSTEM_EXPANSION
}
