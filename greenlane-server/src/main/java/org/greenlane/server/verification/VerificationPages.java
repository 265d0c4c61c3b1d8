package org.greenlane.server.verification;

import org.greenlane.server.footprint.FootprintStatus;
import org.greenlane.server.footprint.PublishedFootprints;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The Verification pages: for an exporter its requests (new ones too), findings to answer, statements and
 * certificates; for a verifier its queue, the review of one request (footprint, findings, statement, certificates,
 * revocation); for a verification body's administrator its profile; other roles learn where verification results reach
 * them. Refused actions come back as a message on the page they were taken from.
 */
@Controller
@RequestMapping("/verification")
class VerificationPages {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Verifications verifications;
    private final VerificationViews views;
    private final VerifierProfiles profiles;
    private final ProfileEdits profileEdits;
    private final PublishedFootprints published;
    private final Organisations organisations;
    private final VerifierKeys keys;
    private final RotatingKeys rotating;

    VerificationPages(Verifications verifications, VerificationViews views, VerifierProfiles profiles,
                      ProfileEdits profileEdits, PublishedFootprints published, Organisations organisations,
                      VerifierKeys keys, RotatingKeys rotating) {
        this.verifications = verifications;
        this.views = views;
        this.profiles = profiles;
        this.profileEdits = profileEdits;
        this.published = published;
        this.organisations = organisations;
        this.keys = keys;
        this.rotating = rotating;
    }

    /** Formats instants for the templates. */
    static final class Format {
        public String time(Instant instant) {
            return instant == null ? "" : MINUTE.format(instant);
        }
    }

    record FootprintChoice(UUID id, String label) {
    }

    @GetMapping
    String overview(Actor actor, Model model) {
        model.addAttribute("fmt", new Format());
        model.addAttribute("exporter", actor.has(Role.EXPORTER));
        model.addAttribute("verifier", actor.has(Role.VERIFIER));
        boolean verificationBody = verificationBody(actor);
        model.addAttribute("verificationBody", verificationBody);
        if (verificationBody) {
            model.addAttribute("keys", keys.keys(actor.organisationId()));
        }
        if (actor.has(Role.EXPORTER) || actor.has(Role.VERIFIER)) {
            model.addAttribute("requests", views.requests(actor));
            model.addAttribute("statements", views.statements(actor));
            model.addAttribute("certificates", views.certificates(actor));
        }
        if (actor.has(Role.EXPORTER)) {
            model.addAttribute("footprints", active(actor));
            model.addAttribute("verifiers", profiles.all());
        }
        model.addAttribute("standards", ProfileDraft.STANDARDS);
        model.addAttribute("levels", ProfileDraft.LEVELS);
        model.addAttribute("admin", actor.has(Role.ADMIN));
        model.addAttribute("profile", profiles.find(actor.organisationId()).orElse(null));
        return "verification/verification";
    }

    @PostMapping("/requests")
    @PreAuthorize("hasRole('EXPORTER')")
    String request(Actor actor, @RequestParam(required = false) UUID footprintId,
                   @RequestParam(required = false) UUID verifierId, @RequestParam(required = false) String standard,
                   @RequestParam(required = false) String assuranceLevel, @RequestParam(required = false) String message,
                   RedirectAttributes redirect) {
        return attempt(redirect, "redirect:/verification#new-request", () -> {
            UUID id = verifications.request(actor, new Drafts.RequestDraft(footprintId, verifierId, standard, assuranceLevel,
                    message)).id();
            return "redirect:/verification/requests/" + id;
        });
    }

