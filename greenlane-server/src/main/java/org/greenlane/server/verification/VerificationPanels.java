package org.greenlane.server.verification;

import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.greenlane.server.platform.web.DashboardPanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The landing-page panels: an exporter sees its open requests, findings waiting for its answer, statements and valid
 * certificates; a verifier its queue by state and what it issued.
 */
@Configuration(proxyBeanMethods = false)
class VerificationPanels {

    @Bean
    DashboardPanel exporterVerificationPanel(VerificationRequests requests, Statements statements) {
        return panel(35, actor -> actor.has(Role.EXPORTER), "verification/panels :: exporter", actor -> {
            List<VerificationRequest> mine = requests.of(actor.organisationId()).stream()
                    .filter(r -> r.exporter(actor.organisationId())).toList();
            return Map.of("open", mine.stream().filter(r -> r.status().open()).count(),
                    "findings", requests.openFindings(actor.organisationId(), true, Finding.Status.OPEN),
                    "statements", statements.of(actor.organisationId()).size(),
                    "certificates", statements.certificatesOfOrganisation(actor.organisationId()).stream()
                            .filter(c -> c.validOn(Verifications.today())).count());
        });
    }

    @Bean
    DashboardPanel verifierVerificationPanel(VerificationRequests requests, Statements statements, VerifierProfiles profiles) {
        return panel(10, actor -> actor.has(Role.VERIFIER), "verification/panels :: verifier", actor -> {
            List<VerificationRequest> queue = requests.of(actor.organisationId()).stream()
                    .filter(r -> r.verifier(actor.organisationId())).toList();
            return Map.of("waiting", queue.stream().filter(r -> r.status() == VerificationRequest.Status.REQUESTED).count(),
                    "review", queue.stream().filter(r -> r.status().underReview()).count(),
                    "answered", requests.openFindings(actor.organisationId(), false, Finding.Status.ANSWERED),
                    "statements", statements.of(actor.organisationId()).size(),
                    "profile", profiles.find(actor.organisationId()).isPresent());
        });
    }

    private static DashboardPanel panel(int order, Predicate<Actor> visible, String fragment,
                                        Function<Actor, Map<String, Object>> model) {
        return new DashboardPanel() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean visibleTo(Actor actor) {
                return visible.test(actor);
            }

            @Override
            public String fragment() {
                return fragment;
            }

            @Override
            public Map<String, Object> model(Actor actor) {
                return model.apply(actor);
            }
        };
    }
}
