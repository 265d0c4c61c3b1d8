package org.greenlane.server.platform.identity;

import org.greenlane.server.platform.web.DashboardPanel;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Everyone's landing page says who they are acting for; administrators also see their people and clients. */
@Component
class OrganisationPanel implements DashboardPanel {

    private final Organisations organisations;
    private final UserAccounts users;
    private final ApiClients clients;

    OrganisationPanel(Organisations organisations, UserAccounts users, ApiClients clients) {
        this.organisations = organisations;
        this.users = users;
        this.clients = clients;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return true;
    }

    @Override
    public String fragment() {
        return "platform/panels :: organisation";
    }

    @Override
    public Map<String, Object> model(Actor actor) {
        Organisation organisation = organisations.find(actor.organisationId()).orElseThrow();
        if (!actor.has(Role.ADMIN)) {
            return Map.of("organisation", organisation);
        }
        return Map.of("organisation", organisation,
                "users", users.of(actor.organisationId()),
                "clients", clients.of(actor.organisationId()));
    }
}
