package org.greenlane.server.cbam;

import org.greenlane.core.cbam.DefinitivePeriod;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.greenlane.server.platform.web.DashboardPanel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;

/** The exporter's CBAM exposure of the current year: certificates, cost, and what actual data save. */
@Component
class CbamPanel implements DashboardPanel {

    private final CarbonBorderCosts costs;

    CbamPanel(CarbonBorderCosts costs) {
        this.costs = costs;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.has(Role.EXPORTER);
    }

    @Override
    public String fragment() {
        return "cbam/panels :: exposure";
    }

    @Override
    public Map<String, Object> model(Actor actor) {
        int year = Math.max(DefinitivePeriod.FIRST_YEAR, Math.min(DefinitivePeriod.LAST_YEAR, LocalDate.now().getYear()));
        return Map.of("exposure", costs.exposure(actor.organisationId(), year));
    }
}
