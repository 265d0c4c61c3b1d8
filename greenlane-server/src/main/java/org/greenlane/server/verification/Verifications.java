package org.greenlane.server.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.note.NoteSigner;
import org.greenlane.core.ledger.note.SignedNote;
import org.greenlane.server.footprint.PublishedFootprint;
import org.greenlane.server.footprint.PublishedFootprints;
import org.greenlane.server.ledger.LedgerRecord;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The verification workflow (decision 057): an exporter requests, the verifier accepts or declines, raises findings
 * the exporter answers (revising the footprint if need be), closes them and issues a signed statement; certificates
 * are issued on a statement and revoked. Each action locks its request or certificate, checks who acts and in which
 * state, and commits with the log records it produces (decision 058).
 */
@Service
class Verifications {

    private static final int MAX_TEXT = 4000;
    private static final int MAX_CERTIFICATE_YEARS = 5;

    private final VerificationRequests requests;
    private final Statements statements;
    private final VerifierProfiles profiles;
    private final VerifierKeys keys;
    private final LogOutbox outbox;
    private final PublishedFootprints published;
    private final ObjectMapper json;

    Verifications(VerificationRequests requests, Statements statements, VerifierProfiles profiles, VerifierKeys keys,
                  LogOutbox outbox, PublishedFootprints published, ObjectMapper json) {
        this.requests = requests;
        this.statements = statements;
        this.profiles = profiles;
        this.keys = keys;
        this.outbox = outbox;
        this.published = published;
        this.json = json;
    }

