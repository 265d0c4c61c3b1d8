package org.greenlane.server.verification;

import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonString;
import org.greenlane.server.ledger.LedgerRecord;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** Assembles the views of {@link Views} for the caller's organisation, which is always the exporter or the verifier. */
@Component
class VerificationViews {

    private final VerificationRequests requests;
    private final Statements statements;
    private final Verifications verifications;
    private final VerifierKeys keys;
    private final LogOutbox outbox;

    VerificationViews(VerificationRequests requests, Statements statements, Verifications verifications, VerifierKeys keys,
                      LogOutbox outbox) {
        this.requests = requests;
        this.statements = statements;
        this.verifications = verifications;
        this.keys = keys;
        this.outbox = outbox;
    }

    List<Views.RequestView> requests(Actor actor) {
        return requests.of(actor.organisationId()).stream().map(r -> view(actor, r, false)).toList();
    }

    Views.RequestView request(Actor actor, UUID id) {
        return view(actor, requests.find(actor.organisationId(), id)
                .orElseThrow(() -> new RecordNotFound("verification request", id)), true);
    }

    Views.StatementView statement(Actor actor, UUID id) {
        return view(statements.find(actor.organisationId(), id)
                .orElseThrow(() -> new RecordNotFound("verification statement", id)));
    }

    List<Views.StatementView> statements(Actor actor) {
        return statements.of(actor.organisationId()).stream().map(this::view).toList();
    }

    Views.CertificateView certificate(Actor actor, UUID id) {
        return view(statements.certificate(actor.organisationId(), id)
                .orElseThrow(() -> new RecordNotFound("certificate", id)));
    }

    List<Views.CertificateView> certificates(Actor actor) {
        return statements.certificatesOfOrganisation(actor.organisationId()).stream().map(this::view).toList();
    }

    private Views.RequestView view(Actor actor, VerificationRequest r, boolean details) {
        Views.FootprintView footprint = verifications.readableFootprint(actor, r.id()).map(Views.FootprintView::of).orElse(null);
        return new Views.RequestView(r.id(), r.exporterId(), r.exporterName(), r.verifierId(), r.verifierName(),
                r.footprintId(), r.standard(), r.assuranceLevel(), r.message(), r.status(), r.statusReason(), r.createdAt(),
                r.updatedAt(), footprint, details ? requests.revisions(r.id()) : List.of(),
                details ? requests.findings(r.id()) : List.of(),
                details ? statements.ofRequest(r.id()).map(this::view).orElse(null) : null);
    }

    Views.StatementView view(Statement s) {
        LogOutbox.Logged logged = outbox.of(LedgerRecord.VERIFICATION_STATEMENT, s.id()).orElseThrow();
        return new Views.StatementView(s.id(), s.requestId(), s.footprintId(), product(s.statement()), s.verifierName(), s.standard(),
                s.assuranceLevel(), s.opinion(), s.issuedBy(), s.issuedAt(), s.statement(), s.signedNote(),
                keys.signedWith(s.verifierId(), s.signedNote()).orElseThrow(), s.logIndex(), logged.recordSha256(), logged.record(),
                statements.certificatesOf(s.id()).stream().map(this::view).toList());
    }

    Views.CertificateView view(Certificate c) {
        return new Views.CertificateView(c.id(), c.statementId(), c.footprintId(), product(c.certificate()), c.kind(),
                c.validFrom(), c.validUntil(),
                c.validOn(Verifications.today()), c.issuedBy(), c.issuedAt(), c.issuanceLogIndex(), c.revokedAt(),
                c.revocationReason(), c.revocationLogIndex(), c.evidence(), c.certificate(), c.signedNote(),
                outbox.of(LedgerRecord.CERTIFICATE_ISSUANCE, c.id()).map(LogOutbox.Logged::record).orElseThrow(),
                outbox.of(LedgerRecord.CERTIFICATE_REVOCATION, c.id()).map(LogOutbox.Logged::record).orElse(null));
    }

    /** The product name as the signed statement or certificate records it. */
    private static String product(String canonicalJson) {
        return ((JsonString) ((JsonObject) Json.parse(canonicalJson)).members().get("product")).value();
    }
}
