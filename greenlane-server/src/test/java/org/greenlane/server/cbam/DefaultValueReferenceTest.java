package org.greenlane.server.cbam;

import com.fasterxml.jackson.databind.JsonNode;
import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CBAM default values as the customs emission-intensity reference (decision 067), on the shipped excerpt of
 * Implementing Regulation (EU) 2025/2621 (curated-default-values.csv; values in t CO2e per t of good, total column).
 */
class DefaultValueReferenceTest extends ServerTest {

    @Autowired
    DefaultValueReference reference;

    @Test
    void looksUpTheTotalDefaultOfTheCountryWithOtherCountriesAsFallback() {
        // China, heading row 7208 00 00: total 3.186893 (a Chinese 8-digit code and a 10-digit code alike)
        assertThat(reference.intensity("72083900", "CN").getAsDouble()).isEqualTo(3.186893);
        assertThat(reference.intensity("7208390000", "CN").getAsDouble()).isEqualTo(3.186893);
        // China, CN 7604 29 10 is the only row under subheading 7604 29: total 4.8808
        assertThat(reference.intensity("760429", "CN").getAsDouble()).isEqualTo(4.8808);
        // Turkey has no row: "other countries and territories", heading 7208: 4.048689
        assertThat(reference.intensity("720839", "TR").getAsDouble()).isEqualTo(4.048689);
        // not a CBAM good, and a code too short to name a subheading: no reference, the criterion cannot fire
        assertThat(reference.intensity("850440", "CN")).isEmpty();
        assertThat(reference.intensity("7208", "CN")).isEmpty();
    }

    @Test
    void anImplausiblyLowDeclaredIntensityFiresTheCustomsCriterionAndAPlausibleOneDoesNot() {
        String exporter = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        Https officer = https();
        officer.signIn(DemoLogins.CUSTOMS_OFFICER, DemoLogins.PASSWORD);

        // reference 3.186893 t CO2e/t (China, 7208); the shipped criterion CBAM-INTENSITY fires below half: 1.5934465
        assertThat(firedCriteria(exporter, officer, 1.2)).contains("CBAM-INTENSITY");
        assertThat(firedCriteria(exporter, officer, 1.9)).doesNotContain("CBAM-INTENSITY");
    }

    private String firedCriteria(String exporter, Https officer, double declaredIntensity) {
        String body = """
                {"reference":"EI-%s","flow":"EXPORT","date":"%s","office":"NGB-BL","transportMode":"10","declarant":"DCL-T",
                 "trader":"91330206MA2GLV0001","hsCode":"720839","originCountry":"CN","departureCountry":"CN",
                 "taxRate":0,"netMassKg":25000,"customsValue":17500,"embeddedEmissions":%s}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), LocalDate.now(), declaredIntensity);
        HttpResponse<String> lodged = https().json("POST", "/api/v1/customs/declarations", exporter, body);
        assertThat(lodged.statusCode()).as(lodged.body()).isEqualTo(201);
        String id = Https.read(lodged.body()).get("id").asText();
        JsonNode asOfficer = Https.read(officer.send(officer.request("/api/v1/customs/declarations/" + id).GET()).body());
        return asOfficer.at("/decision/firedCriteria").toString();
    }
}
