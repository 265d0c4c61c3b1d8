package org.greenlane.server.customs;

import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Assembles what officers and enterprises see of a declaration; the enterprise view never carries reasons. */
@Component
class CustomsViews {

    private final Declarations declarations;
    private final Decisions decisions;
    private final Inspections inspections;
    private final Evidence evidence;

    CustomsViews(Declarations declarations, Decisions decisions, Inspections inspections, Evidence evidence) {
        this.declarations = declarations;
        this.decisions = decisions;
        this.inspections = inspections;
        this.evidence = evidence;
    }

    Optional<OfficerDeclaration> forOfficer(UUID authorityId, UUID id) {
        return declarations.ofAuthority(authorityId, id).map(d -> new OfficerDeclaration(d,
                decisions.find(id).orElse(null), inspections.find(id).orElse(null),
                d.footprintRef() == null ? null : evidence.status(d.footprintRef()),
                d.certificateRef() == null ? null : evidence.status(d.certificateRef())));
    }

    LodgedDeclaration lodged(Actor actor, Selectivity.Decided decided) {
        var lane = decided.decision().lane();
        String status = TraderDeclaration.status(lane, null, lane.controlled() ? null : java.time.Instant.EPOCH);
        DecisionRecord reasons = actor.has(Role.CUSTOMS_OFFICER)
                ? decisions.find(decided.declaration().id()).orElseThrow() : null;
        return new LodgedDeclaration(decided.declaration().id(), decided.declaration().reference(), lane, status, reasons);
    }
}
