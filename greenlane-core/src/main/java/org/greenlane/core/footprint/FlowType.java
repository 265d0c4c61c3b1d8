package org.greenlane.core.footprint;

/**
 * Technosphere flows. A product is provided by the process that outputs it; a waste is provided (treated) by the
 * process that takes it as input, so a producer's waste output is a demand for treatment.
 */
public enum FlowType {
    PRODUCT, WASTE
}
