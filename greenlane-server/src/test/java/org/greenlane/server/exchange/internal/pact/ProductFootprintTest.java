package org.greenlane.server.exchange.internal.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenlane.server.exchange.PactSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The v3 data model: the specification's examples round-trip unchanged; broken documents name their fields. */
class ProductFootprintTest {

    @ParameterizedTest
    @ValueSource(strings = {"example-1.json", "example-2.json", "example-3.json", "example-4.json",
            "get-footprint-response.json#/data", "list-footprints-response.json#/data/0", "pf-response-event.json#/data/pfs/0"})
    void everyExampleOfTheSpecificationRoundTripsUnchanged(String example) {
        String[] file = example.split("#");
        JsonNode original = file.length == 1 ? PactSpecification.example(file[0]) : PactSpecification.example(file[0]).at(file[1]);

        ProductFootprint footprint = ProductFootprint.read(original);

        // Jackson's tree equality ignores key order, as PACT JSON does; decimals and times keep their text.
        assertThat(footprint.toJson()).isEqualTo(original);
        assertThat(PactJson.read(footprint.toJsonString(), "document")).isEqualTo(original);
    }

    @Test
    void theSpecificationsInvalidExampleIsRefusedNamingTheField() {
        JsonNode invalid = PactSpecification.example("invalid-response-all-properties.json").at("/data/0");

        // packagingGhgEmissions is given although packagingEmissionsIncluded is not true (the v3 schema: MUST be undefined then).
        assertThatThrownBy(() -> ProductFootprint.read(invalid))
                .isInstanceOf(InvalidPactDocument.class)
                .hasMessageContaining("pcf.packagingGhgEmissions");
    }

    @Test
    void theModelExposesTheDeclaredValuesExactly() {
        ProductFootprint footprint = ProductFootprint.read(PactSpecification.example("example-2.json"));

        assertThat(footprint.pcf().declaredUnitOfMeasurement()).isEqualTo(DeclaredUnitOfMeasurement.LITER);
        assertThat(footprint.pcf().declaredUnitAmount().value()).isEqualByComparingTo("12");
        assertThat(footprint.pcf().pcfIncludingBiogenicUptake().value()).isEqualByComparingTo("-14.22");
        assertThat(footprint.precedingPfIds()).hasSize(2);
        assertThat(footprint.validFrom()).isEqualTo(Instant.parse("2024-12-31T00:00:00Z"));
    }

