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
 * PACT demo data, loaded once after the platform's demo organisations exist. Footprints are published
 * through {@link FootprintPublication} exactly as the footprint capability publishes them. Their values
 * are illustrative demo data, not measurements. The steel exporter gets a PACT partner with documented
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

    static final UUID COIL_2024 = UUID.fromString("5b1e2f0a-7c3d-4e21-9a60-1d2f3e4a5b01");
    static final UUID COIL_2025 = UUID.fromString("5b1e2f0a-7c3d-4e21-9a60-1d2f3e4a5b02");
    static final UUID BOLTS = UUID.fromString("5b1e2f0a-7c3d-4e21-9a60-1d2f3e4a5b03");
    static final UUID WIRE_ROD = UUID.fromString("5b1e2f0a-7c3d-4e21-9a60-1d2f3e4a5b04");
    static final UUID GALVANISED = UUID.fromString("5b1e2f0a-7c3d-4e21-9a60-1d2f3e4a5b05");
    static final UUID BLACK_BOLTS = UUID.fromString("5b1e2f0a-7c3d-4e21-9a60-1d2f3e4a5b06");
    static final UUID PV_MODULE = UUID.fromString("5b1e2f0a-7c3d-4e21-9a60-1d2f3e4a5b07");
    static final UUID FRAME = UUID.fromString("5b1e2f0a-7c3d-4e21-9a60-1d2f3e4a5b08");

    private static final Logger log = LoggerFactory.getLogger(ExchangeDemo.class);
    private static final String ILLUSTRATIVE = "Illustrative demo data of the Greenlane demo, not a measured footprint.";
    private static final List<String> STEEL_IDS = List.of("urn:pact:lvyuan-steel.example:company:lvyuan-group",
            "urn:pact:lvyuan-steel.example:company:ningbo-works");
    private static final List<String> SOLAR_IDS = List.of("urn:pact:sz-solar.example:company:sunpath");

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
            if (hosted.find(COIL_2024).isEmpty()) {
                publishFootprints(steel.get().id(), solar.get().id());
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

    private void publishFootprints(UUID steel, UUID solar) {
        publish(steel, footprint(COIL_2024, "2025-01-15T08:00:00Z", "Deprecated", null, null, STEEL, STEEL_IDS,
                "Hot-rolled steel coil S235JR, 1,500 mm wide, 3-4.75 mm; basic oxygen furnace route; 2024 production.",
                List.of("urn:gtin:06901234500011", "urn:pact:lvyuan-steel.example:product:HRC-S235JR"),
                List.of("urn:pact:productclassification:hs:720839", "urn:pact:productclassification:cn:72083900"),
                "Hot-rolled steel coil S235JR", pcf("kilogram", "1000", "1000", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z",
                        "geographyCountry", "CN", "2150.0", "2150.0", "2150.0", "1.9")));
        publish(steel, footprint(COIL_2025, "2025-07-01T08:00:00Z", "Active", "2025-07-01T00:00:00Z", "2027-06-30T23:59:59Z",
                STEEL, STEEL_IDS,
                "Hot-rolled steel coil S235JR, 1,500 mm wide, 3-4.75 mm; basic oxygen furnace with 18 % scrap; Ningbo works.",
                List.of("urn:gtin:06901234500011", "urn:pact:lvyuan-steel.example:product:HRC-S235JR"),
                List.of("urn:pact:productclassification:hs:720839", "urn:pact:productclassification:cn:72083900"),
                "Hot-rolled steel coil S235JR", verified(pcf("kilogram", "1000", "1000", "2024-07-01T00:00:00Z",
                        "2025-07-01T00:00:00Z", "geographyCountrySubdivision", "CN-ZJ", "1980.5", "1980.5", "1980.5", "1.9"))),
                List.of(COIL_2024));
        publish(steel, footprint(BOLTS, "2025-06-10T08:00:00Z", "Active", null, null, STEEL, STEEL_IDS,
                "Hexagon bolts M12 x 60, property class 8.8, zinc-plated, ISO 4014; in 25 kg cartons.",
                List.of("urn:gtin:06901234500028", "urn:pact:lvyuan-steel.example:product:HB-M12X60-ZN"),
                List.of("urn:pact:productclassification:hs:731815"),
                "Hexagon bolts M12 x 60, zinc-plated", packaged(pcf("kilogram", "1", "1", "2024-06-01T00:00:00Z",
                        "2025-06-01T00:00:00Z", "geographyCountry", "CN", "3.12", "3.12", "3.08", "0.0021"), "0.04")));
        publish(steel, footprint(WIRE_ROD, "2026-10-20T08:00:00Z", "Active", "2027-01-01T00:00:00Z", "2029-12-31T23:59:59Z",
                STEEL, STEEL_IDS, "Low-carbon steel wire rod, 6.5 mm, irregular coils; electric arc furnace route from 2027.",
                List.of("urn:pact:lvyuan-steel.example:product:WR-6.5"),
                List.of("urn:pact:productclassification:hs:721391"),
                "Steel wire rod 6.5 mm", pcf("kilogram", "1000", "1000", "2026-01-01T00:00:00Z", "2026-10-01T00:00:00Z",
                        "geographyRegionOrSubregion", "Eastern Asia", "870.0", "870.0", "870.0", "1.1")));
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
        publish(solar, footprint(PV_MODULE, "2025-09-01T08:00:00Z", "Active", null, null, SOLAR, SOLAR_IDS,
                "Monocrystalline PV module, 550 W, 144 half-cut cells, aluminium frame, 27.5 kg.",
                List.of("urn:gtin:06923456700017"), List.of("urn:pact:productclassification:hs:854143"),
                "PV module 550 W", pcf("piece", "1", "27.5", "2024-09-01T00:00:00Z", "2025-09-01T00:00:00Z",
                        "geographyCountrySubdivision", "CN-GD", "385.0", "385.0", "385.0", "0.9")));
        publish(solar, footprint(FRAME, "2025-09-01T08:00:00Z", "Active", null, null, SOLAR, SOLAR_IDS,
                "Aluminium frame profile 6063-T5, anodised extrusion.",
                List.of("urn:pact:sz-solar.example:product:FRAME-6063"), List.of("urn:pact:productclassification:hs:760429"),
                "Aluminium frame profile 6063-T5", pcf("kilogram", "1", "1", "2024-09-01T00:00:00Z", "2025-09-01T00:00:00Z",
                        "geographyCountry", "CN", "14.2", "14.2", "14.2", "0")));
    }

    /** The documented partner that sees all of the steel exporter's footprints; the two exporters as partners. */
    private void partnerships(UUID steel, UUID solar) {
        partners.create(steel, "PACT demo partner (all footprints)", true, PARTNER_CLIENT_ID, PARTNER_CLIENT_SECRET);
        PactPartners.Issued solarAtSteel = partners.create(steel, "Shenzhen Sunpath Solar", false,
                "demo-sunpath-at-lvyuan", "demo-sunpath-at-lvyuan-secret");
        partners.share(steel, solarAtSteel.partnerId(), COIL_2025);
        partners.share(steel, solarAtSteel.partnerId(), BOLTS);
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

    private static ObjectNode verified(ObjectNode pcf) {
        ObjectNode verification = pcf.putObject("verification");
        verification.put("coverage", "product level");
        verification.put("providerName", "Green Verify Certification Co.");
        verification.put("completedAt", "2025-06-20T00:00:00Z");
        verification.put("standardName", "ISO 14067:2018");
        return pcf;
    }

    private static ObjectNode packaged(ObjectNode pcf, String packaging) {
        pcf.put("packagingEmissionsIncluded", true);
        pcf.put("packagingGhgEmissions", packaging);
        return pcf;
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
