package org.greenlane.server.footprint;

import org.greenlane.server.footprint.results.Certificates;
import org.greenlane.server.footprint.results.CertificateDraft;
import org.greenlane.server.footprint.results.FootprintCalculator;
import org.greenlane.server.footprint.results.Publications;
import org.greenlane.server.footprint.results.StoredResult;
import org.greenlane.server.footprint.systems.ExchangeDto;
import org.greenlane.server.footprint.systems.GuidedSystem;
import org.greenlane.server.footprint.systems.ProcessDto;
import org.greenlane.server.footprint.systems.ProductSystemDraft;
import org.greenlane.server.footprint.systems.ProductSystemRecord;
import org.greenlane.server.footprint.systems.ProductSystems;
import org.greenlane.server.footprint.systems.QualityDto;
import org.greenlane.server.footprint.systems.QuantityDto;
import org.greenlane.server.footprint.systems.UncertaintyDto;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Organisation;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Demo footprints, loaded once after the platform's demo data: product systems for the demo steel and solar
 * exporters' products (one as full process data, the others through the guided form), their green-electricity
 * instruments, calculated results, and published PACT footprints of diverse products, geographies, validity periods
 * and statuses. Every number shown comes from the engine; the inputs are fictional but plausible site and supplier
 * data, marked "(demo)".
 */
@Component
@ConditionalOnProperty(name = "greenlane.demo.enabled", havingValue = "true")
class FootprintDemo {

    private static final Logger log = LoggerFactory.getLogger(FootprintDemo.class);
    private static final String STEEL = "Zhejiang Lvyuan Steel Co., Ltd.";
    private static final String SOLAR = "Shenzhen Sunpath Solar Technology Co., Ltd.";

    private final Organisations organisations;
    private final ProductCatalogue products;
    private final ProductSystems systems;
    private final FootprintCalculator calculator;
    private final Publications publications;
    private final PublishedFootprints published;
    private final Certificates certificates;

    FootprintDemo(Organisations organisations, ProductCatalogue products, ProductSystems systems,
                  FootprintCalculator calculator, Publications publications, PublishedFootprints published,
                  Certificates certificates) {
        this.organisations = organisations;
        this.products = products;
        this.systems = systems;
        this.calculator = calculator;
        this.publications = publications;
        this.published = published;
        this.certificates = certificates;
    }

