/**
 * Selectivity: {@link org.greenlane.core.customs.selectivity.CriteriaSet} (criteria as versioned text),
 * {@link org.greenlane.core.customs.selectivity.OfficeProfile} and
 * {@link org.greenlane.core.customs.selectivity.ScoreThresholds} (expected lane rates per office),
 * {@link org.greenlane.core.customs.selectivity.RandomSelection} (keyed, reproducible draws) and
 * {@link org.greenlane.core.customs.selectivity.SelectivityEngine}, which gives each declaration a
 * {@link org.greenlane.core.customs.selectivity.LaneDecision} with all its reasons.
 */
package org.greenlane.core.customs.selectivity;