    @GetMapping("/requests/{id}")
    @PreAuthorize("hasAnyRole('EXPORTER', 'VERIFIER')")
    String request(Actor actor, @PathVariable UUID id, Model model) {
        Views.RequestView request = views.request(actor, id);
        boolean exporter = actor.has(Role.EXPORTER) && request.exporterId().equals(actor.organisationId());
        boolean verifier = actor.has(Role.VERIFIER) && request.verifierId().equals(actor.organisationId());
        model.addAttribute("fmt", new Format());
        model.addAttribute("request", request);
        model.addAttribute("asExporter", exporter);
        model.addAttribute("asVerifier", verifier);
        model.addAttribute("document", verifications.readableFootprint(actor, id).map(FootprintFacts::document).orElse(null));
        model.addAttribute("opinions", Statement.OPINIONS);
        model.addAttribute("severities", Finding.Severity.values());
        model.addAttribute("kinds", Certificate.KINDS);
        model.addAttribute("evidenceKinds", List.of(Certificate.Evidence.OFFSET, Certificate.Evidence.GREEN_ELECTRICITY));
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        if (exporter && request.footprint() != null) {
            model.addAttribute("successors", published.of(actor.organisationId()).stream()
                    .filter(pf -> pf.status() == FootprintStatus.ACTIVE && !pf.id().equals(request.footprintId())
                            && pf.pact().path("productNameCompany").asText().equals(request.footprint().product()))
                    .map(pf -> new FootprintChoice(pf.id(), label(pf.pact().path("productNameCompany").asText(), pf.created())))
                    .toList());
        }
        return "verification/request";
    }

    @PostMapping("/requests/{id}/withdrawal")
    @PreAuthorize("hasRole('EXPORTER')")
    String withdraw(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return attempt(redirect, back(id), () -> {
            verifications.withdraw(actor, id);
            return back(id);
        });
    }

    @PostMapping("/requests/{id}/revision")
    @PreAuthorize("hasRole('EXPORTER')")
    String revise(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID footprintId,
                  RedirectAttributes redirect) {
        return attempt(redirect, back(id), () -> {
            verifications.revise(actor, id, new Drafts.Revision(footprintId));
            return back(id);
        });
    }

    @PostMapping("/requests/{id}/acceptance")
    @PreAuthorize("hasRole('VERIFIER')")
    String accept(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return attempt(redirect, back(id), () -> {
            verifications.accept(actor, id);
            return back(id);
        });
    }

    @PostMapping("/requests/{id}/decline")
    @PreAuthorize("hasRole('VERIFIER')")
    String decline(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        return attempt(redirect, back(id), () -> {
            verifications.decline(actor, id, new Drafts.Reason(reason));
            return back(id);
        });
    }

    @PostMapping("/requests/{id}/findings")
    @PreAuthorize("hasRole('VERIFIER')")
    String raise(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String severity,
                 @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return attempt(redirect, back(id) + "#findings", () -> {
            verifications.raise(actor, id, new Drafts.FindingDraft(severity, text));
            return back(id) + "#findings";
        });
    }

    @PostMapping("/requests/{id}/findings/{number}/answer")
    @PreAuthorize("hasRole('EXPORTER')")
    String answer(Actor actor, @PathVariable UUID id, @PathVariable int number,
                  @RequestParam(required = false) String answer, RedirectAttributes redirect) {
        return attempt(redirect, back(id) + "#findings", () -> {
            verifications.answer(actor, id, number, new Drafts.Answer(answer));
            return back(id) + "#findings";
        });
    }

    @PostMapping("/requests/{id}/findings/{number}/closure")
    @PreAuthorize("hasRole('VERIFIER')")
    String close(Actor actor, @PathVariable UUID id, @PathVariable int number, RedirectAttributes redirect) {
        return attempt(redirect, back(id) + "#findings", () -> {
            verifications.close(actor, id, number);
            return back(id) + "#findings";
        });
    }

    @PostMapping("/requests/{id}/statement")
    @PreAuthorize("hasRole('VERIFIER')")
    String issue(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String opinion,
                 RedirectAttributes redirect) {
        return attempt(redirect, back(id), () -> {
            verifications.issue(actor, id, new Drafts.StatementDraft(opinion));
            return back(id) + "#statement";
        });
    }

