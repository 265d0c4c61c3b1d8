package org.greenlane.server.exchange.internal.pact;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FootprintCriteriaTest {

    @Test
    void valuesAreKeptLowerCasedSinceMatchingIgnoresCase() {
        FootprintCriteria criteria = FootprintCriteria.fromParameters(Map.of(
                "productId", List.of("urn:GTIN:4712345060507", "URN:pact:x:y"),
                "geography", List.of("DE", "Western Europe"),
                "status", List.of("deprecated"),
                "validOn", List.of("2025-04-01T00:00Z")));

        assertThat(criteria.productIds()).containsExactly("urn:gtin:4712345060507", "urn:pact:x:y");
        assertThat(criteria.geographies()).containsExactlyInAnyOrder("de", "western europe");
        assertThat(criteria.status()).isEqualTo(FootprintStatus.DEPRECATED);
        // The specification's own example writes validOn without seconds.
        assertThat(criteria.validOn()).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
    }

    @Test
    void offendingValuesNameTheirParameter() {
        refused(Map.of("productId", List.of("4712345060507")), "productId '4712345060507' is not a URN");
        refused(Map.of("companyId", List.of("")), "companyId must not be empty");
        refused(Map.of("validOn", List.of("2025-04-01")), "validOn: '2025-04-01' is not an RFC 3339 date-time");
        refused(Map.of("validAfter", List.of("2025-01-01T00:00:00Z", "2025-02-01T00:00:00Z")), "validAfter may be given once");
        refused(Map.of("status", List.of("Withdrawn")), "status: 'Withdrawn' is not a status");
    }

    @Test
    void eventDataAcceptsArraysAndSingleStrings() {
        FootprintCriteria criteria = FootprintCriteria.fromEventData(PactJson.read("""
                {"productId":["urn:gtin:1"],"geography":"DE","validAfter":"2025-01-01T00:00:00Z","comment":"please"}""", "data"));

        assertThat(criteria.productIds()).containsExactly("urn:gtin:1");
        assertThat(criteria.geographies()).containsExactly("de");
        assertThat(criteria.validAfter()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(FootprintCriteria.fromEventData(criteria.toEventData())).isEqualTo(criteria);
    }

    @Test
    void eventDataOfTheWrongShapeIsRefused() {
        assertThatThrownBy(() -> FootprintCriteria.fromEventData(PactJson.read("{\"productId\":[1]}", "data")))
                .hasMessage("data.productId must be an array of strings");
        assertThatThrownBy(() -> FootprintCriteria.fromEventData(PactJson.read("{\"validOn\":[\"2025-01-01T00:00:00Z\"]}", "data")))
                .hasMessage("data.validOn must be a string");
        assertThatThrownBy(() -> FootprintCriteria.fromEventData(PactJson.read("{\"productId\":[\"x\"]}", "data")))
                .hasMessage("data.productId 'x' is not a URN (urn:<namespace>:<id>)");
    }

    @Test
    void equalCriteriaHaveOneCanonicalForm() {
        FootprintCriteria one = FootprintCriteria.fromParameters(Map.of("geography", List.of("FR", "de")));
        FootprintCriteria other = FootprintCriteria.fromParameters(Map.of("geography", List.of("DE", "fr")));

        assertThat(one.canonical()).isEqualTo(other.canonical());
        assertThat(one.canonical()).isNotEqualTo(FootprintCriteria.ANY.canonical());
    }

    private static void refused(Map<String, List<String>> parameters, String message) {
        assertThatThrownBy(() -> FootprintCriteria.fromParameters(parameters))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }
}