    /** Ordered first: the demo data of capabilities built on published footprints (carbon labels) comes after. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void load() {
        Organisation steel = organisations.findByName(STEEL).orElse(null);
        Organisation solar = organisations.findByName(SOLAR).orElse(null);
        if (steel == null || solar == null || !systems.list(steel.id(), null).isEmpty()) {
            return;
        }
        Actor steelActor = actor(steel);
        Actor solarActor = actor(solar);
        certificates.add(steel.id(), new CertificateDraft("GEC-2024-ZJ-0012345", "GREEN_ELECTRICITY_CERTIFICATE", "CN",
                2024, 30.0, 0.0, "China green electricity certificates, wind (demo)"));
        certificates.add(solar.id(), new CertificateDraft("PPA-SZ-ROOFTOP-2024", "POWER_PURCHASE_AGREEMENT", "CN", 2024,
                800.0, 0.0, "Rooftop solar on the Shenzhen plant, on-site PPA (demo)"));
        certificates.add(solar.id(), new CertificateDraft("GEC-2023-GD-0088", "GREEN_ELECTRICITY_CERTIFICATE", "CN", 2023,
                2000.0, 0.0, "China green electricity certificates, hydro (demo)"));

        Product coil = product(steel, "Hot-rolled steel coil, S235JR");
        ProductSystemRecord coilSystem = systems.add(steel.id(), coil(coil, "AR5").toModel(coil));
        StoredResult coil2023 = calculator.calculate(steelActor, coilSystem.id());
        PublishedFootprint coilV1 = publications.publish(steel.id(), coil2023.id(), publication(
                "2023-01-01", "2024-01-01", "2024-01-01", "2027-01-01", "CN", null, null, 1000.0, 1.6,
                "First edition, AR5 characterisation."));
        ProductSystemRecord coilAr6 = systems.change(steel.id(), coilSystem.id(), coilSystem.version(),
                coil(coil, "AR6").toModel(coil)).orElseThrow();
        StoredResult coil2024 = calculator.calculate(steelActor, coilAr6.id());
        publications.publish(steel.id(), coil2024.id(), publication("2024-01-01", "2025-01-01", "2025-03-01",
                "2028-03-01", null, "CN-ZJ", null, 1000.0, 1.6, "Recalculated with IPCC AR6 GWP100."));

        Product bolts = product(steel, "Hexagon bolts M12 x 60, zinc-plated");
        StoredResult boltResult = calculator.calculate(steelActor, systems.add(steel.id(), guided(bolts, "Bolt line 2024",
                new GuidedSystem("CN-ZJ", new QuantityDto(1000.0, "kg"), true, null, List.of(
                        supplier("Wire rod, 12 mm (own rolling mill PCF)", 1080, "kg", "Lvyuan rolling mill", 2.25),
                        supplier("Zinc for plating", 12, "kg", "Zinc smelter (demo)", 3.6)),
                        List.of(electricity(950, "kWh", 5), fuel("fuel.combustion.natural-gas", 2.4, "GJ")),
                        List.of(), List.of(leg("Wire rod from the mill", "INBOUND", "ROAD", 1.08, 80),
                        leg("Ningbo to Hamburg", "OUTBOUND", "SEA", 1, 19_800)), List.of())).toModel(bolts)).id());
        publications.publish(steel.id(), boltResult.id(), publication("2024-01-01", "2025-01-01", null, null, null,
                null, "Eastern Asia", 1.0, 0.004, null));

        Product rod = product(steel, "Steel wire rod, 6.5 mm");
        StoredResult rodResult = calculator.calculate(steelActor, systems.add(steel.id(), guided(rod, "Wire rod mill 2022",
                new GuidedSystem("CN-ZJ", new QuantityDto(1.0, "t"), true, new QualityDto(1.0, 1.0, 2.0), List.of(
                        supplier("Steel billet (own BOF shop PCF)", 1.03, "t", "Lvyuan steel shop", 2050)),
                        List.of(electricity(125, "kWh", 5), fuel("fuel.combustion.natural-gas", 1.0, "GJ")),
                        List.of(), List.of(leg("Mill to Ningbo port", "OUTBOUND", "ROAD", 1, 60)), List.of()))
                .toModel(rod)).id());
        publications.publish(steel.id(), rodResult.id(), publication("2022-01-01", "2023-01-01", "2023-01-01",
                "2026-01-01", "CN", null, null, 1000.0, 1.5, null));

        Product module = product(solar, "Monocrystalline PV module, 550 W");
        StoredResult moduleResult = calculator.calculate(solarActor, systems.add(solar.id(), guided(module,
                "Module assembly, Shenzhen 2024", new GuidedSystem("CN-GD", new QuantityDto(1.0, "item"), true, null,
                        List.of(supplier("Solar cells, 144 half-cut (set)", 1, "item", "Cell maker (demo)", 176),
                                supplier("Solar glass, 3.2 mm", 21.5, "kg", "Glass works (demo)", 1.2),
                                supplier("Aluminium frame profile 6063-T5", 2.6, "kg", "Sunpath extrusion", 8.6),
                                supplier("EVA encapsulant", 1.1, "kg", "Film supplier (demo)", 2.6),
                                supplier("Backsheet", 0.9, "kg", "Film supplier (demo)", 3.8),
                                supplier("Junction box with cables", 1, "item", "Connector maker (demo)", 3.2)),
                        List.of(electricity(14, "kWh", 10)), List.of(),
                        List.of(leg("Plant to Yantian port", "OUTBOUND", "ROAD", 0.0286, 120),
                                leg("Yantian to Rotterdam", "OUTBOUND", "SEA", 0.0286, 18_500)), List.of()))
                .toModel(module)).id());
        publications.publish(solar.id(), moduleResult.id(), publication("2024-01-01", "2025-01-01", "2025-01-01",
                "2028-01-01", null, "CN-GD", null, 28.6, 0.3, null));

        Product frame = product(solar, "Aluminium frame profile 6063-T5");
        StoredResult frameResult = calculator.calculate(solarActor, systems.add(solar.id(), guided(frame,
                "Extrusion and anodising 2024", new GuidedSystem("CN-GD", new QuantityDto(1000.0, "kg"), true, null,
                        List.of(supplier("Aluminium billet (hydropower smelter)", 1040, "kg", "Yunnan smelter (demo)", 8.2)),
                        List.of(electricity(1750, "kWh", 5), fuel("fuel.combustion.natural-gas", 3.8, "GJ")), List.of(),
                        List.of(leg("Billets from Yunnan", "INBOUND", "RAIL", 1.04, 1_300)), List.of()))
                .toModel(frame)).id());
        PublishedFootprint framePf = publications.publish(solar.id(), frameResult.id(), publication("2024-01-01",
                "2025-01-01", null, null, null, null, null, 1.0, 0.0, "Withdrawn pending a new billet supplier."));
        published.deprecate(solar.id(), framePf.id(), Instant.now());
        log.info("Demo footprints loaded; first steel coil footprint {}", coilV1.id());
    }

    private Product product(Organisation organisation, String name) {
        return products.of(organisation.id()).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static Actor actor(Organisation organisation) {
        return new Actor(organisation.id(), "demo-data", "Demo data", Set.of(Role.EXPORTER), Actor.Kind.USER);
    }

    /**
     * An integrated (blast furnace, basic oxygen furnace) mill in Zhejiang, per tonne of coil, as process data:
     * ore and coke from suppliers, ore shipped from Australia, ironmaking, steelmaking with purchased scrap, hot
     * rolling, transport to the port and by sea to Europe.
     */
    private static ProductSystemDraft coil(Product product, String gwpSet) {
        List<ProcessDto> processes = List.of(
                process("rolling", "Hot rolling", "PRODUCTION", "CN-ZJ", null, true, new QualityDto(1.0, 1.0, 1.0),
                        out("hot-rolled coil", 1, "t"), in("crude steel", 1.04, "t", "bof"),
                        in("to port", 60, "t*km", "road-port"), in("to Rotterdam", 19_500, "t*km", "sea-eu"),
                        bg("reheating gas", "fuel.combustion.natural-gas", "GLOBAL", 1.1, "GJ", null),
                        bg("electricity", "electricity.grid", null, 115, "kWh", lognormal(115, 1.05))),
                process("bof", "Basic oxygen steelmaking", "PRODUCTION", "CN-ZJ", null, true,
                        new QualityDto(1.0, 1.0, 1.0), out("crude steel", 1, "t"), in("hot metal", 0.92, "t", "bf"),
                        in("steel scrap", 0.18, "t", "scrap"),
                        bg("ladle heating gas", "fuel.combustion.natural-gas", "GLOBAL", 0.25, "GJ", null),
                        bg("electricity", "electricity.grid", null, 50, "kWh", null),
                        emission("decarburisation CO2", "CO2_FOSSIL", 120, lognormal(120, 1.1))),
                process("bf", "Blast furnace ironmaking", "PRODUCTION", "CN-ZJ", null, true,
                        new QualityDto(1.0, 1.0, 1.0), out("hot metal", 1, "t"), in("iron ore", 1.55, "t", "ore"),
                        in("coke", 0.36, "t", "coke"), in("ore shipping", 9_300, "t*km", "ore-sea"),
                        bg("electricity", "electricity.grid", null, 95, "kWh", null),
                        emission("carbon mass balance CO2", "CO2_FOSSIL", 1_280, lognormal(1_280, 1.05)),
                        emission("CH4", "CH4_FOSSIL", 0.05, null)),
                process("coke", "Metallurgical coke", "RAW_MATERIAL_ACQUISITION", "CN-SX", "Shanxi coking plant (demo)",
                        true, new QualityDto(2.0, 2.0, 2.0), out("coke", 1, "t"),
                        emission("supplier-declared footprint", "CO2E", 480, lognormal(480, 1.2))),
                process("ore", "Iron ore fines", "RAW_MATERIAL_ACQUISITION", "AU", "Pilbara mine (demo)", true,
                        new QualityDto(2.0, 2.0, 2.0), out("iron ore", 1, "t"),
                        emission("supplier-declared footprint", "CO2E", 12, lognormal(12, 1.3))),
                process("scrap", "Purchased steel scrap (cut-off: no upstream burden)", "RAW_MATERIAL_ACQUISITION",
                        "CN-ZJ", "Scrap dealer (demo)", false, null, out("steel scrap", 1, "t")),
                process("ore-sea", "Ore shipping, Port Hedland to Ningbo", "RAW_MATERIAL_ACQUISITION", "GLOBAL", null,
                        false, null, out("ore shipping", 1, "t*km"),
                        bg("bulk freight", "transport.sea.conventional", null, 1, "t*km", null)),
                process("road-port", "Road to Ningbo port", "DISTRIBUTION", "GLOBAL", null, false, null,
                        out("to port", 1, "t*km"), bg("truck", "transport.road.diesel", null, 1, "t*km", null)),
                process("sea-eu", "Sea freight, Ningbo to Rotterdam", "DISTRIBUTION", "GLOBAL", null, false, null,
                        out("to Rotterdam", 1, "t*km"),
                        bg("container ship", "transport.sea.conventional", null, 1, "t*km", null)));
        return new ProductSystemDraft(product.id(), "Integrated mill route, Ningbo", "Site data of the Ningbo works "
                + "(demo)", new QuantityDto(1.0, "t"), "PHYSICAL", gwpSet, "rolling", "hot-rolled coil", null, processes);
    }

