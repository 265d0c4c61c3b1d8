package org.greenlane.server.cbam;

import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.platform.identity.Organisation;
import org.greenlane.server.platform.identity.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo steel exporter's CBAM data: its steel works (steelmaking and hot rolling, fictional monitoring figures),
 * two EU importers, goods lines for its products in 2026 and a price scenario, so the CBAM pages show computed figures
 * from the first start. Runs once the platform's demo data exist (after all runners), once per database.
 */
@Component
@ConditionalOnProperty(name = "greenlane.demo.enabled", havingValue = "true")
class CbamDemoData {

    /** The demo steel exporter of {@code demo.DemoData}. */
    static final String STEEL = "Zhejiang Lvyuan Steel Co., Ltd.";
    private static final String FICTIONAL = "Greenlane demo: fictional installation monitoring data";

    private static final Logger log = LoggerFactory.getLogger(CbamDemoData.class);

    private final Organisations organisations;
    private final ProductCatalogue products;
    private final Importers importers;
    private final Installations installations;
    private final GoodsLines lines;
    private final PriceScenarios scenarios;
    private final CarbonBorderCosts costs;
    private final TransactionTemplate transaction;

    CbamDemoData(Organisations organisations, ProductCatalogue products, Importers importers, Installations installations,
                 GoodsLines lines, PriceScenarios scenarios, CarbonBorderCosts costs, TransactionTemplate transaction) {
        this.organisations = organisations;
        this.products = products;
        this.importers = importers;
        this.installations = installations;
        this.lines = lines;
        this.scenarios = scenarios;
        this.costs = costs;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        Organisation steel = organisations.findByName(STEEL).orElse(null);
        if (steel == null || !importers.of(steel.id()).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> seed(steel.id()));
        log.info("CBAM demo data loaded for {}", STEEL);
    }

    private void seed(UUID organisation) {
        Importer rheinstahl = importers.add(organisation, new ImporterDraft("Rheinstahl Handel GmbH", "DE123456789012345", "DE",
                "Duisburg", false));
        Importer lombardi = importers.add(organisation, new ImporterDraft("Acciai Lombardi S.p.A.", "IT01234567890", "IT", "Brescia", false));

        InstallationDraft works = works();
        costs.check(works);
        Installation installation = installations.add(organisation, works);

        Map<String, UUID> product = new LinkedHashMap<>();
        for (Product p : products.of(organisation)) {
            product.put(p.hsCode(), p.id());
        }
        line(organisation, new GoodsLineDraft(rheinstahl.id(), product.get("72083900"), "Hot-rolled coil S235JR, 3 mm",
                "72083900", "CN", new BigDecimal("1200"), LocalDate.of(2026, 2, 16), GoodsLineDraft.Basis.ACTUAL_DATA, null, null,
                installation.id(), "hot-rolling"));
        // ISO 4014 bolts of property class 8.8 are non-stainless hexagon bolts of >= 800 MPa: CN 7318 15 88
        line(organisation, new GoodsLineDraft(rheinstahl.id(), product.get("73181588"), "Hexagon bolts M12 x 60, class 8.8",
                "73181588", "CN", new BigDecimal("40"), LocalDate.of(2026, 3, 10), GoodsLineDraft.Basis.DEFAULT_VALUES, null, null,
                null, null));
        line(organisation, new GoodsLineDraft(lombardi.id(), product.get("72139110"), "Wire rod 6.5 mm",
                "72139110", "CN", new BigDecimal("600"), LocalDate.of(2026, 5, 20), GoodsLineDraft.Basis.DEFAULT_VALUES, null, null,
                null, null));
        line(organisation, new GoodsLineDraft(lombardi.id(), product.get("72083900"), "Hot-rolled coil S235JR, 3 mm",
                "72083900", "CN", new BigDecimal("800"), LocalDate.of(2026, 4, 8), GoodsLineDraft.Basis.ACTUAL_DATA, null, null,
                installation.id(), "hot-rolling"));

        Map<Integer, BigDecimal> rising = new LinkedHashMap<>();
        BigDecimal price = new BigDecimal("75.36");
        for (int year = 2026; year <= 2034; year++) {
            rising.put(year, price.setScale(2, java.math.RoundingMode.HALF_UP));
            price = price.multiply(new BigDecimal("1.08"));
        }
        scenarios.add(organisation, new ScenarioDraft("ETS tightening (demo)", "Greenlane demo assumption: the Q1 2026 price of "
                + "EUR 75.36 rising 8 % a year, rounded to the cent; not a forecast", rising));
    }

