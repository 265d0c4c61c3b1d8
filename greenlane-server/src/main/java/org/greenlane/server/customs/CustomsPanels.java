package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.Lane;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.greenlane.server.platform.web.DashboardPanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/** The green channel on the landing page: queue sizes for officers, held goods for exporters. */
@Configuration(proxyBeanMethods = false)
class CustomsPanels {

    @Bean
    DashboardPanel customsOfficerPanel(Queues queues) {
        return new DashboardPanel() {
            @Override
            public int order() {
                return 10;
            }

            @Override
            public boolean visibleTo(Actor actor) {
                return actor.has(Role.CUSTOMS_OFFICER);
            }

            @Override
            public String fragment() {
                return "customs/panels :: officer";
            }

            @Override
            public Map<String, Object> model(Actor actor) {
                return Map.of("lanes", List.of(Lane.RED, Lane.YELLOW, Lane.BLUE, Lane.GREEN),
                        "counts", queues.counts(actor.organisationId()));
            }
        };
    }

    @Bean
    DashboardPanel customsExporterPanel(Queues queues) {
        return new DashboardPanel() {
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
                return "customs/panels :: exporter";
            }

            @Override
            public Map<String, Object> model(Actor actor) {
                long held = queues.ofDeclarant(actor.organisationId(), 500).stream()
                        .filter(d -> d.status().startsWith("HELD")).count();
                return Map.of("held", held);
            }
        };
    }
}
