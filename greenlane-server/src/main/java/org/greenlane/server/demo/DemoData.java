package org.greenlane.server.demo;

import org.greenlane.server.footprint.DeclaredUnit;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.footprint.ProductDraft;
import org.greenlane.server.platform.identity.ApiClients;
import org.greenlane.server.platform.identity.Organisation;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.greenlane.server.platform.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * Organisations of every kind, their users, an API client and a few products, loaded once into a
 * demo database. Fictional names; ".example" addresses (RFC 2606) so no real mailbox is named.
 */
@Component
@ConditionalOnProperty(name = "greenlane.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String STEEL = "Zhejiang Lvyuan Steel Co., Ltd.";
    static final String SOLAR = "Shenzhen Sunpath Solar Technology Co., Ltd.";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Organisations organisations;
    private final UserAccounts users;
    private final ApiClients clients;
    private final ProductCatalogue products;

    DemoData(Organisations organisations, UserAccounts users, ApiClients clients, ProductCatalogue products) {
        this.organisations = organisations;
        this.users = users;
        this.clients = clients;
        this.products = products;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.findByName(STEEL).isPresent()) {
            return;
        }
        Organisation steel = organisations.register(STEEL, OrganisationKind.ENTERPRISE, "CN");
        user(steel, DemoLogins.STEEL_EXPORTER, "Chen Jing", Role.EXPORTER);
        user(steel, DemoLogins.STEEL_ADMIN, "Wang Lei", Role.ADMIN);
        clients.register(steel.id(), "Demo ERP connector", Set.of(Role.EXPORTER),
                DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        product(steel, "Hot-rolled steel coil, S235JR", "Non-alloy flat-rolled, width 1,500 mm, thickness 3-4.75 mm",
                "06901234500011", "72083900", DeclaredUnit.TONNE);
        product(steel, "Hexagon bolts M12 x 60, zinc-plated", "Property class 8.8, ISO 4014",
                "06901234500028", "73181588", DeclaredUnit.KILOGRAM);
        product(steel, "Steel wire rod, 6.5 mm", "Low-carbon wire rod in irregular coils",
                null, "72139110", DeclaredUnit.TONNE);

        Organisation solar = organisations.register(SOLAR, OrganisationKind.ENTERPRISE, "CN");
        user(solar, DemoLogins.SOLAR_EXPORTER, "Li Na", Role.EXPORTER);
        product(solar, "Monocrystalline PV module, 550 W", "144 half-cut cells, aluminium frame",
                "06923456700017", "85414300", DeclaredUnit.ITEM);
        product(solar, "Aluminium frame profile 6063-T5", "Anodised extrusion for PV modules",
                null, "76042910", DeclaredUnit.KILOGRAM);

        Organisation verifier = organisations.register("Green Verify Certification Co.", OrganisationKind.VERIFICATION_BODY, "CN");
        user(verifier, DemoLogins.VERIFIER, "Zhao Min", Role.VERIFIER);
        Organisation customs = organisations.register("Ningbo Customs District (demo)", OrganisationKind.CUSTOMS_AUTHORITY, "CN");
        user(customs, DemoLogins.CUSTOMS_OFFICER, "Sun Hao", Role.CUSTOMS_OFFICER);
        Organisation analysts = organisations.register("Green Trade Statistics Institute", OrganisationKind.ANALYSIS, "CN");
        user(analysts, DemoLogins.ANALYST, "Liu Yang", Role.ANALYST);
        Organisation operator = organisations.register("Greenlane platform operator", OrganisationKind.OPERATOR, null);
        user(operator, DemoLogins.OPERATOR_ADMIN, "Platform Admin", Role.ADMIN);
        log.info("Demo data loaded: {} organisations", 6);
    }

    private void user(Organisation organisation, String email, String name, Role role) {
        users.register(organisation.id(), email, name, DemoLogins.PASSWORD, Set.of(role));
    }

    private void product(Organisation organisation, String name, String description, String gtin, String cnCode,
                         DeclaredUnit unit) {
        products.add(organisation.id(), new ProductDraft(name, description, gtin, cnCode, unit).normalised());
    }
}