    private static ProductSystemDraft guided(Product product, String name, GuidedSystem system) {
        return new ProductSystemDraft(product.id(), name, "", null, null, null, null, null, system, null);
    }

    private static GuidedSystem.Material supplier(String name, double amount, String unit, String supplier, double kg) {
        return new GuidedSystem.Material(name, amount, unit, supplier, kg, null, null, null,
                lognormal(amount, 1.02));
    }

    private static GuidedSystem.Energy electricity(double amount, String unit, double percent) {
        return new GuidedSystem.Energy("ELECTRICITY", null, amount, unit, null,
                lognormal(amount, Math.sqrt(1 + percent / 100)));
    }

    private static GuidedSystem.Energy fuel(String activity, double amount, String unit) {
        return new GuidedSystem.Energy("FUEL", activity, amount, unit, "GLOBAL", null);
    }

    private static GuidedSystem.Transport leg(String name, String leg, String mode, double tonnes, double km) {
        return new GuidedSystem.Transport(name, leg, mode, null, tonnes, km, null);
    }

    private static ProcessDto process(String id, String name, String stage, String site, String supplier,
                                      boolean primary, QualityDto quality, ExchangeDto... exchanges) {
        return new ProcessDto(id, name, stage, site, supplier, primary, quality, null, List.of(exchanges));
    }