    @Transactional
    VerificationRequest request(Actor actor, Drafts.RequestDraft draft) {
        exporterRole(actor);
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (draft.footprintId() == null) {
            problems.add(new InvalidInput.FieldProblem("footprintId", "is required"));
        }
        if (draft.verifierId() == null) {
            problems.add(new InvalidInput.FieldProblem("verifierId", "is required"));
        }
        String message = optionalText(draft.message(), "message", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        PublishedFootprint pf = published.find(actor.organisationId(), draft.footprintId())
                .orElseThrow(() -> new InvalidInput("footprintId", "is not a footprint your organisation published"));
        FootprintFacts footprint = FootprintFacts.of(pf, json);
        if (!footprint.active()) {
            throw new InvalidInput("footprintId", "is Deprecated; ask for verification of the Active version");
        }
        VerifierProfile verifier = profiles.find(draft.verifierId())
                .orElseThrow(() -> new InvalidInput("verifierId", "is not a verification body with a published profile"));
        if (draft.standard() == null || !verifier.standards().contains(draft.standard())) {
            throw new InvalidInput("standard", verifier.name() + " verifies to " + verifier.standards());
        }
        if (draft.assuranceLevel() == null || !verifier.assuranceLevels().contains(draft.assuranceLevel())) {
            throw new InvalidInput("assuranceLevel", verifier.name() + " offers " + verifier.assuranceLevels());
        }
        if (!verifier.covers(footprint.hsCode())) {
            throw new InvalidInput("footprintId", "the product (HS " + footprint.hsCode() + ") is outside the accreditation "
                    + "scope of " + verifier.name() + " (HS chapters " + verifier.hsChapters() + ")");
        }
        boolean pending = requests.of(actor.organisationId()).stream().anyMatch(r -> r.status().open()
                && r.footprintId().equals(footprint.id()) && r.verifierId().equals(verifier.organisationId()));
        if (pending) {
            throw new WorkflowConflict(verifier.name() + " already has an open request for this footprint");
        }
        UUID id = UUID.randomUUID();
        requests.add(id, actor.organisationId(), verifier.organisationId(), footprint.id(), draft.standard(),
                draft.assuranceLevel(), message, now());
        return requests.find(actor.organisationId(), id).orElseThrow();
    }

    @Transactional
    VerificationRequest withdraw(Actor actor, UUID id) {
        VerificationRequest request = asExporter(actor, id);
        requireOpen(request);
        requests.status(id, VerificationRequest.Status.WITHDRAWN, null, now());
        return reread(actor, id);
    }

    @Transactional
    VerificationRequest accept(Actor actor, UUID id) {
        VerificationRequest request = asVerifier(actor, id);
        requireStatus(request, VerificationRequest.Status.REQUESTED);
        requests.status(id, VerificationRequest.Status.ACCEPTED, null, now());
        return reread(actor, id);
    }

    @Transactional
    VerificationRequest decline(Actor actor, UUID id, Drafts.Reason reason) {
        VerificationRequest request = asVerifier(actor, id);
        String why = requiredText(reason == null ? null : reason.reason(), "reason");
        requireStatus(request, VerificationRequest.Status.REQUESTED);
        requests.status(id, VerificationRequest.Status.DECLINED, why, now());
        return reread(actor, id);
    }

    /** Points the request at a successor of its footprint: a newer Active publication of the same product. */
    @Transactional
    VerificationRequest revise(Actor actor, UUID id, Drafts.Revision revision) {
        VerificationRequest request = asExporter(actor, id);
        if (revision == null || revision.footprintId() == null) {
            throw new InvalidInput("footprintId", "is required");
        }
        requireOpen(request);
        FootprintFacts current = footprint(request);
        FootprintFacts successor = published.find(actor.organisationId(), revision.footprintId())
                .map(pf -> FootprintFacts.of(pf, json))
                .orElseThrow(() -> new InvalidInput("footprintId", "is not a footprint your organisation published"));
        if (successor.id().equals(current.id())) {
            throw new InvalidInput("footprintId", "is already the footprint under verification");
        }
        if (!successor.productId().equals(current.productId()) || !successor.active()) {
            throw new InvalidInput("footprintId", "must be the Active footprint of the same product ("
                    + current.productName() + ")");
        }
        requests.revise(id, successor.id(), now());
        return reread(actor, id);
    }

    @Transactional
    Finding raise(Actor actor, UUID id, Drafts.FindingDraft draft) {
        VerificationRequest request = asVerifier(actor, id);
        Finding.Severity severity = severity(draft == null ? null : draft.severity());
        String text = requiredText(draft == null ? null : draft.text(), "text");
        if (!request.status().underReview()) {
            throw new WorkflowConflict("findings are raised once the request is accepted and before the statement; it is "
                    + request.status());
        }
        Finding finding = requests.addFinding(id, severity, text, request.footprintId(), actor.displayName(), now());
        if (request.status() == VerificationRequest.Status.ACCEPTED) {
            requests.status(id, VerificationRequest.Status.IN_REVIEW, null, now());
        }
        return finding;
    }

    @Transactional
    Finding answer(Actor actor, UUID id, int number, Drafts.Answer answer) {
        VerificationRequest request = asExporter(actor, id);
        String text = requiredText(answer == null ? null : answer.answer(), "answer");
        Finding finding = finding(request, number);
        if (!request.status().underReview() || finding.status() == Finding.Status.CLOSED) {
            throw new WorkflowConflict("finding " + number + " is " + finding.status() + " and the request " + request.status());
        }
        requests.answer(finding.id(), text, actor.displayName(), now());
        return finding(request, number);
    }

    @Transactional
    Finding close(Actor actor, UUID id, int number) {
        VerificationRequest request = asVerifier(actor, id);
        Finding finding = finding(request, number);
        if (!request.status().underReview() || finding.status() == Finding.Status.CLOSED) {
            throw new WorkflowConflict("finding " + number + " is " + finding.status() + " and the request " + request.status());
        }
        requests.close(finding.id(), actor.displayName(), now());
        return finding(request, number);
    }

    /**
     * Issues the statement: canonical JSON binding the footprint document's SHA-256, signed as a C2SP note with the
     * verifier's key, queued for the log with a public summary in the same transaction.
     */
    @Transactional
    Statement issue(Actor actor, UUID id, Drafts.StatementDraft draft) {
        VerificationRequest request = asVerifier(actor, id);
        String opinion = draft == null ? null : draft.opinion();
        if (opinion == null || !Statement.OPINIONS.contains(opinion)) {
            throw new InvalidInput("opinion", "must be one of " + Statement.OPINIONS);
        }
        if (!request.status().underReview()) {
            throw new WorkflowConflict("a statement is issued on an accepted request; it is " + request.status());
        }
        List<Finding> findings = requests.findings(id);
        long open = findings.stream().filter(f -> f.status() != Finding.Status.CLOSED).count();
        if (open > 0) {
            throw new WorkflowConflict(open + " finding(s) are not closed");
        }
        FootprintFacts footprint = footprint(request);
        if (!footprint.active()) {
            throw new WorkflowConflict("the footprint was superseded; the exporter must point the request at its successor");
        }
        VerifierProfile profile = profiles.find(request.verifierId())
                .orElseThrow(() -> new WorkflowConflict("publish your organisation's verifier profile first"));
        Instant at = now();
        UUID statementId = UUID.randomUUID();
        JsonObject statement = Canonical.object(
                "statementId", statementId.toString(),
                "footprintId", footprint.id().toString(),
                "footprintSha256", footprint.documentSha256(),
                "product", footprint.productName(),
                "exporter", request.exporterName(),
                "verifier", request.verifierName(),
                "verifierOrganisationId", request.verifierId().toString(),
                "accreditation", Canonical.object("body", profile.accreditationBody(), "id", profile.accreditationId()),
                "standard", request.standard(),
                "assuranceLevel", request.assuranceLevel(),
                "opinion", opinion,
                "findingsClosed", findings.size(),
                "issuedAt", at.toString());
        String text = Canonical.text(statement);
        String note = sign(request.verifierId(), text);
        statements.add(statementId, request, opinion, text, note, actor.displayName(), at);
        outbox.add(LedgerRecord.VERIFICATION_STATEMENT, request.verifierId(), statementId,
                Canonical.object("statementId", statementId.toString(), "footprintId", footprint.id().toString(),
                        "verifier", request.verifierName(), "standard", request.standard(),
                        "assuranceLevel", request.assuranceLevel(), "date", day(at)),
                Canonical.object("signedNote", note));
        requests.status(id, VerificationRequest.Status.ISSUED, null, at);
        return statements.ofRequest(id).orElseThrow();
    }

    /**
     * Issues a certificate on an unmodified statement. A carbon-neutral one must name the product quantity it covers
     * and evidence whose tonnes cover that quantity's emissions, each reference backing no other valid certificate
     * (decision 060).
     */
    @Transactional
    Certificate certify(Actor actor, UUID statementId, Drafts.CertificateDraft draft) {
        verifierRole(actor);
        Statement statement = statements.find(actor.organisationId(), statementId)
                .filter(s -> s.verifierId().equals(actor.organisationId()))
                .orElseThrow(() -> new RecordNotFound("verification statement", statementId));
        if (draft == null || draft.kind() == null || !Certificate.KINDS.contains(draft.kind())) {
            throw new InvalidInput("kind", "must be one of " + Certificate.KINDS);
        }
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (draft.validFrom() == null) {
            problems.add(new InvalidInput.FieldProblem("validFrom", "is required"));
        }
        if (draft.validUntil() == null) {
            problems.add(new InvalidInput.FieldProblem("validUntil", "is required"));
        }
        if (problems.isEmpty() && draft.validUntil().isBefore(draft.validFrom())) {
            problems.add(new InvalidInput.FieldProblem("validUntil", "must not be before validFrom"));
        }
        if (problems.isEmpty() && draft.validUntil().isAfter(draft.validFrom().plusYears(MAX_CERTIFICATE_YEARS))) {
            problems.add(new InvalidInput.FieldProblem("validUntil", "a certificate is valid for at most "
                    + MAX_CERTIFICATE_YEARS + " years"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!Statement.UNMODIFIED.equals(statement.opinion())) {
            throw new WorkflowConflict("a certificate needs an unmodified opinion; this statement's is " + statement.opinion());
        }
        VerificationRequest request = requests.find(actor.organisationId(), statement.requestId()).orElseThrow();
        FootprintFacts footprint = footprint(request);
        if (!footprint.active()) {
            throw new WorkflowConflict("the footprint was superseded since the statement; verify its successor");
        }
        if (footprint.validUntil() != null && draft.validUntil().isAfter(footprint.validUntil().atZone(ZoneOffset.UTC).toLocalDate())) {
            throw new InvalidInput("validUntil", "must not be after the footprint's own validity ("
                    + footprint.validUntil().atZone(ZoneOffset.UTC).toLocalDate() + ")");
        }
        Instant at = now();
        UUID id = UUID.randomUUID();
        List<Certificate.Evidence> evidence = List.of();
        List<Object> members = new ArrayList<>(List.of(
                "certificateId", id.toString(), "kind", draft.kind(), "statementId", statement.id().toString(),
                "footprintId", footprint.id().toString(), "footprintSha256", footprint.documentSha256(),
                "product", footprint.productName(), "verifier", statement.verifierName(),
                "validFrom", draft.validFrom().toString(), "validUntil", draft.validUntil().toString(),
                "issuedAt", at.toString()));
        if (Certificate.CARBON_NEUTRAL.equals(draft.kind())) {
            evidence = evidence(draft, footprint);
            BigDecimal required = required(draft.coveredDeclaredUnits(), footprint);
            members.addAll(List.of("coveredDeclaredUnits", draft.coveredDeclaredUnits().stripTrailingZeros().toPlainString(),
                    "declaredUnit", footprint.declaredUnit(),
                    "kgCo2ePerDeclaredUnit", footprint.kgPerDeclaredUnitToCover().toPlainString(),
                    "requiredTonnesCo2e", required.toPlainString(),
                    "evidence", evidence.stream().map(e -> Canonical.object("kind", e.kind(), "registry", e.registry(),
                            "reference", e.reference(), "tonnesCo2e", e.tonnesCo2e().stripTrailingZeros().toPlainString())).toList()));
        } else if (draft.evidence() != null && !draft.evidence().isEmpty() || draft.coveredDeclaredUnits() != null) {
            throw new InvalidInput("evidence", "only a carbon-neutral certificate carries evidence and a covered quantity");
        }
        String text = Canonical.text(Canonical.object(members.toArray()));
        String note = sign(statement.verifierId(), text);
        statements.addCertificate(id, statement.id(), draft.kind(), draft.validFrom(), draft.validUntil(), text, note,
                evidence, actor.displayName(), at);
        outbox.add(LedgerRecord.CERTIFICATE_ISSUANCE, statement.verifierId(), id,
                Canonical.object("certificateId", id.toString(), "statementId", statement.id().toString(),
                        "footprintId", footprint.id().toString(), "kind", draft.kind(), "verifier", statement.verifierName(),
                        "validFrom", draft.validFrom().toString(), "validUntil", draft.validUntil().toString()),
                Canonical.object("signedNote", note));
        return statements.certificate(actor.organisationId(), id).orElseThrow();
    }

    @Transactional
    Certificate revoke(Actor actor, UUID certificateId, Drafts.Reason reason) {
        verifierRole(actor);
        Certificate certificate = statements.certificate(actor.organisationId(), certificateId)
                .filter(c -> c.verifierId().equals(actor.organisationId()))
                .orElseThrow(() -> new RecordNotFound("certificate", certificateId));
        String why = requiredText(reason == null ? null : reason.reason(), "reason");
        if (certificate.revokedAt() != null) {
            throw new WorkflowConflict("the certificate was revoked on " + day(certificate.revokedAt()));
        }
        Instant at = now();
        String verifierName = statements.find(actor.organisationId(), certificate.statementId()).orElseThrow().verifierName();
        String text = Canonical.text(Canonical.object("certificateId", certificateId.toString(),
                "statementId", certificate.statementId().toString(), "footprintId", certificate.footprintId().toString(),
                "verifier", verifierName, "reason", why, "revokedAt", at.toString()));
        String note = sign(certificate.verifierId(), text);
        statements.revoke(certificateId, why, actor.displayName(), at);
        outbox.add(LedgerRecord.CERTIFICATE_REVOCATION, certificate.verifierId(), certificateId,
                Canonical.object("certificateId", certificateId.toString(), "verifier", verifierName, "date", day(at)),
                Canonical.object("signedNote", note));
        return statements.certificate(actor.organisationId(), certificateId).orElseThrow();
    }

    /** The request's current footprint; the verifier reads it only while the request allows (decision 057). */
    FootprintFacts footprint(VerificationRequest request) {
        return published.find(request.exporterId(), request.footprintId()).map(pf -> FootprintFacts.of(pf, json))
                .orElseThrow(() -> new IllegalStateException("request " + request.id() + " names a footprint that is gone"));
    }

    /** The footprint document as the party may see it: the exporter always, the verifier while it holds a request. */
    Optional<FootprintFacts> readableFootprint(Actor actor, UUID requestId) {
        VerificationRequest request = requests.find(actor.organisationId(), requestId)
                .orElseThrow(() -> new RecordNotFound("verification request", requestId));
        boolean granted = request.exporter(actor.organisationId()) || request.status() != VerificationRequest.Status.DECLINED
                && request.status() != VerificationRequest.Status.WITHDRAWN;
        if (granted) {
            return Optional.of(footprint(request));
        }
        return Optional.empty();
    }

    private List<Certificate.Evidence> evidence(Drafts.CertificateDraft draft, FootprintFacts footprint) {
        if (draft.coveredDeclaredUnits() == null || draft.coveredDeclaredUnits().signum() <= 0) {
            throw new InvalidInput("coveredDeclaredUnits", "a carbon-neutral claim names the quantity of product it covers, "
                    + "in declared units (" + footprint.declaredUnit() + "), above zero");
        }
        if (draft.evidence() == null || draft.evidence().isEmpty()) {
            throw new InvalidInput("evidence", "a carbon-neutral claim needs evidence: offset retirements or "
                    + "green-electricity certificates covering the footprint");
        }
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        List<Certificate.Evidence> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < draft.evidence().size(); i++) {
            Drafts.EvidenceDraft e = draft.evidence().get(i);
            String field = "evidence[" + i + "]";
            if (e == null || e.kind() == null || !List.of(Certificate.Evidence.OFFSET, Certificate.Evidence.GREEN_ELECTRICITY).contains(e.kind())) {
                problems.add(new InvalidInput.FieldProblem(field + ".kind", "must be " + Certificate.Evidence.OFFSET
                        + " or " + Certificate.Evidence.GREEN_ELECTRICITY));
                continue;
            }
            String registry = e.registry() == null ? "" : e.registry().strip();
            String reference = e.reference() == null ? "" : e.reference().strip();
            if (registry.isEmpty() || registry.length() > 200) {
                problems.add(new InvalidInput.FieldProblem(field + ".registry", "names the registry or issuing body (1-200 characters)"));
            }
            if (reference.isEmpty() || reference.length() > 200) {
                problems.add(new InvalidInput.FieldProblem(field + ".reference", "is the retirement or certificate serial (1-200 characters)"));
            }
            if (e.tonnesCo2e() == null || e.tonnesCo2e().signum() <= 0) {
                problems.add(new InvalidInput.FieldProblem(field + ".tonnesCo2e", "must be above zero"));
            }
            if (registry.isEmpty() || reference.isEmpty() || e.tonnesCo2e() == null || e.tonnesCo2e().signum() <= 0) {
                continue;
            }
            Certificate.Evidence item = new Certificate.Evidence(e.kind(), registry, reference, e.tonnesCo2e());
            if (!seen.add(e.kind() + "\n" + registry.toLowerCase() + "\n" + reference.toLowerCase())) {
                problems.add(new InvalidInput.FieldProblem(field + ".reference", "is listed twice"));
            } else if (statements.evidenceInUse(item)) {
                problems.add(new InvalidInput.FieldProblem(field + ".reference", "already backs another valid certificate"));
            }
            items.add(item);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        BigDecimal required = required(draft.coveredDeclaredUnits(), footprint);
        BigDecimal covered = items.stream().map(Certificate.Evidence::tonnesCo2e).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (covered.compareTo(required) < 0) {
            throw new InvalidInput("evidence", "covers " + covered.stripTrailingZeros().toPlainString() + " t CO2e but "
                    + draft.coveredDeclaredUnits().stripTrailingZeros().toPlainString() + " × " + footprint.declaredUnit()
                    + " at " + footprint.kgPerDeclaredUnitToCover().toPlainString() + " kg CO2e each need "
                    + required.toPlainString() + " t CO2e");
        }
        return items;
    }

    /** Tonnes CO2e to cover: declared units × kg CO2e per declared unit / 1000, rounded up to the kilogram. */
    private static BigDecimal required(BigDecimal declaredUnits, FootprintFacts footprint) {
        return declaredUnits.multiply(footprint.kgPerDeclaredUnitToCover())
                .divide(BigDecimal.valueOf(1000), 3, RoundingMode.CEILING).stripTrailingZeros();
    }

    private String sign(UUID verifierId, String canonicalJson) {
        NoteSigner signer = keys.signer(verifierId);
        return SignedNote.sign(canonicalJson + "\n", List.of(signer));
    }

    private VerificationRequest asExporter(Actor actor, UUID id) {
        exporterRole(actor);
        VerificationRequest request = requests.lock(actor.organisationId(), id)
                .orElseThrow(() -> new RecordNotFound("verification request", id));
        if (!request.exporter(actor.organisationId())) {
            throw new AccessDeniedException("only the exporter that asked may do this");
        }
        return request;
    }

    private VerificationRequest asVerifier(Actor actor, UUID id) {
        verifierRole(actor);
        VerificationRequest request = requests.lock(actor.organisationId(), id)
                .orElseThrow(() -> new RecordNotFound("verification request", id));
        if (!request.verifier(actor.organisationId())) {
            throw new AccessDeniedException("only the verifier asked may do this");
        }
        return request;
    }

    private static void exporterRole(Actor actor) {
        if (!actor.has(Role.EXPORTER)) {
            throw new AccessDeniedException("exporters only");
        }
    }

    private static void verifierRole(Actor actor) {
        if (!actor.has(Role.VERIFIER)) {
            throw new AccessDeniedException("verifiers only");
        }
    }

    private Finding finding(VerificationRequest request, int number) {
        return requests.findings(request.id()).stream().filter(f -> f.number() == number).findFirst()
                .orElseThrow(() -> new RecordNotFound("finding", request.id() + "/" + number));
    }

    private VerificationRequest reread(Actor actor, UUID id) {
        return requests.find(actor.organisationId(), id).orElseThrow();
    }

    private static void requireOpen(VerificationRequest request) {
        if (!request.status().open()) {
            throw new WorkflowConflict("the request is " + request.status());
        }
    }

    private static void requireStatus(VerificationRequest request, VerificationRequest.Status status) {
        if (request.status() != status) {
            throw new WorkflowConflict("the request is " + request.status() + ", not " + status);
        }
    }

    private static Finding.Severity severity(String value) {
        try {
            return Finding.Severity.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("severity", "must be one of " + List.of(Finding.Severity.values()));
        }
    }

    private static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "is required");
        }
        if (value.strip().length() > MAX_TEXT) {
            throw new InvalidInput(field, "must be at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    private static String optionalText(String value, String field, List<InvalidInput.FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            problems.add(new InvalidInput.FieldProblem(field, "must be at most " + MAX_TEXT + " characters"));
        }
        return value.strip();
    }

    static String day(Instant at) {
        return DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(at);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
