package org.greenlane.server.customs;

import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.InvalidInput.FieldProblem;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Lodging declarations: every item is checked, all problems are reported together, and nothing is
 * stored unless every item passes. Stored items get their lane at once; GREEN and BLUE are released
 * at the decision, RED and YELLOW are held until an officer records the inspection result.
 */
@Service
class DeclarationIntake {

    /** A declaration with a result already known (history imported from another system). */
    record Historical(CustomsDeclaration declaration, Finding finding) {
    }

    private final Declarations declarations;
    private final Decisions decisions;
    private final Inspections inspections;
    private final Offices offices;
    private final HsNomenclature nomenclature;
    private final Selectivity selectivity;

    DeclarationIntake(Declarations declarations, Decisions decisions, Inspections inspections, Offices offices,
                      HsNomenclature nomenclature, Selectivity selectivity) {
        this.declarations = declarations;
        this.decisions = decisions;
        this.inspections = inspections;
        this.offices = offices;
        this.nomenclature = nomenclature;
        this.selectivity = selectivity;
    }

    /**
     * Lodges items for the actor: an enterprise (EXPORTER) lodges its own at any office; a customs
     * officer lodges for its authority's offices only.
     *
     * @param field names the field of item i in problems, e.g. {@code [3].hsCode} in a batch
     * @throws InvalidInput naming every problem of every item; nothing is stored then
     */
    @Transactional
    List<Selectivity.Decided> lodge(Actor actor, List<DeclarationDraft> drafts, IntFunction<String> field) {
        boolean officer = actor.has(Role.CUSTOMS_OFFICER);
        if (!officer && !actor.has(Role.EXPORTER)) {
            throw new AccessDeniedException("only exporters and customs officers lodge declarations");
        }
        List<CustomsDeclaration> checked = check(drafts, officer ? actor.organisationId() : null,
                officer ? null : actor.organisationId(), "API", field);
        return decideAndStore(checked);
    }

    /**
     * Imports rows for their offices' authorities: rows without a result are decided like lodged
     * ones, rows with a result are history (their examination already took place).
     */
    @Transactional
    int importRows(List<DeclarationDraft> drafts, List<Finding> results, List<Boolean> inspected,
                   IntFunction<String> field, String source, Instant at) {
        List<CustomsDeclaration> checked = check(drafts, null, null, source, field);
        List<CustomsDeclaration> toDecide = new ArrayList<>();
        Set<UUID> authoritiesWithResults = new HashSet<>();
        for (int i = 0; i < checked.size(); i++) {
            CustomsDeclaration declaration = checked.get(i);
            if (inspected.get(i)) {
                declarations.add(released(declaration, at));
                inspections.add(declaration.id(), results.get(i), "", source.toLowerCase(java.util.Locale.ROOT), at);
                authoritiesWithResults.add(declaration.authorityId());
            } else {
                toDecide.add(declaration);
            }
        }
        authoritiesWithResults.forEach(selectivity::resultsChanged);
        decideAndStore(toDecide);
        return checked.size();
    }

    /**
     * Decides first and then stores each declaration with its decision; GREEN and BLUE are stored
     * released at the decision, which saves a second write per declaration.
     */
    private List<Selectivity.Decided> decideAndStore(List<CustomsDeclaration> checked) {
        Map<UUID, List<CustomsDeclaration>> byAuthority = new LinkedHashMap<>();
        checked.forEach(d -> byAuthority.computeIfAbsent(d.authorityId(), a -> new ArrayList<>()).add(d));
        Map<UUID, Selectivity.Decided> decided = new HashMap<>();
        byAuthority.forEach((authority, batch) -> selectivity.decide(authority, batch)
                .forEach(d -> decided.put(d.declaration().id(), d)));
        Instant now = Instant.now();
        List<Selectivity.Decided> result = new ArrayList<>();
        for (CustomsDeclaration declaration : checked) {
            Selectivity.Decided d = decided.get(declaration.id());
            declarations.add(d.decision().lane().controlled() ? declaration : released(declaration, now));
            decisions.add(declaration.id(), d.decision(), d.modelId(), d.challengerId(), d.challengerScore());
            result.add(d);
        }
        return result;
    }

    private List<CustomsDeclaration> check(List<DeclarationDraft> drafts, UUID authorityId, UUID declarantOrg,
                                           String source, IntFunction<String> field) {
        if (drafts.isEmpty()) {
            throw new InvalidInput("declarations", "at least one declaration is required");
        }
        DeclarationRules rules = new DeclarationRules(LocalDate.now(), offices::authorityOf, nomenclature);
        List<FieldProblem> problems = new ArrayList<>();
        List<CustomsDeclaration> checked = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<UUID, List<String>> referencesByAuthority = new HashMap<>();
        Map<String, Integer> itemOf = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            DeclarationRules.Checked item = rules.check(drafts.get(i), authorityId, declarantOrg, source);
            int index = i;
            item.problems().forEach(p -> problems.add(new FieldProblem(field.apply(index) + p.field(), p.message())));
            if (item.declaration() != null) {
                CustomsDeclaration d = item.declaration();
                String key = d.authorityId() + "|" + d.reference();
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    problems.add(new FieldProblem(field.apply(i) + "reference", "'" + d.reference()
                            + "' appears twice in this submission (also item " + first + ")"));
                }
                referencesByAuthority.computeIfAbsent(d.authorityId(), a -> new ArrayList<>()).add(d.reference());
                itemOf.put(key, i);
                checked.add(d);
            }
        }
        referencesByAuthority.forEach((authority, references) -> {
            for (String taken : declarations.existingReferences(authority, references)) {
                problems.add(new FieldProblem(field.apply(itemOf.get(authority + "|" + taken)) + "reference",
                        "'" + taken + "' has already been lodged with this customs authority"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return checked;
    }

    private static CustomsDeclaration released(CustomsDeclaration d, Instant at) {
        return new CustomsDeclaration(d.id(), d.authorityId(), d.declarantOrganisationId(), d.reference(), d.flow(),
                d.date(), d.office(), d.processType(), d.importType(), d.importUse(), d.paymentType(), d.transportMode(),
                d.declarant(), d.trader(), d.seller(), d.courier(), d.hsCode(), d.hsCheck(), d.originCountry(),
                d.departureCountry(), d.taxType(), d.taxRate(), d.originIndicator(), d.netMassKg(), d.customsValue(),
                d.footprintRef(), d.certificateRef(), d.embeddedEmissions(), d.source(), at, at);
    }
}
