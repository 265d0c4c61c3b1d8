package org.greenlane.server.label;

import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.greenlane.server.platform.web.DashboardPanel;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The exporter's landing page leads to its carbon labels. */
@Component
class LabelsPanel implements DashboardPanel {

    private final CarbonLabels labels;

    LabelsPanel(CarbonLabels labels) {
        this.labels = labels;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.has(Role.EXPORTER);
    }

    @Override
    public String fragment() {
        return "label/panels :: labels";
    }

    @Override
    public Map<String, Object> model(Actor actor) {
        return Map.of("labels", labels.count(actor.organisationId()));
    }
}
