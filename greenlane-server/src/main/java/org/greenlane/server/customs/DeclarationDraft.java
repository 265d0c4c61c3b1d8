package org.greenlane.server.customs;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/**
 * One declaration item as lodged by API or read from a csv row; checked as a whole by
 * {@link DeclarationRules}, which names every offending field. Codes are the declaration's own
 * (declarant, trader, seller, courier: customs registration numbers; countries: ISO 3166-1 alpha-2).
 */
@Schema(description = "A customs declaration item")
public record DeclarationDraft(
        @Schema(description = "The declaration number, unique within the customs authority", example = "NGB-2025-000123")
        String reference,
        @Schema(description = "IMPORT or EXPORT") Flow flow,
        @Schema(description = "Date of the declaration; not in the future") LocalDate date,
        @Schema(description = "Code of the customs office where it is lodged", example = "NGB-BL") String office,
        String processType, String importType, String importUse, String paymentType,
        @Schema(description = "Mode of transport code (e.g. 10 sea, 40 air)") String transportMode,
        @Schema(description = "Code of the declarant (customs broker or the trader itself)") String declarant,
        @Schema(description = "Code of the importer (IMPORT) or exporter (EXPORT)") String trader,
        String seller, String courier,
        @Schema(description = "HS code, 6 to 10 digits", example = "720839") String hsCode,
        @Schema(example = "CN") String originCountry,
        @Schema(example = "CN") String departureCountry,
        String taxType,
        @Schema(description = "Duty rate in percent") Double taxRate,
        String originIndicator,
        @Schema(description = "Net mass in kg") Double netMassKg,
        @Schema(description = "Customs value in the declaration currency") Double customsValue,
        @Schema(description = "Id of a verified product footprint (verifiable records)") String footprintRef,
        @Schema(description = "Id of a certificate (verifiable records)") String certificateRef,
        @Schema(description = "Declared embedded emissions of CBAM goods, t CO2e per t of goods") Double embeddedEmissions) {
}
