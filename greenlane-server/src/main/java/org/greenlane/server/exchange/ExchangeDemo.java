package org.greenlane.server.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenlane.server.exchange.internal.pact.PactJson;
import org.greenlane.server.footprint.FootprintPublication;
import org.greenlane.server.platform.GreenlaneProperties;
import org.greenlane.server.platform.identity.Organisation;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.tls.SelfSignedKeystore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * PACT demo data, loaded once after the platform's demo organisations exist. The footprint demo publishes
 * the calculated footprints; this adds two illustrative ones of products it does not model (another
 * company id, a German geography, an expired validity, a Deprecated status), published through
 * {@link FootprintPublication} exactly as the footprint capability publishes them, so the PACT host
 * offers diverse footprints for conformance tests. Their values are illustrative, not measurements. The steel exporter gets a PACT partner with documented
 * credentials that sees all its footprints (for trying the API and the PACT conformance tests), and the
 * two demo exporters are each other's partners, their hosts registered on this very server.
 */
@Component
@ConditionalOnProperty(name = "greenlane.demo.enabled", havingValue = "true")
class ExchangeDemo {

    /** Documented demo credentials (decision 006): they exist only in a demo database. */
    static final String PARTNER_CLIENT_ID = "demo-pact-partner";
    static final String PARTNER_CLIENT_SECRET = "demo-pact-partner-secret";
    static final String STEEL = "Zhejiang Lvyuan Steel Co., Ltd.";
    static final String SOLAR = "Shenzhen Sunpath Solar Technology Co., Ltd.";

    static final UUID GALVANISED = UUID.fromString("5b1e2f0a-7c3d-4e21-9a60-1d2f3e4a5b05");
    static final UUID BLACK_BOLTS = UUID.fromString("5b1e2f0a-7c3d-4e21-9a60-1d2f3e4a5b06");

    private static final Logger log = LoggerFactory.getLogger(ExchangeDemo.class);
    private static final String ILLUSTRATIVE = "Illustrative demo data of the Greenlane demo, not a measured footprint.";
    private static final List<String> STEEL_IDS = List.of("urn:pact:lvyuan-steel.example:company:lvyuan-group",
            "urn:pact:lvyuan-steel.example:company:ningbo-works");

    private final Organisations organisations;
    private final PactPartners partners;
    private final HostedFootprints hosted;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final GreenlaneProperties platform;

