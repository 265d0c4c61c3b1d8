package org.greenlane.core.footprint.factors;

import java.util.EnumMap;
import java.util.Map;

/**
 * 100-year global warming potentials, kg CO2e per kg of gas. Every value is copied from the table cited in
 * {@link #citation()}; biogenic CO2 counts +1 on emission and -1 on uptake (the -1/+1 approach of ISO 14067,
 * decision 012).
 */
public enum GwpSet {
    /**
     * IPCC AR6 WG1 (2021), Chapter 7, Table 7.15 (CO2, CH4 fossil 29.8, CH4 non-fossil 27.0, N2O 273) and
     * Table 7.SM.7 (halogenated gases).
     */
    AR6("IPCC AR6 WG1 (2021) Ch.7 Table 7.15 and Table 7.SM.7, GWP100", Map.ofEntries(
            Map.entry(GreenhouseGas.CO2_FOSSIL, 1.0),
            Map.entry(GreenhouseGas.CH4_FOSSIL, 29.8),
            Map.entry(GreenhouseGas.CH4_BIOGENIC, 27.0),
            Map.entry(GreenhouseGas.N2O, 273.0),
            Map.entry(GreenhouseGas.HFC_23, 14_600.0),
            Map.entry(GreenhouseGas.HFC_32, 771.0),
            Map.entry(GreenhouseGas.HFC_125, 3_740.0),
            Map.entry(GreenhouseGas.HFC_134A, 1_530.0),
            Map.entry(GreenhouseGas.HFC_143A, 5_810.0),
            Map.entry(GreenhouseGas.HFC_152A, 164.0),
            Map.entry(GreenhouseGas.HFC_227EA, 3_600.0),
            Map.entry(GreenhouseGas.HFC_236FA, 8_690.0),
            Map.entry(GreenhouseGas.HFC_245FA, 962.0),
            Map.entry(GreenhouseGas.HFC_365MFC, 914.0),
            Map.entry(GreenhouseGas.HFC_43_10MEE, 1_600.0),
            Map.entry(GreenhouseGas.PFC_14, 7_380.0),
            Map.entry(GreenhouseGas.PFC_116, 12_400.0),
            Map.entry(GreenhouseGas.PFC_218, 9_290.0),
            Map.entry(GreenhouseGas.SF6, 25_200.0),
            Map.entry(GreenhouseGas.NF3, 17_400.0))),
    /**
     * IPCC AR5 WG1 (2013), Chapter 8, Table 8.A.1, GWP100 without climate-carbon feedback; fossil CH4 30 is the
     * value AR5 Ch.8 gives for fossil methane including the CO2 from its oxidation (Table 8.A.1 note).
     */
    AR5("IPCC AR5 WG1 (2013) Ch.8 Table 8.A.1, GWP100", Map.ofEntries(
            Map.entry(GreenhouseGas.CO2_FOSSIL, 1.0),
            Map.entry(GreenhouseGas.CH4_FOSSIL, 30.0),
            Map.entry(GreenhouseGas.CH4_BIOGENIC, 28.0),
            Map.entry(GreenhouseGas.N2O, 265.0),
            Map.entry(GreenhouseGas.HFC_23, 12_400.0),
            Map.entry(GreenhouseGas.HFC_32, 677.0),
            Map.entry(GreenhouseGas.HFC_125, 3_170.0),
            Map.entry(GreenhouseGas.HFC_134A, 1_300.0),
            Map.entry(GreenhouseGas.HFC_143A, 4_800.0),
            Map.entry(GreenhouseGas.HFC_152A, 138.0),
            Map.entry(GreenhouseGas.HFC_227EA, 3_350.0),
            Map.entry(GreenhouseGas.HFC_236FA, 8_060.0),
            Map.entry(GreenhouseGas.HFC_245FA, 858.0),
            Map.entry(GreenhouseGas.HFC_365MFC, 804.0),
            Map.entry(GreenhouseGas.HFC_43_10MEE, 1_650.0),
            Map.entry(GreenhouseGas.PFC_14, 6_630.0),
            Map.entry(GreenhouseGas.PFC_116, 11_100.0),
            Map.entry(GreenhouseGas.PFC_218, 8_900.0),
            Map.entry(GreenhouseGas.SF6, 23_500.0),
            Map.entry(GreenhouseGas.NF3, 16_100.0)));

    private final String citation;
    private final Map<GreenhouseGas, Double> factors;

    GwpSet(String citation, Map<GreenhouseGas, Double> table) {
        this.citation = citation;
        EnumMap<GreenhouseGas, Double> all = new EnumMap<>(table);
        all.put(GreenhouseGas.CO2_BIOGENIC, 1.0);
        all.put(GreenhouseGas.CO2_UPTAKE, -1.0);
        all.put(GreenhouseGas.CO2E, 1.0);
        this.factors = all;
    }

    public String citation() {
        return citation;
    }

    /** kg CO2e per kg of the gas. */
    public double factor(GreenhouseGas gas) {
        Double f = factors.get(gas);
        if (f == null) {
            throw new IllegalArgumentException("no GWP100 for " + gas + " in " + name());
        }
        return f;
    }
}
