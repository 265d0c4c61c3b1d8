package org.greenlane.core.footprint.factors;

/**
 * The greenhouse gases a product footprint accounts for (ISO 14067, GHG Protocol Product Standard), with fossil
 * and biogenic carbon kept apart so they can be reported separately.
 */
public enum GreenhouseGas {
    CO2_FOSSIL("CO2, fossil"),
    CO2_BIOGENIC("CO2, biogenic emission"),
    CO2_UPTAKE("CO2, biogenic uptake (removal)"),
    CH4_FOSSIL("CH4, fossil"),
    CH4_BIOGENIC("CH4, biogenic"),
    N2O("N2O"),
    HFC_23("HFC-23"),
    HFC_32("HFC-32"),
    HFC_125("HFC-125"),
    HFC_134A("HFC-134a"),
    HFC_143A("HFC-143a"),
    HFC_152A("HFC-152a"),
    HFC_227EA("HFC-227ea"),
    HFC_236FA("HFC-236fa"),
    HFC_245FA("HFC-245fa"),
    HFC_365MFC("HFC-365mfc"),
    HFC_43_10MEE("HFC-43-10mee"),
    PFC_14("PFC-14 (CF4)"),
    PFC_116("PFC-116 (C2F6)"),
    PFC_218("PFC-218 (C3F8)"),
    SF6("SF6"),
    NF3("NF3"),
    /** Emissions already expressed as CO2 equivalents by an emission factor that gives no split by gas. */
    CO2E("CO2e, pre-characterised");

    private final String label;

    GreenhouseGas(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Biogenic carbon is reported apart from fossil emissions (ISO 14067 clause 7.2). */
    public boolean isBiogenic() {
        return this == CO2_BIOGENIC || this == CO2_UPTAKE || this == CH4_BIOGENIC;
    }
}
