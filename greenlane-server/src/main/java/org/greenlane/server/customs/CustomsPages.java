package org.greenlane.server.customs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.customs.selectivity.Lane;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Customs section. Officers get the workbench (queues by lane, declaration detail with every
 * reason, inspection results, enterprise profiles, criteria, offices, models, KPIs); enterprises get
 * their own declarations with lane and status only.
 */
@Controller
@RequestMapping("/customs")
@PreAuthorize("hasAnyRole('EXPORTER', 'CUSTOMS_OFFICER')")
class CustomsPages {

    private static final int QUEUE_LIMIT = 200;

    private final Queues queues;
    private final CustomsViews views;
    private final Workbench workbench;
    private final EnterpriseProfiles profiles;
    private final CriteriaVersions criteria;
    private final Offices offices;
    private final RiskModels models;
    private final ModelLifecycle lifecycle;
    private final CustomsKpis kpis;
    private final Evidence evidence;
    private final ObjectMapper json;

    CustomsPages(Queues queues, CustomsViews views, Workbench workbench, EnterpriseProfiles profiles,
                 CriteriaVersions criteria, Offices offices, RiskModels models, ModelLifecycle lifecycle,
                 CustomsKpis kpis, Evidence evidence, ObjectMapper json) {
        this.queues = queues;
        this.views = views;
        this.workbench = workbench;
        this.profiles = profiles;
        this.criteria = criteria;
        this.offices = offices;
        this.models = models;
        this.lifecycle = lifecycle;
        this.kpis = kpis;
        this.evidence = evidence;
        this.json = json;
    }

    @GetMapping
    String home(Actor actor, @RequestParam(required = false) Lane lane, Model model) {
        if (!actor.has(Role.CUSTOMS_OFFICER)) {
            model.addAttribute("declarations", queues.ofDeclarant(actor.organisationId(), QUEUE_LIMIT));
            return "customs/mine";
        }
        Lane shown = lane == null ? Lane.RED : lane;
        model.addAttribute("lane", shown);
        model.addAttribute("lanes", List.of(Lane.RED, Lane.YELLOW, Lane.BLUE, Lane.GREEN));
        model.addAttribute("counts", queues.counts(actor.organisationId()));
        model.addAttribute("items", queues.lane(actor.organisationId(), shown, QUEUE_LIMIT));
        return "customs/queues";
    }

    @GetMapping("/declarations/{id}")
    String declaration(Actor actor, @PathVariable UUID id, Model model) {
        if (!actor.has(Role.CUSTOMS_OFFICER)) {
            model.addAttribute("declaration", queues.ofDeclarant(actor.organisationId(), id)
                    .orElseThrow(() -> new RecordNotFound("declaration", id)));
            return "customs/mine-detail";
        }
        OfficerDeclaration view = views.forOfficer(actor.organisationId(), id)
                .orElseThrow(() -> new RecordNotFound("declaration", id));
        model.addAttribute("view", view);
        model.addAttribute("profile", profiles.find(actor.organisationId(), view.declaration().trader(), LocalDate.now())
                .orElse(null));
        model.addAttribute("recent", queues.ofTrader(actor.organisationId(), view.declaration().trader(), 10));
        model.addAttribute("categories", Finding.Category.values());
        model.addAttribute("severities", Finding.Severity.values());
        return "customs/declaration";
    }