    private void line(UUID organisation, GoodsLineDraft draft) {
        costs.check(organisation, draft);
        lines.add(organisation, draft);
    }

    /**
     * A blast-furnace/basic-oxygen works (route (C)) making slabs, and a hot-strip mill rolling them into coil. Fuel and
     * material figures are fictional but of the usual order: coke 28.2 GJ/t at 107 t CO2/TJ, limestone 0.44 t CO2/t,
     * natural gas 35.5 GJ per 1000 Nm3 at 56.1 t CO2/TJ.
     */
    private static InstallationDraft works() {
        InstallationDraft.Process steelmaking = new InstallationDraft.Process("steelmaking", "72071210", "(C)", new BigDecimal("100000"),
                new InstallationDraft.Boundary(List.of(
                        stream(InstallationDraft.StreamType.COMBUSTION, "coke and coal, blast furnace", "45000", "0.0282", "107", "1", null),
                        stream(InstallationDraft.StreamType.PROCESS_EMISSIONS, "limestone", "20000", null, "0.44", null, "1")),
                        null, null, null, null, null, List.of(electricity("grid electricity, steel plant", "45000")), null),
                List.of(), null);
        InstallationDraft.Process rolling = new InstallationDraft.Process("hot-rolling", "72083900", "(C)", new BigDecimal("95000"),
                new InstallationDraft.Boundary(List.of(
                        stream(InstallationDraft.StreamType.COMBUSTION, "natural gas, reheating furnace", "3200", "0.0355", "56.1", "1", null)),
                        null, null, null, null, null, List.of(electricity("grid electricity, hot-strip mill", "9500")), null),
                List.of(new InstallationDraft.Precursor("slabs", "72071210", new BigDecimal("98000"),
                        InstallationDraft.PrecursorSource.OWN_PROCESS, "steelmaking", null, null, null, null, null, null)),
                new InstallationDraft.CarbonPrice("China national carbon emission trading scheme", "CN", new BigDecimal("90"), "CNY",
                        new BigDecimal("0.128"), new BigDecimal("0.05"), "Greenlane demo: fictional price, exchange rate and charged emissions"));
        return new InstallationDraft("CN-ZJ-LY-0001", "Lvyuan Ningbo steel works", STEEL, "CN", "Ningbo",
                "Beilun District, Ningbo, Zhejiang", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                new InstallationDraft.Verification("Green Verify Certification Co.", "DEMO-ACC-001", LocalDate.of(2026, 1, 20),
                        "Reasonable assurance: the emissions report is free from material misstatement (demo)"),
                List.of(steelmaking, rolling));
    }

    private static InstallationDraft.SourceStream stream(InstallationDraft.StreamType type, String name, String activityData,
                                                         String ncv, String emissionFactor, String oxidation, String conversion) {
        return new InstallationDraft.SourceStream(type, name, new BigDecimal(activityData), ncv == null ? null : new BigDecimal(ncv),
                new BigDecimal(emissionFactor), oxidation == null ? null : new BigDecimal(oxidation),
                conversion == null ? null : new BigDecimal(conversion), null, null, null);
    }

    private static InstallationDraft.Electricity electricity(String name, String megawattHours) {
        return new InstallationDraft.Electricity(name, new BigDecimal(megawattHours), new BigDecimal("0.5703"),
                InstallationDraft.FactorKind.GRID_OF_COUNTRY_OF_ORIGIN, FICTIONAL + " (grid factor of the order of China's national average)");
    }
}
