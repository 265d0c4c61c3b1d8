package org.greenlane.server.footprint;

import org.greenlane.server.footprint.results.FootprintResults;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.greenlane.server.platform.web.DashboardPanel;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The exporter's footprints at a glance: latest results and what is published for exchange. */
@Component
class FootprintsPanel implements DashboardPanel {

    private static final int SHOWN = 4;

    private final FootprintResults results;
    private final PublishedFootprints published;

    FootprintsPanel(FootprintResults results, PublishedFootprints published) {
        this.results = results;
        this.published = published;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.has(Role.EXPORTER);
    }

    @Override
    public String fragment() {
        return "footprint/panels :: footprints";
    }

    @Override
    public Map<String, Object> model(Actor actor) {
        List<FootprintResults.Summary> latest = results.list(actor.organisationId(), null, null, 100);
        List<FootprintResults.Summary> perSystem = latest.stream()
                .filter(r -> r.productSystemId() != null)
                .collect(java.util.stream.Collectors.toMap(FootprintResults.Summary::productSystemId, r -> r,
                        (newer, older) -> newer, java.util.LinkedHashMap::new))
                .values().stream().limit(SHOWN).toList();
        List<PublishedFootprint> all = published.of(actor.organisationId());
        long active = all.stream().filter(pf -> pf.status() == FootprintStatus.ACTIVE).count();
        return Map.of("latest", perSystem, "active", active, "deprecated", all.size() - active);
    }
}
