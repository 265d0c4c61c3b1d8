package org.greenlane.core.customs.selectivity;

/**
 * An importer's trust status: an Authorised Economic Operator (WCO SAFE Framework, EU AEO) or a
 * green AEO (AEO with verified environmental compliance). It lowers the model score, it never
 * exempts from criteria or random selection.
 */
public enum TraderStatus {
    NONE, AEO, GREEN_AEO
}
