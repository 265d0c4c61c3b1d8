package org.greenlane.server.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenlane.server.exchange.internal.pact.PactJson;
import org.greenlane.server.footprint.FootprintPublication;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.greenlane.server.platform.identity.Organisations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Test data for the exchange, made the way production makes it: organisations through the platform,
 * footprints published as {@link FootprintPublication} events in a transaction, partners through {@link PactPartners}.
 */
final class PactFixtures {

    private final Organisations organisations;
    private final PactPartners partners;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    PactFixtures(Organisations organisations, PactPartners partners, ApplicationEventPublisher events,
                 TransactionTemplate transaction) {
        this.organisations = organisations;
        this.partners = partners;
        this.events = events;
        this.transaction = transaction;
    }

    UUID organisation(String name) {
        return organisations.register(name + " " + UUID.randomUUID().toString().substring(0, 8), OrganisationKind.ENTERPRISE, "CN").id();
    }

    PactPartners.Issued partner(UUID organisation, boolean shareAll) {
        return partners.create(organisation, "partner " + UUID.randomUUID(), shareAll);
    }

    void publish(UUID organisation, ObjectNode document) {
        publish(organisation, document, Instant.now());
    }

    void publish(UUID organisation, ObjectNode document, Instant publishedAt) {
        transaction.executeWithoutResult(status -> events.publishEvent(new FootprintPublication(
                UUID.fromString(document.get("id").asText()), organisation, PactJson.write(document), publishedAt)));
    }

    /** A valid v3 footprint; tests change what they look at. */
    static Footprint footprint() {
        return new Footprint();
    }

    static final class Footprint {
        private final ObjectNode document;

        private Footprint() {
            document = (ObjectNode) PactJson.read("""
                    {"id":"%s","specVersion":"3.0.0","created":"2025-02-01T00:00:00Z","status":"Active",
                     "companyName":"Test Steel","companyIds":["urn:pact:test.example:company:main"],
                     "productDescription":"A test product","productIds":["urn:pact:test.example:product:%s"],
                     "productNameCompany":"Test product",
                     "pcf":{"declaredUnitOfMeasurement":"kilogram","declaredUnitAmount":"1000","productMassPerDeclaredUnit":"1000",
                            "referencePeriodStart":"2024-01-01T00:00:00Z","referencePeriodEnd":"2025-01-01T00:00:00Z",
                            "geographyCountry":"CN",
                            "pcfExcludingBiogenicUptake":"1980.5","pcfIncludingBiogenicUptake":"1975.0","fossilGhgEmissions":"1980.5",
                            "fossilCarbonContent":"1.9","biogenicCO2Uptake":"-5.5","ipccCharacterizationFactors":["AR6"],
                            "crossSectoralStandards":["ISO14067","PACT-3.0"],"exemptedEmissionsPercent":"0",
                            "primaryDataShare":"60","dqi":{"technologicalDQR":"1.5","geographicalDQR":"2","temporalDQR":"1.2"}}}
                    """.formatted(UUID.randomUUID(), UUID.randomUUID()), "document");
        }

        UUID id() {
            return UUID.fromString(document.get("id").asText());
        }

        Footprint status(String status) {
            document.put("status", status);
            return this;
        }

        Footprint productIds(String... ids) {
            set("productIds", ids);
            return this;
        }

        Footprint companyIds(String... ids) {
            set("companyIds", ids);
            return this;
        }

        Footprint classifications(String... ids) {
            set("productClassifications", ids);
            return this;
        }

        Footprint validity(String from, String until) {
            document.put("validityPeriodStart", from);
            document.put("validityPeriodEnd", until);
            return this;
        }

        Footprint referencePeriodEnd(String end) {
            pcf().put("referencePeriodEnd", end);
            return this;
        }

        Footprint preceding(UUID... ids) {
            set("precedingPfIds", Arrays.stream(ids).map(UUID::toString).toArray(String[]::new));
            return this;
        }

        /** One of geographyRegionOrSubregion, geographyCountry, geographyCountrySubdivision. */
        Footprint geography(String field, String value) {
            pcf().remove(List.of("geographyRegionOrSubregion", "geographyCountry", "geographyCountrySubdivision"));
            pcf().put(field, value);
            return this;
        }

        Footprint product(String name) {
            document.put("productNameCompany", name);
            return this;
        }

        ObjectNode json() {
            return document.deepCopy();
        }

        private ObjectNode pcf() {
            return (ObjectNode) document.get("pcf");
        }

        private void set(String field, String... values) {
            var array = document.putArray(field);
            for (String value : values) {
                array.add(value);
            }
        }
    }
}
