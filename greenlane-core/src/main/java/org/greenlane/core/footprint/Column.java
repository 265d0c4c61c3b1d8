package org.greenlane.core.footprint;

import org.greenlane.core.footprint.units.Unit;

/** One column of the technology matrix: a process providing one flow, with the share of burdens allocated to it. */
record Column(Process process, String flow, Unit unit, double allocationFactor) {
}
