package org.greenlane.server.label;

import org.greenlane.server.footprint.FootprintStatus;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.footprint.PublishedFootprint;
import org.greenlane.server.footprint.PublishedFootprints;
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

import java.util.Optional;
import java.util.Set;

/**
 * Two demo labels of the steel exporter, made once after the demo footprints: the hot-rolled coil (a GTIN,
 * so a GS1 Digital Link with a batch) and the wire rod (no GTIN, so the platform product path).
 */
@Component
@ConditionalOnProperty(name = "greenlane.demo.enabled", havingValue = "true")
class LabelDemo {

    static final String STEEL = "Zhejiang Lvyuan Steel Co., Ltd.";
    static final String COIL = "Hot-rolled steel coil, S235JR";
    static final String COIL_BATCH = "HRC2025-07A";
    static final String WIRE_ROD = "Steel wire rod, 6.5 mm";

    private static final Logger log = LoggerFactory.getLogger(LabelDemo.class);

    private final Organisations organisations;
    private final ProductCatalogue products;
    private final PublishedFootprints published;
    private final CarbonLabels labels;
    private final LabelIssuance issuance;

    LabelDemo(Organisations organisations, ProductCatalogue products, PublishedFootprints published, CarbonLabels labels,
              LabelIssuance issuance) {
        this.organisations = organisations;
        this.products = products;
        this.published = published;
        this.labels = labels;
        this.issuance = issuance;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        Optional<Organisation> steel = organisations.findByName(STEEL);
        if (steel.isEmpty() || !labels.of(steel.get().id()).isEmpty()) {
            return;
        }
        Actor exporter = new Actor(steel.get().id(), "demo-data", "Demo data", Set.of(Role.EXPORTER), Actor.Kind.USER);
        active(steel.get(), COIL).ifPresent(pf -> issuance.issue(exporter, pf.id(), COIL_BATCH));
        active(steel.get(), WIRE_ROD).ifPresent(pf -> issuance.issue(exporter, pf.id(), null));
        log.info("Demo carbon labels issued: {}", labels.of(steel.get().id()).size());
    }

    private Optional<PublishedFootprint> active(Organisation organisation, String productName) {
        return products.of(organisation.id()).stream().filter(p -> p.name().equals(productName)).findFirst()
                .map(Product::id)
                .flatMap(product -> published.active(organisation.id(), product).stream()
                        .filter(pf -> pf.status() == FootprintStatus.ACTIVE).findFirst());
    }
}