    ExchangeDemo(Organisations organisations, PactPartners partners, HostedFootprints hosted,
                 ApplicationEventPublisher events, TransactionTemplate transaction, Environment environment,
                 GreenlaneProperties platform) {
        this.organisations = organisations;
        this.partners = partners;
        this.hosted = hosted;
        this.events = events;
        this.transaction = transaction;
        this.environment = environment;
        this.platform = platform;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        Optional<Organisation> steel = organisations.findByName(STEEL);
        Optional<Organisation> solar = organisations.findByName(SOLAR);
        if (steel.isEmpty() || solar.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (hosted.find(GALVANISED).isEmpty()) {
                publishFootprints(steel.get().id());
                log.info("PACT demo footprints published");
            }
            if (partners.of(steel.get().id()).isEmpty()) {
                partnerships(steel.get().id(), solar.get().id());
            }
        });
        String port = environment.getProperty("local.server.port");
        if (port != null) {
            transaction.executeWithoutResult(status -> registerHosts(steel.get().id(), solar.get().id(), port));
        }
    }

    private void publishFootprints(UUID steel) {
        publish(steel, footprint(GALVANISED, "2022-01-10T08:00:00Z", "Active", "2022-01-01T00:00:00Z", "2024-12-31T23:59:59Z",
                STEEL, List.of("urn:pact:lvyuan-steel.example:company:lvyuan-europe"),
                "Hot-dip galvanised sheet DX51D+Z275, 1 mm; finished at the Duisburg service centre.",
                List.of("urn:pact:lvyuan-steel.example:product:GI-DX51D-Z275"),
                List.of("urn:pact:productclassification:hs:721049"),
                "Galvanised sheet DX51D+Z275", pcf("kilogram", "1000", "1000", "2021-01-01T00:00:00Z", "2022-01-01T00:00:00Z",
                        "geographyCountry", "DE", "2450", "2450", "2450", "2.0")));
        publish(steel, footprint(BLACK_BOLTS, "2024-03-05T08:00:00Z", "Deprecated", null, null, STEEL, STEEL_IDS,
                "Hexagon bolts M12 x 60, black finish; discontinued.",
                List.of("urn:pact:lvyuan-steel.example:product:HB-M12X60-BK"),
                List.of("urn:pact:productclassification:hs:731815"),
                "Hexagon bolts M12 x 60, black", pcf("kilogram", "1", "1", "2023-01-01T00:00:00Z", "2024-01-01T00:00:00Z",
                        "geographyCountry", "CN", "2.95", "2.95", "2.95", "0.0021")));
    }

    /** The documented partner that sees all of the steel exporter's footprints; the two exporters as partners. */
    private void partnerships(UUID steel, UUID solar) {
        partners.create(steel, "PACT demo partner (all footprints)", true, PARTNER_CLIENT_ID, PARTNER_CLIENT_SECRET);
        PactPartners.Issued solarAtSteel = partners.create(steel, "Shenzhen Sunpath Solar", false,
                "demo-sunpath-at-lvyuan", "demo-sunpath-at-lvyuan-secret");
        partners.share(steel, solarAtSteel.partnerId(), GALVANISED);
        partners.create(solar, "Zhejiang Lvyuan Steel", false, "demo-lvyuan-at-sunpath", "demo-lvyuan-at-sunpath-secret");
    }

    /** Each exporter reaches the other through this server's own address, trusting its own certificate. */
    private void registerHosts(UUID steel, UUID solar, String port) {
        Optional<String> certificate = ownCertificate();
        URI base = URI.create("https://localhost:" + port);
        partners.of(steel).stream().filter(p -> p.name().equals("Shenzhen Sunpath Solar")).findFirst()
                .ifPresent(p -> partners.registerHost(steel, p.id(), base, null, "demo-lvyuan-at-sunpath",
                        "demo-lvyuan-at-sunpath-secret", certificate.orElse(null), true));
        partners.of(solar).stream().filter(p -> p.name().equals("Zhejiang Lvyuan Steel")).findFirst()
                .ifPresent(p -> partners.registerHost(solar, p.id(), base, null, "demo-sunpath-at-lvyuan",
                        "demo-sunpath-at-lvyuan-secret", certificate.orElse(null), true));
    }

    private void publish(UUID organisation, ObjectNode document) {
        publish(organisation, document, null);
    }

    private void publish(UUID organisation, ObjectNode document, List<UUID> preceding) {
        if (preceding != null) {
            var list = PactJson.array();
            preceding.forEach(id -> list.add(id.toString()));
            document.set("precedingPfIds", list);
        }
        events.publishEvent(new FootprintPublication(UUID.fromString(document.get("id").asText()), organisation,
                PactJson.write(document), Instant.now()));
    }

    private static ObjectNode footprint(UUID id, String created, String status, String validFrom, String validUntil,
                                        String company, List<String> companyIds, String description, List<String> productIds,
                                        List<String> classifications, String name, ObjectNode pcf) {
        ObjectNode d = PactJson.object();
        d.put("id", id.toString());
        d.put("specVersion", "3.0.3");
        d.put("created", created);
        d.put("status", status);
        if (validFrom != null) {
            d.put("validityPeriodStart", validFrom);
            d.put("validityPeriodEnd", validUntil);
        }
        d.put("companyName", company);
        companyIds.forEach(d.withArray("companyIds")::add);
        d.put("productDescription", description);
        productIds.forEach(d.withArray("productIds")::add);
        classifications.forEach(d.withArray("productClassifications")::add);
        d.put("productNameCompany", name);
        d.put("comment", ILLUSTRATIVE);
        d.set("pcf", pcf);
        return d;
    }

    private static ObjectNode pcf(String unit, String amount, String mass, String start, String end, String geographyField,
                                  String geography, String excluding, String including, String fossil, String fossilCarbon) {
        ObjectNode p = PactJson.object();
        p.put("declaredUnitOfMeasurement", unit);
        p.put("declaredUnitAmount", amount);
        p.put("productMassPerDeclaredUnit", mass);
        p.put("referencePeriodStart", start);
        p.put("referencePeriodEnd", end);
        p.put(geographyField, geography);
        p.put("boundaryProcessesDescription", "Cradle to gate: raw material extraction, transport to the works, "
                + "production with its energy supply; outbound logistics excluded.");
        p.put("pcfExcludingBiogenicUptake", excluding);
        p.put("pcfIncludingBiogenicUptake", including);
        p.put("fossilCarbonContent", fossilCarbon);
        p.put("biogenicCarbonContent", "0");
        p.put("fossilGhgEmissions", fossil);
        p.put("biogenicCO2Uptake", "0");
        p.put("packagingEmissionsIncluded", false);
        p.withArray("ipccCharacterizationFactors").add("AR6");
        p.withArray("crossSectoralStandards").add("ISO14067").add("PACT-3.0");
        p.put("exemptedEmissionsPercent", "0.4");
        p.put("exemptedEmissionsDescription", "Office consumables, below the 1 % cut-off.");
        p.put("allocationRulesDescription", "Mass allocation between co-products.");
        ObjectNode source = p.withArray("secondaryEmissionFactorSources").addObject();
        source.put("name", "ecoinvent");
        source.put("version", "3.10");
        p.put("primaryDataShare", "62.5");
        ObjectNode dqi = p.putObject("dqi");
        dqi.put("technologicalDQR", "1.8");
        dqi.put("geographicalDQR", "1.5");
        dqi.put("temporalDQR", "1.6");
        return p;
    }

    /** This server's certificate, so the demo's partner hosts (this server) are trusted. */
    private Optional<String> ownCertificate() {
        try {
            KeyStore store;
            String alias;
            GreenlaneProperties.Tls tls = platform.tls();
            if (tls.configured()) {
                store = KeyStore.getInstance(tls.keystoreType());
                try (InputStream in = Files.newInputStream(tls.keystore())) {
                    store.load(in, tls.keystorePassword().toCharArray());
                }
                alias = tls.keyAlias() != null ? tls.keyAlias() : store.aliases().nextElement();
            } else {
                SelfSignedKeystore generated = new SelfSignedKeystore(platform.var().resolve("tls"));
                Path file = generated.keystore();
                if (!Files.exists(file)) {
                    return Optional.empty();
                }
                String password = generated.ensure();
                store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password.toCharArray());
                }
                alias = SelfSignedKeystore.ALIAS;
            }
            Certificate certificate = store.getCertificate(alias);
            return certificate == null ? Optional.empty() : Optional.of("-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n");
        } catch (IOException | GeneralSecurityException unreadable) {
            log.warn("Demo partner hosts are registered without this server's certificate: {}", unreadable.getMessage());
            return Optional.empty();
        }
    }
}
