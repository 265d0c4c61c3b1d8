package org.greenlane.server.footprint;

import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.greenlane.server.platform.web.DashboardPanel;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The exporter's landing page shows its products first. */
@Component
class ProductsPanel implements DashboardPanel {

    private static final int SHOWN = 5;

    private final ProductCatalogue catalogue;

    ProductsPanel(ProductCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.has(Role.EXPORTER);
    }

    @Override
    public String fragment() {
        return "footprint/panels :: products";
    }

    @Override
    public Map<String, Object> model(Actor actor) {
        var products = catalogue.of(actor.organisationId());
        return Map.of("count", products.size(), "latest", products.stream().limit(SHOWN).toList());
    }
}