    @PostMapping("/declarations/{id}/inspection")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    String inspect(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) Finding.Category category,
                   @RequestParam(required = false) Finding.Severity severity,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Boolean compliant = "COMPLIANT".equals(outcome) ? Boolean.TRUE : "NON_COMPLIANT".equals(outcome) ? Boolean.FALSE : null;
        try {
            workbench.recordInspection(actor, id, new InspectionResultForm(compliant,
                    Boolean.TRUE.equals(compliant) ? null : category, Boolean.TRUE.equals(compliant) ? null : severity, note));
            redirect.addFlashAttribute("recorded", true);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.errors());
        } catch (ResponseStatusException refused) {
            redirect.addFlashAttribute("refused", refused.getReason());
        }
        return "redirect:/customs/declarations/" + id;
    }

    @GetMapping("/enterprises/{code}")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    String enterprise(Actor actor, @PathVariable String code, Model model) {
        model.addAttribute("profile", profiles.find(actor.organisationId(), code, LocalDate.now())
                .orElseThrow(() -> new RecordNotFound("enterprise", code)));
        model.addAttribute("recent", queues.ofTrader(actor.organisationId(), code, 25));
        model.addAttribute("verificationAvailable", evidence.available());
        return "customs/enterprise";
    }

    @PostMapping("/enterprises/{code}")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    String changeEnterprise(Actor actor, @PathVariable String code, @RequestParam(required = false) String name,
                            @RequestParam(required = false) String aeo,
                            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate aeoSince,
                            RedirectAttributes redirect) {
        try {
            workbench.changeTrader(actor, code, new TraderStatusChange(name, "true".equals(aeo), aeoSince));
            redirect.addFlashAttribute("changed", true);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.errors());
        }
        return "redirect:/customs/enterprises/" + code;
    }

    @GetMapping("/criteria")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    String criteria(Actor actor, Model model) {
        CriteriaVersion current = criteria.current(actor.organisationId());
        model.addAttribute("current", current);
        model.addAttribute("set", current.criteria());
        model.addAttribute("history", criteria.history(actor.organisationId()));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", workbench.draftCriteria(actor.organisationId()));
        }
        return "customs/criteria";
    }

    @PostMapping("/criteria")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    String changeCriteria(Actor actor, @RequestParam String text, @RequestParam(required = false) String justification,
                          RedirectAttributes redirect) {
        try {
            CriteriaVersion stored = workbench.changeCriteria(actor, text, justification);
            redirect.addFlashAttribute("stored", stored.version());
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.errors());
            redirect.addFlashAttribute("draft", text);
            redirect.addFlashAttribute("justification", justification);
        }
        return "redirect:/customs/criteria";
    }

    @GetMapping("/offices")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    String offices(Actor actor, Model model) {
        model.addAttribute("offices", offices.ofAuthority(actor.organisationId()));
        return "customs/offices";
    }

    @PostMapping("/offices/{code}")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    String changeOffice(Actor actor, @PathVariable String code, @RequestParam int version, @RequestParam String name,
                        @RequestParam double expectedRed, @RequestParam double expectedYellow,
                        @RequestParam double expectedBlue, @RequestParam double minimumRandom,
                        @RequestParam Lane randomLane, RedirectAttributes redirect) {
        try {
            // The form shows percentages; the engine works in fractions.
            workbench.changeOffice(actor, code, version, new OfficeRates(name, expectedRed / 100, expectedYellow / 100,
                    expectedBlue / 100, minimumRandom / 100, randomLane));
            redirect.addFlashAttribute("changed", code);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.errors());
        }
        return "redirect:/customs/offices";
    }

    @GetMapping("/models")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    String models(Actor actor, Model model) {
        List<StoredModel> all = models.of(actor.organisationId());
        model.addAttribute("models", all);
        model.addAttribute("comparisons", all.stream().filter(m -> m.role() == org.greenlane.core.customs.model.ModelRole.CHALLENGER)
                .collect(java.util.stream.Collectors.toMap(StoredModel::id, m -> lifecycle.compare(actor.organisationId(), m))));
        return "customs/models";
    }

    @PostMapping("/models")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    String train(Actor actor, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("trained", lifecycle.train(actor.organisationId(), actor.displayName()).name());
        } catch (ResponseStatusException refused) {
            redirect.addFlashAttribute("refused", refused.getReason());
        }
        return "redirect:/customs/models";
    }

    @PostMapping("/models/{id}/promote")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    String promote(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        StoredModel model = models.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("model", id));
        try {
            lifecycle.promote(actor.organisationId(), model, actor.displayName());
            redirect.addFlashAttribute("promoted", model.name());
        } catch (ResponseStatusException refused) {
            redirect.addFlashAttribute("refused", refused.getReason());
        }
        return "redirect:/customs/models";
    }

    @GetMapping("/kpis")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    String kpis(Actor actor, Model model) {
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusDays(29);
        List<CustomsKpis.Figures> daily = kpis.daily(actor.organisationId(), from, to);
        model.addAttribute("period", kpis.period(actor.organisationId(), from, to));
        model.addAttribute("daily", daily);
        model.addAttribute("series", series(daily));
        return "customs/kpis";
    }

    /** The chart data as JSON for a data attribute: the page's script reads it, no inline script is needed. */
    private String series(List<CustomsKpis.Figures> daily) {
        try {
            return json.writeValueAsString(Map.of(
                    "days", daily.stream().map(f -> f.from().toString()).toList(),
                    "inspectionRate", daily.stream().map(CustomsKpis.Figures::inspectionRate).toList(),
                    "hitRate", daily.stream().map(CustomsKpis.Figures::hitRate).toList(),
                    "greenShare", daily.stream().map(CustomsKpis.Figures::greenShare).toList(),
                    "medianReleaseHours", daily.stream().map(CustomsKpis.Figures::medianReleaseHours).toList()));
        } catch (JsonProcessingException failed) {
            throw new IllegalStateException("could not write the KPI series", failed);
        }
    }
}
