package org.greenlane.core.customs.selectivity;

/**
 * Selectivity lanes as in UNCTAD ASYCUDA, from the strictest: RED physical examination, YELLOW
 * documentary check, BLUE release with post-clearance audit, GREEN release.
 */
public enum Lane {
    GREEN, BLUE, YELLOW, RED;

    /** The stricter of two lanes. */
    public Lane atLeast(Lane other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Whether goods are held for a check before release. */
    public boolean controlled() {
        return this == RED || this == YELLOW;
    }
}
