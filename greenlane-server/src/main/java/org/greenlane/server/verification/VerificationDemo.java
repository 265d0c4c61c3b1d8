package org.greenlane.server.verification;

import org.greenlane.server.footprint.FootprintStatus;
import org.greenlane.server.footprint.PublishedFootprint;
import org.greenlane.server.footprint.PublishedFootprints;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Organisation;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Demo verification, loaded once: the demo verification body's profile, a completed verification of the steel
 * exporter's Active coil footprint (one finding raised, answered and closed; an unmodified statement; a carbon
 * footprint label valid for a year) and an open request for its bolts with a major finding awaiting the exporter's
 * answer. It runs when the application accepts traffic, after the footprint demo has published on ApplicationReady.
 */
@Component
@ConditionalOnProperty(name = "greenlane.demo.enabled", havingValue = "true")
class VerificationDemo {

    static final String VERIFIER = "Green Verify Certification Co.";
    private static final String STEEL = "Zhejiang Lvyuan Steel Co., Ltd.";
    private static final String COIL = "Hot-rolled steel coil, S235JR";
    private static final String BOLTS = "Hexagon bolts M12 x 60, zinc-plated";
    private static final Logger log = LoggerFactory.getLogger(VerificationDemo.class);

    private final Organisations organisations;
    private final VerifierProfiles profiles;
    private final PublishedFootprints published;
    private final Verifications verifications;

    VerificationDemo(Organisations organisations, VerifierProfiles profiles, PublishedFootprints published,
                     Verifications verifications) {
        this.organisations = organisations;
        this.profiles = profiles;
        this.published = published;
        this.verifications = verifications;
    }

    @EventListener
    void load(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return;
        }
        Optional<Organisation> verifier = organisations.findByName(VERIFIER);
        Optional<Organisation> steel = organisations.findByName(STEEL);
        if (verifier.isEmpty() || steel.isEmpty() || profiles.find(verifier.get().id()).isPresent()) {
            return;
        }
        Optional<PublishedFootprint> coil = active(steel.get().id(), COIL);
        Optional<PublishedFootprint> bolts = active(steel.get().id(), BOLTS);
        if (coil.isEmpty() || bolts.isEmpty()) {
            return;
        }
        profiles.save(verifier.get().id(), new ProfileDraft("CNAS (China National Accreditation Service for Conformity "
                + "Assessment)", "CNAS C-GV-0421 (demo)", List.of("Iron and steel", "Fasteners", "Aluminium",
                "Photovoltaic modules"), List.of("72", "73", "76", "85"), ProfileDraft.STANDARDS, ProfileDraft.LEVELS)
                .validated(), 0);
        Actor exporter = new Actor(steel.get().id(), "demo-data", "Chen Jing", Set.of(Role.EXPORTER), Actor.Kind.USER);
        Actor auditor = new Actor(verifier.get().id(), "demo-data", "Zhao Min", Set.of(Role.VERIFIER), Actor.Kind.USER);

        UUID done = verifications.request(exporter, new Drafts.RequestDraft(coil.get().id(), verifier.get().id(),
                "ISO 14067:2018", "reasonable", "Annual verification of the coil footprint for our EU customers (demo).")).id();
        verifications.accept(auditor, done);
        Finding scrap = verifications.raise(auditor, done, new Drafts.FindingDraft("MINOR",
                "The scrap input is cut off with no upstream burden; show the scrap dealer's invoices that it is "
                        + "post-consumer scrap (demo)."));
        verifications.answer(exporter, done, scrap.number(), new Drafts.Answer(
                "Invoices of 2024 from the scrap dealer attached to the site file; all post-consumer demolition scrap (demo)."));
        verifications.close(auditor, done, scrap.number());
        Statement statement = verifications.issue(auditor, done, new Drafts.StatementDraft(Statement.UNMODIFIED));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate until = today.plusYears(1);
        if (coil.get().validityPeriodEnd() != null) {
            LocalDate footprintEnd = coil.get().validityPeriodEnd().atZone(ZoneOffset.UTC).toLocalDate();
            until = until.isAfter(footprintEnd) ? footprintEnd : until;
        }
        verifications.certify(auditor, statement.id(), new Drafts.CertificateDraft(Certificate.LABEL, today, until,
                null, null));

        UUID open = verifications.request(exporter, new Drafts.RequestDraft(bolts.get().id(), verifier.get().id(),
                "ISO 14067:2018", "limited", null)).id();
        verifications.accept(auditor, open);
        verifications.raise(auditor, open, new Drafts.FindingDraft("MAJOR",
                "Zinc plating: the electricity of the plating line is missing from the bill of materials; add it or "
                        + "justify its exclusion against the cut-off criterion (demo)."));
        log.info("Demo verification loaded: statement {} on footprint {}", statement.id(), coil.get().id());
    }

    private Optional<PublishedFootprint> active(UUID organisationId, String product) {
        return published.of(organisationId).stream().filter(pf -> pf.status() == FootprintStatus.ACTIVE
                && product.equals(pf.pact().path("productNameCompany").asText())).findFirst();
    }
}
