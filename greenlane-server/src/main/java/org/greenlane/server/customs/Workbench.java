package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.CriteriaSet;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What customs officers change: inspection results (which feed compliance histories and the next
 * model), criteria versions and office targets. Every change names the officer; the authority is
 * always the officer's own organisation.
 */
@Service
class Workbench {

    private final Declarations declarations;
    private final Decisions decisions;
    private final Inspections inspections;
    private final CriteriaVersions criteria;
    private final Offices offices;
    private final Selectivity selectivity;
    private final EnterpriseProfiles profiles;

    Workbench(Declarations declarations, Decisions decisions, Inspections inspections, CriteriaVersions criteria,
              Offices offices, Selectivity selectivity, EnterpriseProfiles profiles) {
        this.profiles = profiles;
        this.declarations = declarations;
        this.decisions = decisions;
        this.inspections = inspections;
        this.criteria = criteria;
        this.offices = offices;
        this.selectivity = selectivity;
    }

    /** Records the result of inspecting a decided declaration; the goods are released with it. */
    @Transactional
    Inspections.Recorded recordInspection(Actor actor, UUID declarationId, InspectionResultForm form) {
        CustomsDeclaration declaration = declarations.ofAuthority(actor.organisationId(), declarationId)
                .orElseThrow(() -> new RecordNotFound("declaration", declarationId));
        Finding finding = form.finding();
        if (decisions.find(declarationId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Declaration " + declaration.reference()
                    + " was imported with its result and has no lane decision to inspect.");
        }
        Instant now = Instant.now();
        if (!inspections.add(declarationId, finding, form.noteText(), actor.displayName(), now)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Declaration " + declaration.reference()
                    + " already has an inspection result; results are never changed.");
        }
        declarations.released(declarationId, now);
        selectivity.resultsChanged(actor.organisationId());
        return inspections.find(declarationId).orElseThrow();
    }

    /**
     * Stores a new criteria version. The text is the engine's format (decision 041) with a version
     * never used before by the authority: every edit is a new version, decisions keep the one that fired.
     */
    @Transactional
    CriteriaVersion changeCriteria(Actor actor, String text, String justification) {
        if (justification == null || justification.isBlank() || justification.strip().length() > 500) {
            throw new InvalidInput("justification", "is required: say why the criteria change (at most 500 characters)");
        }
        CriteriaSet parsed;
        try {
            parsed = CriteriaSet.parse(text == null ? "" : text);
        } catch (IllegalArgumentException wrong) {
            throw new InvalidInput("criteria", wrong.getMessage());
        }
        if (criteria.exists(actor.organisationId(), parsed.version())) {
            throw new InvalidInput("criteria", "version " + parsed.version()
                    + " exists already: every change needs a new version, e.g. " + criteria.nextVersion(actor.organisationId()));
        }
        if (parsed.effectiveFrom().isAfter(LocalDate.now())) {
            throw new InvalidInput("criteria", "effective date " + parsed.effectiveFrom()
                    + " is in the future: a stored version takes effect at once");
        }
        CriteriaVersion stored = criteria.add(actor.organisationId(), parsed, justification.strip(), actor.displayName());
        selectivity.changed(actor.organisationId());
        return stored;
    }

    /** The text an editor starts from: the version in force under the next free version name, effective today. */
    String draftCriteria(UUID authorityId) {
        CriteriaSet current = criteria.current(authorityId).criteria();
        return new CriteriaSet(criteria.nextVersion(authorityId), LocalDate.now(), current.criteria()).format();
    }

    /**
     * Records a known trader's AEO authorisation; the trust discount applies from the next decision.
     * A trader is known once it is registered with or has declared to the officer's authority.
     */
    @Transactional
    EnterpriseProfile changeTrader(Actor actor, String code, TraderStatusChange change) {
        if (profiles.find(actor.organisationId(), code, LocalDate.now()).isEmpty()) {
            throw new RecordNotFound("enterprise", code);
        }
        TraderStatusChange checked = change.checked();
        profiles.register(actor.organisationId(), code, checked.name(), checked.aeo(), checked.aeoSince());
        selectivity.changed(actor.organisationId());
        return profiles.find(actor.organisationId(), code, LocalDate.now()).orElseThrow();
    }

    @Transactional
    Office changeOffice(Actor actor, String code, int version, OfficeRates rates) {
        if (offices.find(actor.organisationId(), code).isEmpty()) {
            throw new RecordNotFound("office", code);
        }
        OfficeRates checked = rates.checked(code);
        Optional<Office> changed = offices.change(actor.organisationId(), code, version, checked, actor.displayName());
        Office office = changed.orElseThrow(() -> new RecordNotFound("office", code));
        selectivity.changed(actor.organisationId());
        return office;
    }
}
