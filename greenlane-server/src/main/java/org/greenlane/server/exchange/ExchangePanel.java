package org.greenlane.server.exchange;

import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.greenlane.server.platform.web.DashboardPanel;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The exporter's landing page shows what it shares over PACT and what partners asked for. */
@Component
class ExchangePanel implements DashboardPanel {

    private final HostedFootprints hosted;
    private final PactPartners partners;
    private final RequestsReceived requests;

    ExchangePanel(HostedFootprints hosted, PactPartners partners, RequestsReceived requests) {
        this.hosted = hosted;
        this.partners = partners;
        this.requests = requests;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return actor.has(Role.EXPORTER);
    }

    @Override
    public String fragment() {
        return "exchange/panels :: exchange";
    }

    @Override
    public Map<String, Object> model(Actor actor) {
        return Map.of(
                "footprints", hosted.count(actor.organisationId()),
                "partners", partners.of(actor.organisationId()).size(),
                "open", requests.openCount(actor.organisationId()));
    }
}
