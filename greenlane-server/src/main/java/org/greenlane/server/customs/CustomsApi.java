package org.greenlane.server.customs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenlane.core.customs.selectivity.Lane;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The green channel API. Enterprises (EXPORTER) lodge declarations at any office and read their own,
 * without selectivity reasons; customs officers read and act on the declarations lodged at their
 * authority's offices (decision 045).
 */
@RestController
@RequestMapping("/api/v1/customs")
@PreAuthorize("hasAnyRole('EXPORTER', 'CUSTOMS_OFFICER')")
@Tag(name = "Customs", description = "Green channel: declarations, lanes, inspection results, criteria, risk models")
class CustomsApi {

    static final int MAX_BATCH = 1000;
    private static final int LIST_LIMIT = 500;

    private final DeclarationIntake intake;
    private final CustomsViews views;
    private final Workbench workbench;
    private final Offices offices;
    private final CriteriaVersions criteria;
    private final RiskModels models;
    private final ModelLifecycle lifecycle;
    private final EnterpriseProfiles profiles;
    private final CustomsKpis kpis;
    private final Queues queues;

    CustomsApi(DeclarationIntake intake, CustomsViews views, Workbench workbench, Offices offices,
               CriteriaVersions criteria, RiskModels models, ModelLifecycle lifecycle, EnterpriseProfiles profiles,
               CustomsKpis kpis, Queues queues) {
        this.intake = intake;
        this.views = views;
        this.workbench = workbench;
        this.offices = offices;
        this.criteria = criteria;
        this.models = models;
        this.lifecycle = lifecycle;
        this.profiles = profiles;
        this.kpis = kpis;
        this.queues = queues;
    }

    /** An office as everyone may see it: where declarations can be lodged. */
    record OfficeEntry(String code, String name) {
    }

    @GetMapping("/offices")
    @Operation(summary = "Customs offices where declarations can be lodged")
    List<OfficeEntry> offices() {
        return offices.all().stream().map(o -> new OfficeEntry(o.code(), o.name())).toList();
    }

    @PostMapping("/declarations")
    @Operation(summary = "Lodge one declaration; it gets its lane at once")
    ResponseEntity<LodgedDeclaration> lodge(Actor actor, @RequestBody DeclarationDraft draft) {
        LodgedDeclaration lodged = views.lodged(actor, intake.lodge(actor, List.of(draft), i -> "").get(0));
        return ResponseEntity.created(URI.create("/api/v1/customs/declarations/" + lodged.id())).body(lodged);
    }

    @PostMapping("/declarations/batch")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lodge up to 1000 declarations, all or none; problems are named [index].field")
    List<LodgedDeclaration> lodgeBatch(Actor actor, @RequestBody List<DeclarationDraft> drafts) {
        if (drafts.size() > MAX_BATCH) {
            throw new InvalidInput("declarations", drafts.size() + " declarations in one batch; at most " + MAX_BATCH);
        }
        return intake.lodge(actor, drafts, i -> "[" + i + "].").stream().map(d -> views.lodged(actor, d)).toList();
    }

    @GetMapping("/declarations")
    @Operation(summary = "Officers: the queue of one lane. Enterprises: their own declarations (the lane parameter is ignored).")
    List<?> declarations(Actor actor, @RequestParam(required = false) Lane lane) {
        if (actor.has(Role.CUSTOMS_OFFICER)) {
            return queues.lane(actor.organisationId(), lane == null ? Lane.RED : lane, LIST_LIMIT);
        }
        return queues.ofDeclarant(actor.organisationId(), LIST_LIMIT);
    }

    @GetMapping("/declarations/{id}")
    @Operation(summary = "One declaration: with the decision and its reasons for officers, without them for the enterprise")
    Object declaration(Actor actor, @PathVariable UUID id) {
        if (actor.has(Role.CUSTOMS_OFFICER)) {
            return views.forOfficer(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("declaration", id));
        }
        return queues.ofDeclarant(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("declaration", id));
    }

