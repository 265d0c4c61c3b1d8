package org.greenlane.core.cbam.mechanism;

/** Sectors across carbon border mechanisms; each mechanism lists the ones it covers. */
public enum CoveredSector {
    ALUMINIUM, CEMENT, CERAMICS, ELECTRICITY, FERTILISERS, GLASS, HYDROGEN, IRON_AND_STEEL,
    FOSSIL_FUELS, REFINED_PETROLEUM, PETROCHEMICALS, ADIPIC_ACID, PULP_AND_PAPER, ETHANOL, OTHER
}