    @Test
    void withoutValidityPeriodAFootprintIsValidThreeYearsAfterItsReferencePeriod() {
        ObjectNode document = valid();
        document.remove("validityPeriodStart");
        document.remove("validityPeriodEnd");

        ProductFootprint footprint = ProductFootprint.read(document);

        // referencePeriodEnd 2025-01-01 + 3 years (PACT v3, validityPeriodStart).
        assertThat(footprint.validFrom()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(footprint.validUntil()).isEqualTo(Instant.parse("2028-01-01T00:00:00Z"));
    }

    @Test
    void missingRequiredFieldsAreAllListed() {
        ObjectNode document = valid();
        document.remove("companyName");
        ((ObjectNode) document.get("pcf")).remove("declaredUnitAmount");

        assertThatThrownBy(() -> ProductFootprint.read(document))
                .isInstanceOf(InvalidPactDocument.class)
                .satisfies(failure -> assertThat(((InvalidPactDocument) failure).problems())
                        .extracting(DocumentProblem::field)
                        .containsExactlyInAnyOrder("companyName", "pcf.declaredUnitAmount"));
    }

    @Test
    void wrongValuesAreRefusedWithTheirField() {
        refused(d -> d.put("status", "active"), "status");
        refused(d -> d.put("specVersion", "2.3.0"), "specVersion");
        refused(d -> d.put("id", "not-a-uuid"), "id");
        refused(d -> d.put("created", "2025-1-08T14:47:32Z"), "created");
        refused(d -> d.putArray("productIds").add("gtin:123"), "productIds[0]");
        refused(d -> d.putArray("companyIds"), "companyIds");
        refused(d -> d.putArray("productIds").add("urn:gtin:1").add("urn:gtin:1"), "productIds[1]");
        refused(d -> pcf(d).put("declaredUnitAmount", "0"), "pcf.declaredUnitAmount");
        refused(d -> pcf(d).put("declaredUnitAmount", 1), "pcf.declaredUnitAmount");
        refused(d -> pcf(d).put("fossilGhgEmissions", "-1"), "pcf.fossilGhgEmissions");
        refused(d -> pcf(d).put("biogenicCO2Uptake", "0.5"), "pcf.biogenicCO2Uptake");
        refused(d -> pcf(d).put("pcfExcludingBiogenicUptake", "1,5"), "pcf.pcfExcludingBiogenicUptake");
        refused(d -> pcf(d).put("declaredUnitOfMeasurement", "ton"), "pcf.declaredUnitOfMeasurement");
        refused(d -> pcf(d).put("geographyCountry", "CN").put("geographyCountrySubdivision", "CN-ZJ"), "pcf.geographyCountry");
        refused(d -> pcf(d).put("geographyCountry", "China"), "pcf.geographyCountry");
        refused(d -> pcf(d).put("geographyRegionOrSubregion", "Far East"), "pcf.geographyRegionOrSubregion");
        refused(d -> pcf(d).put("referencePeriodEnd", "2023-01-01T00:00:00Z"), "pcf.referencePeriodEnd");
        refused(d -> pcf(d).put("primaryDataShare", "120"), "pcf.primaryDataShare");
        refused(d -> pcf(d).putArray("ipccCharacterizationFactors").add("AR-6"), "pcf.ipccCharacterizationFactors[0]");
        refused(d -> ((ObjectNode) pcf(d).get("dqi")).put("temporalDQR", "6"), "pcf.dqi.temporalDQR");
        refused(d -> d.put("validityPeriodEnd", "2020-01-01T00:00:00Z"), "validityPeriodEnd");
        refused(d -> d.putNull("comment"), "comment");
    }

    @Test
    void duplicateKeysAndMalformedJsonAreRefused() {
        assertThatThrownBy(() -> ProductFootprint.parse("{\"id\":\"a\",\"id\":\"b\"}"))
                .isInstanceOf(InvalidPactDocument.class).hasMessageContaining("Duplicate field 'id'");
        assertThatThrownBy(() -> ProductFootprint.parse("{\"id\":")).isInstanceOf(InvalidPactDocument.class)
                .hasMessageStartingWith("document: is not valid JSON");
        assertThatThrownBy(() -> ProductFootprint.parse("[]")).isInstanceOf(InvalidPactDocument.class)
                .hasMessageStartingWith("document: must be a JSON object");
    }

    @Test
    void unknownPropertiesOfLaterRevisionsAreKept() {
        ObjectNode document = valid();
        document.put("futureProperty", "kept");
        pcf(document).putObject("futureDetail").put("value", new BigDecimal("1.50"));

        ProductFootprint footprint = ProductFootprint.read(document);

        assertThat(footprint.others()).containsKey("futureProperty");
        assertThat(footprint.toJson()).isEqualTo(document);
        assertThat(footprint.toJsonString()).contains("\"value\":1.50");
    }

    private static void refused(Consumer<ObjectNode> change, String field) {
        ObjectNode document = valid();
        change.accept(document);
        assertThatThrownBy(() -> ProductFootprint.read(document))
                .as(field)
                .isInstanceOf(InvalidPactDocument.class)
                .satisfies(failure -> assertThat(((InvalidPactDocument) failure).problems())
                        .extracting(DocumentProblem::field).contains(field));
    }

    private static ObjectNode pcf(ObjectNode document) {
        return (ObjectNode) document.get("pcf");
    }

    /** A minimal valid v3 footprint written for these tests (not from the specification's files). */
    static ObjectNode valid() {
        return (ObjectNode) PactJson.read("""
                {"id":"%s","specVersion":"3.0.0","created":"2025-02-01T00:00:00Z","status":"Active",
                 "validityPeriodStart":"2025-01-01T00:00:00Z","validityPeriodEnd":"2026-12-31T00:00:00Z",
                 "companyName":"Test Steel","companyIds":["urn:pact:test.example:company:1"],
                 "productDescription":"Test coil","productIds":["urn:pact:test.example:product:1"],
                 "productNameCompany":"Coil",
                 "pcf":{"declaredUnitOfMeasurement":"kilogram","declaredUnitAmount":"1","productMassPerDeclaredUnit":"1",
                        "referencePeriodStart":"2024-01-01T00:00:00Z","referencePeriodEnd":"2025-01-01T00:00:00Z",
                        "pcfExcludingBiogenicUptake":"2.0","pcfIncludingBiogenicUptake":"2.0","fossilGhgEmissions":"2.0",
                        "fossilCarbonContent":"0","ipccCharacterizationFactors":["AR6"],"crossSectoralStandards":["ISO14067"],
                        "exemptedEmissionsPercent":"0",
                        "dqi":{"technologicalDQR":"1","geographicalDQR":"2","temporalDQR":"3"}}}
                """.formatted(UUID.randomUUID()), "document");
    }
}