    @PostMapping("/statements/{id}/certificates")
    @PreAuthorize("hasRole('VERIFIER')")
    String certify(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String validFrom, @RequestParam(required = false) String validUntil,
                   @RequestParam(required = false) String coveredDeclaredUnits,
                   @RequestParam(required = false) List<String> evidenceKind,
                   @RequestParam(required = false) List<String> evidenceRegistry,
                   @RequestParam(required = false) List<String> evidenceReference,
                   @RequestParam(required = false) List<String> evidenceTonnes, RedirectAttributes redirect) {
        UUID requestId = views.statement(actor, id).requestId();
        return attempt(redirect, back(requestId) + "#certificates", () -> {
            List<Drafts.EvidenceDraft> evidence = new ArrayList<>();
            int rows = evidenceReference == null ? 0 : evidenceReference.size();
            for (int i = 0; i < rows; i++) {
                if (evidenceReference.get(i).isBlank() && at(evidenceRegistry, i).isBlank() && at(evidenceTonnes, i).isBlank()) {
                    continue;
                }
                evidence.add(new Drafts.EvidenceDraft(at(evidenceKind, i), at(evidenceRegistry, i), evidenceReference.get(i),
                        decimal(at(evidenceTonnes, i), "evidence[" + i + "].tonnesCo2e")));
            }
            verifications.certify(actor, id, new Drafts.CertificateDraft(kind, date(validFrom, "validFrom"),
                    date(validUntil, "validUntil"), decimal(coveredDeclaredUnits, "coveredDeclaredUnits"), evidence));
            return back(requestId) + "#certificates";
        });
    }

    @PostMapping("/certificates/{id}/revocation")
    @PreAuthorize("hasRole('VERIFIER')")
    String revoke(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        UUID requestId = views.statement(actor, views.certificate(actor, id).statementId()).requestId();
        return attempt(redirect, back(requestId) + "#certificates", () -> {
            verifications.revoke(actor, id, new Drafts.Reason(reason));
            return back(requestId) + "#certificates";
        });
    }

    @PostMapping("/profile")
    @PreAuthorize("hasRole('ADMIN')")
    String profile(Actor actor, @RequestParam(required = false) String accreditationBody,
                   @RequestParam(required = false) String accreditationId, @RequestParam(required = false) String sectors,
                   @RequestParam(required = false) String hsChapters, @RequestParam(required = false) List<String> standards,
                   @RequestParam(required = false) List<String> assuranceLevels,
                   @RequestParam(required = false) String version, RedirectAttributes redirect) {
        return attempt(redirect, "redirect:/verification#profile", () -> {
            profileEdits.save(actor, new ProfileDraft(accreditationBody, accreditationId, lines(sectors), lines(hsChapters),
                    standards, assuranceLevels), version == null || version.isBlank() ? null : "\"" + version + "\"");
            redirect.addFlashAttribute("profileSaved", true);
            return "redirect:/verification#profile";
        });
    }

    @PostMapping("/keys/rotation")
    @PreAuthorize("hasRole('ADMIN')")
    String rotateKey(Actor actor, RedirectAttributes redirect) {
        rotating.rotate(actor);
        redirect.addFlashAttribute("keyRotated", true);
        return "redirect:/verification#keys";
    }

    /** Runs an action; a refusal becomes a message on the page to go back to. */
    private static String attempt(RedirectAttributes redirect, String back, Supplier<String> action) {
        try {
            return action.get();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.errors().stream().map(e -> e.field() + ": " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElse(""));
        } catch (WorkflowConflict | OptimisticLockingFailureException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return back;
    }

    private boolean verificationBody(Actor actor) {
        return organisations.find(actor.organisationId()).map(o -> o.kind() == OrganisationKind.VERIFICATION_BODY).orElse(false);
    }

    private List<FootprintChoice> active(Actor actor) {
        return published.of(actor.organisationId()).stream().filter(pf -> pf.status() == FootprintStatus.ACTIVE)
                .map(pf -> new FootprintChoice(pf.id(), label(pf.pact().path("productNameCompany").asText(), pf.created())))
                .toList();
    }

    private static String label(String product, Instant published) {
        return product + " · " + MINUTE.format(published);
    }

    private static String back(UUID requestId) {
        return "redirect:/verification/requests/" + requestId;
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidInput(field, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static BigDecimal decimal(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput(field, "'" + text + "' is not a number");
        }
    }
}