    @PostMapping("/declarations/{id}/inspection")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the inspection result; it feeds the compliance history and the next model")
    Inspections.Recorded inspect(Actor actor, @PathVariable UUID id, @RequestBody InspectionResultForm result) {
        return workbench.recordInspection(actor, id, result);
    }

    @GetMapping("/enterprises/{code}")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    @Operation(summary = "A trader's profile: AEO status, compliance history, green indicators and green-AEO score")
    EnterpriseProfile enterprise(Actor actor, @PathVariable String code) {
        return profiles.find(actor.organisationId(), code, LocalDate.now())
                .orElseThrow(() -> new RecordNotFound("enterprise", code));
    }

    @PutMapping("/enterprises/{code}")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    @Operation(summary = "Record a known trader's name and AEO authorisation")
    EnterpriseProfile changeEnterprise(Actor actor, @PathVariable String code, @RequestBody TraderStatusChange change) {
        return workbench.changeTrader(actor, code, change);
    }

    @PutMapping("/offices/{code}")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    @Operation(summary = "Change an office's expected lane rates; send the version you edited as If-Match")
    ResponseEntity<Office> changeOffice(Actor actor, @PathVariable String code,
                                        @Parameter(description = "ETag from the office list, e.g. \"0\"")
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @RequestBody OfficeRates rates) {
        Office office = workbench.changeOffice(actor, code, version(ifMatch), rates);
        return ResponseEntity.ok().eTag(Integer.toString(office.version())).body(office);
    }

    @GetMapping("/criteria")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    @Operation(summary = "Criteria versions of the authority, the one in force first")
    List<CriteriaVersion> criteria(Actor actor) {
        criteria.current(actor.organisationId());
        return criteria.history(actor.organisationId());
    }

    @PostMapping("/criteria")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Store a new criteria version; it is in force at once")
    CriteriaVersion changeCriteria(Actor actor, @RequestBody CriteriaChange change) {
        return workbench.changeCriteria(actor, change.criteria(), change.justification());
    }

    @GetMapping("/models")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    @Operation(summary = "Risk model versions: champion, challenger, retired")
    List<StoredModel> models(Actor actor) {
        return models.of(actor.organisationId());
    }

    @GetMapping("/models/{id}")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    @Operation(summary = "One model version with its evaluation and, for a challenger, the comparison with the champion")
    Map<String, Object> model(Actor actor, @PathVariable UUID id) {
        StoredModel model = models.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("model", id));
        return Map.of("model", model, "promotion", lifecycle.compare(actor.organisationId(), model));
    }

    @PostMapping("/models")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Retrain now on the recorded inspection results; the result is a challenger (or the first champion)")
    StoredModel train(Actor actor) {
        return lifecycle.train(actor.organisationId(), actor.displayName());
    }

    @PostMapping("/models/{id}/promote")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    @Operation(summary = "Promote a challenger to champion under the promotion rule (decision 047)")
    StoredModel promote(Actor actor, @PathVariable UUID id) {
        StoredModel model = models.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("model", id));
        lifecycle.promote(actor.organisationId(), model, actor.displayName());
        return models.find(actor.organisationId(), id).orElseThrow();
    }

    @GetMapping("/kpis")
    @PreAuthorize("hasRole('CUSTOMS_OFFICER')")
    @Operation(summary = "Inspection rate, hit rate, share released green and median time to release, in total and by day")
    Map<String, Object> kpis(Actor actor, @RequestParam(required = false) LocalDate from,
                             @RequestParam(required = false) LocalDate to) {
        LocalDate end = to == null ? LocalDate.now() : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end)) {
            throw new InvalidInput("from", "must not be after 'to'");
        }
        return Map.of("period", kpis.period(actor.organisationId(), start, end),
                "daily", kpis.daily(actor.organisationId(), start, end));
    }

    private static int version(String ifMatch) {
        if (ifMatch == null) {
            throw new InvalidInput("If-Match", "is required: send the version of the office you edited");
        }
        try {
            return Integer.parseInt(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException notAVersion) {
            throw new InvalidInput("If-Match", "'" + ifMatch + "' is not a version of this API");
        }
    }
}
