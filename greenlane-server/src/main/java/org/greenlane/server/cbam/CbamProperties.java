package org.greenlane.server.cbam;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an operator configures for the CBAM capability (environment variables GREENLANE_CBAM_*, relaxed binding).
 *
 * @param crossSectoralCorrection published cross-sectoral correction factors by year; years without one are computed
 *                                with 1 (no correction) and say so (decision 038)
 * @param qreport                 the Registry's QReport schema and code-list values (decision 039)
 * @param ukCbam                  inputs of the UK CBAM scenario (decision 036, 066)
 * @param cleanCompetitionAct     inputs of the US Clean Competition Act proposal (decision 036, 066)
 */
@ConfigurationProperties("greenlane.cbam")
record CbamProperties(@DefaultValue CrossSectoralCorrection crossSectoralCorrection, @DefaultValue QReport qreport,
                      @DefaultValue UkCbam ukCbam, @DefaultValue CleanCompetitionAct cleanCompetitionAct) {

    record CrossSectoralCorrection(Map<Integer, BigDecimal> factors, @DefaultValue("") String source) {
        CrossSectoralCorrection {
            factors = factors == null ? Map.of() : Map.copyOf(factors);
        }
    }

    /**
     * @param xsd   QReport_ver23.00.xsd (with stypes.xsd beside it); without it no QReport is offered
     * @param codes values of the Registry's code lists; without them no QReport is offered
     */
    record QReport(Path xsd, @DefaultValue Codes codes) {
    }

    /**
     * @param rates           UK CBAM rate in GBP per t CO2e by quarter, keys like 2027-Q1 (or 2027Q1 from the environment)
     * @param indirectSectors sectors whose indirect emissions the scenario charges, e.g. cement, fertilisers
     * @param source          where the rates come from (HMRC publication or the user's assumption)
     */
    record UkCbam(Map<String, BigDecimal> rates, Set<String> indirectSectors, @DefaultValue("") String source) {
        UkCbam {
            rates = rates == null ? Map.of() : Map.copyOf(rates);
            indirectSectors = indirectSectors == null ? Set.of() : Set.copyOf(indirectSectors);
        }
    }

    /**
     * @param prices          charge in USD per t CO2e above the baseline, by year
     * @param baselines       US baseline carbon intensity (t CO2e/t) by sector (e.g. iron-and-steel) and year
     * @param includeIndirect whether electricity-related emissions count in the intensity (the bill's reading)
     * @param source          where baselines and prices come from (bill text or the user's assumption)
     */
    record CleanCompetitionAct(Map<Integer, BigDecimal> prices, Map<String, Map<Integer, BigDecimal>> baselines,
                               @DefaultValue("true") boolean includeIndirect, @DefaultValue("") String source) {
        CleanCompetitionAct {
            prices = prices == null ? Map.of() : Map.copyOf(prices);
            baselines = baselines == null ? Map.of() : Map.copyOf(baselines);
        }
    }

    record Codes(String declarantRole, String requestedProcedure, String importArea, String procedureIndicator,
                 String massUnit, String emissionsUnit, String actualDataDeterminationType,
                 String defaultValuesDeterminationType, String reportingMethodology, String indirectDeterminationType,
                 String electricitySource, String carbonPriceInstrumentType) {

        boolean complete() {
            return missing().isEmpty();
        }

        /** The environment variables of the code-list values not configured, in the order of docs/cbam-registry.md. */
        List<String> missing() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("DECLARANTROLE", declarantRole);
            values.put("REQUESTEDPROCEDURE", requestedProcedure);
            values.put("IMPORTAREA", importArea);
            values.put("PROCEDUREINDICATOR", procedureIndicator);
            values.put("MASSUNIT", massUnit);
            values.put("EMISSIONSUNIT", emissionsUnit);
            values.put("ACTUALDATADETERMINATIONTYPE", actualDataDeterminationType);
            values.put("DEFAULTVALUESDETERMINATIONTYPE", defaultValuesDeterminationType);
            values.put("REPORTINGMETHODOLOGY", reportingMethodology);
            values.put("INDIRECTDETERMINATIONTYPE", indirectDeterminationType);
            values.put("ELECTRICITYSOURCE", electricitySource);
            values.put("CARBONPRICEINSTRUMENTTYPE", carbonPriceInstrumentType);
            return values.entrySet().stream().filter(e -> e.getValue() == null || e.getValue().isBlank())
                    .map(e -> "GREENLANE_CBAM_QREPORT_CODES_" + e.getKey()).toList();
        }
    }
}
