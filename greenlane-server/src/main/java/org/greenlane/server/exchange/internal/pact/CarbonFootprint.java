package org.greenlane.server.exchange.internal.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.greenlane.server.exchange.internal.pact.PactDecimal.Sign.ANY;
import static org.greenlane.server.exchange.internal.pact.PactDecimal.Sign.NOT_NEGATIVE;
import static org.greenlane.server.exchange.internal.pact.PactDecimal.Sign.NOT_POSITIVE;
import static org.greenlane.server.exchange.internal.pact.PactDecimal.Sign.POSITIVE;

/**
 * PACT v3 CarbonFootprint: emissions in kg CO2e per declared unit ({@code declaredUnitAmount} times
 * {@code declaredUnitOfMeasurement}), its scope in time and geography, and how it was calculated.
 * Components follow the order of the v3 schema; {@code others} keeps properties of later revisions.
 */
public record CarbonFootprint(
        DeclaredUnitOfMeasurement declaredUnitOfMeasurement,
        PactDecimal declaredUnitAmount,
        PactDecimal productMassPerDeclaredUnit,
        PactTime referencePeriodStart,
        PactTime referencePeriodEnd,
        String geographyRegionOrSubregion,
        String geographyCountry,
        String geographyCountrySubdivision,
        String boundaryProcessesDescription,
        PactDecimal pcfExcludingBiogenicUptake,
        PactDecimal pcfIncludingBiogenicUptake,
        PactDecimal fossilCarbonContent,
        PactDecimal biogenicCarbonContent,
        PactDecimal recycledCarbonContent,
        PactDecimal fossilGhgEmissions,
        PactDecimal landUseChangeGhgEmissions,
        PactDecimal landCarbonLeakage,
        PactDecimal landManagementFossilGhgEmissions,
        PactDecimal landManagementBiogenicCO2Emissions,
        PactDecimal landManagementBiogenicCO2Removals,
        PactDecimal biogenicCO2Uptake,
        PactDecimal biogenicNonCO2Emissions,
        PactDecimal landAreaOccupation,
        PactDecimal aircraftGhgEmissions,
        Boolean packagingEmissionsIncluded,
        PactDecimal packagingGhgEmissions,
        PactDecimal packagingBiogenicCarbonContent,
        PactDecimal outboundLogisticsGhgEmissions,
        Boolean ccsTechnologicalCO2CaptureIncluded,
        PactDecimal ccsTechnologicalCO2Capture,
        String technologicalCO2CaptureOrigin,
        PactDecimal technologicalCO2Removals,
        PactDecimal ccuCarbonContent,
        String ccuCalculationApproach,
        String ccuCreditCertification,
        List<String> ipccCharacterizationFactors,
        List<String> crossSectoralStandards,
        List<ProductOrSectorSpecificRule> productOrSectorSpecificRules,
        PactDecimal exemptedEmissionsPercent,
        String exemptedEmissionsDescription,
        String allocationRulesDescription,
        List<EmissionFactorSource> secondaryEmissionFactorSources,
        PactDecimal primaryDataShare,
        DataQualityIndicators dqi,
        Verification verification,
        Map<String, JsonNode> others) {

    private static final Pattern IPCC_REPORT = Pattern.compile("^AR\\d+$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static CarbonFootprint read(PactFields f) {
        CarbonFootprint pcf = new CarbonFootprint(
                f.parsed("declaredUnitOfMeasurement", true, DeclaredUnitOfMeasurement::of),
                f.decimal("declaredUnitAmount", true, POSITIVE),
                f.decimal("productMassPerDeclaredUnit", true, NOT_NEGATIVE),
                f.time("referencePeriodStart", true),
                f.time("referencePeriodEnd", true),
                f.parsed("geographyRegionOrSubregion", false, Geography::region),
                f.matching("geographyCountry", false, Geography.COUNTRY, "an ISO 3166-1 alpha-2 country code such as DE"),
                f.matching("geographyCountrySubdivision", false, Geography.SUBDIVISION,
                        "an ISO 3166-2 subdivision code such as CN-ZJ"),
                f.string("boundaryProcessesDescription", false),
                f.decimal("pcfExcludingBiogenicUptake", true, ANY),
                f.decimal("pcfIncludingBiogenicUptake", true, ANY),
                f.decimal("fossilCarbonContent", true, NOT_NEGATIVE),
                f.decimal("biogenicCarbonContent", false, NOT_NEGATIVE),
                f.decimal("recycledCarbonContent", false, NOT_NEGATIVE),
                f.decimal("fossilGhgEmissions", true, NOT_NEGATIVE),
                f.decimal("landUseChangeGhgEmissions", false, NOT_NEGATIVE),
                f.decimal("landCarbonLeakage", false, NOT_NEGATIVE),
                f.decimal("landManagementFossilGhgEmissions", false, NOT_NEGATIVE),
                f.decimal("landManagementBiogenicCO2Emissions", false, NOT_NEGATIVE),
                f.decimal("landManagementBiogenicCO2Removals", false, NOT_POSITIVE),
                f.decimal("biogenicCO2Uptake", false, NOT_POSITIVE),
                f.decimal("biogenicNonCO2Emissions", false, NOT_NEGATIVE),
                f.decimal("landAreaOccupation", false, NOT_NEGATIVE),
                f.decimal("aircraftGhgEmissions", false, NOT_NEGATIVE),
                f.bool("packagingEmissionsIncluded", false),
                f.decimal("packagingGhgEmissions", false, NOT_NEGATIVE),
                f.decimal("packagingBiogenicCarbonContent", false, NOT_NEGATIVE),
                f.decimal("outboundLogisticsGhgEmissions", false, NOT_NEGATIVE),
                f.bool("ccsTechnologicalCO2CaptureIncluded", false),
                f.decimal("ccsTechnologicalCO2Capture", false, NOT_POSITIVE),
                f.string("technologicalCO2CaptureOrigin", false),
                f.decimal("technologicalCO2Removals", false, NOT_POSITIVE),
                f.decimal("ccuCarbonContent", false, NOT_NEGATIVE),
                f.parsed("ccuCalculationApproach", false, CarbonFootprint::ccuApproach),
                f.parsed("ccuCreditCertification", false, DataModelExtension::uri),
                f.set("ipccCharacterizationFactors", true, CarbonFootprint::ipccReport),
                f.set("crossSectoralStandards", true, Function.identity()),
                f.objects("productOrSectorSpecificRules", false, ProductOrSectorSpecificRule::read),
                f.decimal("exemptedEmissionsPercent", true, NOT_NEGATIVE),
                f.string("exemptedEmissionsDescription", false),
                f.string("allocationRulesDescription", false),
                f.objects("secondaryEmissionFactorSources", false, EmissionFactorSource::read),
                f.decimal("primaryDataShare", false, NOT_NEGATIVE),
                f.object("dqi", false, DataQualityIndicators::read),
                f.object("verification", false, Verification::read),
                f.others());
        pcf.checkRules(f);
        return pcf;
    }

    /** Rules between properties that the schema alone cannot express. */
    private void checkRules(PactFields f) {
        int geographies = (geographyRegionOrSubregion == null ? 0 : 1) + (geographyCountry == null ? 0 : 1)
                + (geographyCountrySubdivision == null ? 0 : 1);
        if (geographies > 1) {
            f.problem("geographyCountry", "only one of geographyRegionOrSubregion, geographyCountry and "
                    + "geographyCountrySubdivision may be given (the most specific one)");
        }
        if (referencePeriodStart != null && referencePeriodEnd != null
                && !referencePeriodStart.instant().isBefore(referencePeriodEnd.instant())) {
            f.problem("referencePeriodEnd", "must be after referencePeriodStart");
        }
        if (packagingGhgEmissions != null && !Boolean.TRUE.equals(packagingEmissionsIncluded)) {
            f.problem("packagingGhgEmissions", "must be left out unless packagingEmissionsIncluded is true");
        }
        if (Boolean.FALSE.equals(ccsTechnologicalCO2CaptureIncluded)
                && (ccsTechnologicalCO2Capture != null || technologicalCO2Removals != null)) {
            f.problem("ccsTechnologicalCO2CaptureIncluded", "is false, so ccsTechnologicalCO2Capture and "
                    + "technologicalCO2Removals must be left out");
        }
        percentage(f, "exemptedEmissionsPercent", exemptedEmissionsPercent);
        percentage(f, "primaryDataShare", primaryDataShare);
    }

    private static void percentage(PactFields f, String name, PactDecimal value) {
        if (value != null && value.value().compareTo(HUNDRED) > 0) {
            f.problem(name, value.text() + " is a percentage and must not exceed 100");
        }
    }

    private static String ipccReport(String text) {
        if (!IPCC_REPORT.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an IPCC assessment report such as AR6");
        }
        return text;
    }

    private static String ccuApproach(String text) {
        if (!text.equals("Cut-off") && !text.equals("Credit")) {
            throw new IllegalArgumentException("'" + text + "' is not a CCU approach; use Cut-off or Credit");
        }
        return text;
    }

    /** The declared unit in words, e.g. "1000 kilogram". */
    public String declaredUnit() {
        return declaredUnitAmount.text() + " " + declaredUnitOfMeasurement;
    }

    ObjectNode toJson() {
        ObjectNode n = PactJson.object();
        PactJson.put(n, "declaredUnitOfMeasurement", declaredUnitOfMeasurement);
        PactJson.put(n, "declaredUnitAmount", declaredUnitAmount);
        PactJson.put(n, "productMassPerDeclaredUnit", productMassPerDeclaredUnit);
        PactJson.put(n, "referencePeriodStart", referencePeriodStart);
        PactJson.put(n, "referencePeriodEnd", referencePeriodEnd);
        PactJson.put(n, "geographyRegionOrSubregion", geographyRegionOrSubregion);
        PactJson.put(n, "geographyCountry", geographyCountry);
        PactJson.put(n, "geographyCountrySubdivision", geographyCountrySubdivision);
        PactJson.put(n, "boundaryProcessesDescription", boundaryProcessesDescription);
        PactJson.put(n, "pcfExcludingBiogenicUptake", pcfExcludingBiogenicUptake);
        PactJson.put(n, "pcfIncludingBiogenicUptake", pcfIncludingBiogenicUptake);
        PactJson.put(n, "fossilCarbonContent", fossilCarbonContent);
        PactJson.put(n, "biogenicCarbonContent", biogenicCarbonContent);
        PactJson.put(n, "recycledCarbonContent", recycledCarbonContent);
        PactJson.put(n, "fossilGhgEmissions", fossilGhgEmissions);
        PactJson.put(n, "landUseChangeGhgEmissions", landUseChangeGhgEmissions);
        PactJson.put(n, "landCarbonLeakage", landCarbonLeakage);
        PactJson.put(n, "landManagementFossilGhgEmissions", landManagementFossilGhgEmissions);
        PactJson.put(n, "landManagementBiogenicCO2Emissions", landManagementBiogenicCO2Emissions);
        PactJson.put(n, "landManagementBiogenicCO2Removals", landManagementBiogenicCO2Removals);
        PactJson.put(n, "biogenicCO2Uptake", biogenicCO2Uptake);
        PactJson.put(n, "biogenicNonCO2Emissions", biogenicNonCO2Emissions);
        PactJson.put(n, "landAreaOccupation", landAreaOccupation);
        PactJson.put(n, "aircraftGhgEmissions", aircraftGhgEmissions);
        PactJson.put(n, "packagingEmissionsIncluded", packagingEmissionsIncluded);
        PactJson.put(n, "packagingGhgEmissions", packagingGhgEmissions);
        PactJson.put(n, "packagingBiogenicCarbonContent", packagingBiogenicCarbonContent);
        PactJson.put(n, "outboundLogisticsGhgEmissions", outboundLogisticsGhgEmissions);
        PactJson.put(n, "ccsTechnologicalCO2CaptureIncluded", ccsTechnologicalCO2CaptureIncluded);
        PactJson.put(n, "ccsTechnologicalCO2Capture", ccsTechnologicalCO2Capture);
        PactJson.put(n, "technologicalCO2CaptureOrigin", technologicalCO2CaptureOrigin);
        PactJson.put(n, "technologicalCO2Removals", technologicalCO2Removals);
        PactJson.put(n, "ccuCarbonContent", ccuCarbonContent);
        PactJson.put(n, "ccuCalculationApproach", ccuCalculationApproach);
        PactJson.put(n, "ccuCreditCertification", ccuCreditCertification);
        PactJson.put(n, "ipccCharacterizationFactors", ipccCharacterizationFactors);
        PactJson.put(n, "crossSectoralStandards", crossSectoralStandards);
        if (productOrSectorSpecificRules != null) {
            ArrayNode rules = n.putArray("productOrSectorSpecificRules");
            productOrSectorSpecificRules.forEach(rule -> rules.add(rule.toJson()));
        }
        PactJson.put(n, "exemptedEmissionsPercent", exemptedEmissionsPercent);
        PactJson.put(n, "exemptedEmissionsDescription", exemptedEmissionsDescription);
        PactJson.put(n, "allocationRulesDescription", allocationRulesDescription);
        if (secondaryEmissionFactorSources != null) {
            ArrayNode sources = n.putArray("secondaryEmissionFactorSources");
            secondaryEmissionFactorSources.forEach(source -> sources.add(source.toJson()));
        }
        PactJson.put(n, "primaryDataShare", primaryDataShare);
        PactJson.put(n, "dqi", dqi == null ? null : dqi.toJson());
        PactJson.put(n, "verification", verification == null ? null : verification.toJson());
        PactJson.putAll(n, others);
        return n;
    }
}