    private static ExchangeDto out(String flow, double amount, String unit) {
        return new ExchangeDto("technosphere", null, flow, "PRODUCT", "OUTPUT", null, null, null, amount, unit, null,
                null, null);
    }

    private static ExchangeDto in(String flow, double amount, String unit, String provider) {
        return new ExchangeDto("technosphere", null, flow, "PRODUCT", "INPUT", null, null, null, amount, unit, provider,
                null, null);
    }

    private static ExchangeDto bg(String label, String activity, String region, double amount, String unit,
                                  UncertaintyDto u) {
        return new ExchangeDto("background", label, null, null, null, null, activity, region, amount, unit, null, null, u);
    }

    private static ExchangeDto emission(String label, String gas, double kg, UncertaintyDto u) {
        return new ExchangeDto("emission", label, null, null, null, gas, null, null, kg, "kg", null, null, u);
    }

    private static UncertaintyDto lognormal(double median, double gsd) {
        return new UncertaintyDto("LOGNORMAL", null, null, median, gsd, null, null, null);
    }

    private static PublicationRequest publication(String refStart, String refEnd, String validStart, String validEnd,
                                                  String country, String subdivision, String region, double mass,
                                                  double fossilCarbon, String comment) {
        return new PublicationRequest(day(refStart), day(refEnd), day(validStart), day(validEnd), country, subdivision,
                region, mass, fossilCarbon, null, null, null, false, 0.0, null, null, comment);
    }

    private static Instant day(String date) {
        return date == null ? null : Instant.parse(date + "T00:00:00Z");
    }
}
