package org.greenlane.server.cbam;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

/**
 * What an operator configures for the CBAM capability (environment variables GREENLANE_CBAM_*, relaxed binding).
 *
 * @param crossSectoralCorrection published cross-sectoral correction factors by year; years without one are computed
 *                                with 1 (no correction) and say so (decision 038)
 * @param qreport                 the Registry's QReport schema and code-list values (decision 039)
 */
@ConfigurationProperties("greenlane.cbam")
record CbamProperties(@DefaultValue CrossSectoralCorrection crossSectoralCorrection, @DefaultValue QReport qreport) {

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

    record Codes(String declarantRole, String requestedProcedure, String importArea, String procedureIndicator,
                 String massUnit, String emissionsUnit, String actualDataDeterminationType,
                 String defaultValuesDeterminationType, String reportingMethodology, String indirectDeterminationType,
                 String electricitySource, String carbonPriceInstrumentType) {

        boolean complete() {
            for (String code : new String[]{declarantRole, requestedProcedure, importArea, procedureIndicator, massUnit,
                    emissionsUnit, actualDataDeterminationType, defaultValuesDeterminationType, reportingMethodology,
                    indirectDeterminationType, electricitySource, carbonPriceInstrumentType}) {
                if (code == null || code.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
