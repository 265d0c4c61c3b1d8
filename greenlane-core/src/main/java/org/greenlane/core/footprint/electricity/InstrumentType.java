package org.greenlane.core.footprint.electricity;

/** Contractual instruments the GHG Protocol Scope 2 Guidance accepts for market-based accounting. */
public enum InstrumentType {
    /** A direct or virtual power purchase agreement with a generator. */
    POWER_PURCHASE_AGREEMENT,
    /** An energy attribute certificate, e.g. a China GEC, an I-REC or a European guarantee of origin. */
    GREEN_ELECTRICITY_CERTIFICATE
}
