package org.greenlane.server.footprint;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * What publishing a footprint needs beyond the calculation (PACT v3 ProductFootprint): the reference period the
 * data describe, an optional validity period, the geography (one of country, subdivision, or UN M49 region, or none
 * for global), the product mass per declared unit, fossil and biogenic carbon content of the product, the standards
 * followed, whether the electricity is reported MARKET- (default, PACT Methodology) or LOCATION-based, and comments.
 */
@Schema(description = "Publication details of a footprint (PACT v3)")
public record PublicationRequest(Instant referencePeriodStart, Instant referencePeriodEnd,
                                 Instant validityPeriodStart, Instant validityPeriodEnd, String geographyCountry,
                                 String geographySubdivision, String geographyRegion,
                                 Double productMassPerDeclaredUnit, Double fossilCarbonContent,
                                 Double biogenicCarbonContent, List<String> crossSectoralStandards,
                                 String electricityMethod, Boolean packagingEmissionsIncluded,
                                 Double exemptedEmissionsPercent, String exemptedEmissionsDescription,
                                 String boundaryProcessesDescription, String comment) {
}
