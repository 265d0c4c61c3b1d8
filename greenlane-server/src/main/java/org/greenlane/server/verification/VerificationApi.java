package org.greenlane.server.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The verification workflow over REST: requests and their findings, statements and certificates. The caller sees a
 * record only if its organisation is the exporter or the verifier of it (404 otherwise); the actions of the other side
 * answer 403, actions the state does not allow 409.
 */
@RestController
@RequestMapping("/api/v1/verification")
@PreAuthorize("hasAnyRole('EXPORTER', 'VERIFIER')")
@Tag(name = "Verification", description = "Third-party verification of published footprints: requests, findings, "
        + "signed statements, certificates and revocations, all logged in the transparency log")
class VerificationApi {

    private final Verifications verifications;
    private final VerificationViews views;

    VerificationApi(Verifications verifications, VerificationViews views) {
        this.verifications = verifications;
        this.views = views;
    }

    @GetMapping("/requests")
    @Operation(summary = "Requests the organisation sent (exporter) or received (verifier), newest first")
    List<Views.RequestView> requests(Actor actor) {
        return views.requests(actor);
    }

    @PostMapping("/requests")
    @PreAuthorize("hasRole('EXPORTER')")
    @Operation(summary = "Ask a verification body to verify one of your Active published footprints")
    ResponseEntity<Views.RequestView> request(Actor actor, @RequestBody Drafts.RequestDraft draft) {
        VerificationRequest request = verifications.request(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/verification/requests/" + request.id()))
                .body(views.request(actor, request.id()));
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "A request with its footprint, revisions, findings and statement")
    Views.RequestView request(Actor actor, @PathVariable UUID id) {
        return views.request(actor, id);
    }

    @GetMapping("/requests/{id}/footprint")
    @Operation(summary = "The PACT v3 document under verification; the verifier reads it only while its request is "
            + "neither declined nor withdrawn")
    ResponseEntity<String> footprint(Actor actor, @PathVariable UUID id) {
        return verifications.readableFootprint(actor, id)
                .map(f -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(f.document()))
                .orElseThrow(() -> new RecordNotFound("readable footprint of request", id));
    }

    @PostMapping("/requests/{id}/withdrawal")
    @PreAuthorize("hasRole('EXPORTER')")
    @Operation(summary = "Withdraw a request before its statement is issued")
    Views.RequestView withdraw(Actor actor, @PathVariable UUID id) {
        verifications.withdraw(actor, id);
        return views.request(actor, id);
    }

    @PostMapping("/requests/{id}/revision")
    @PreAuthorize("hasRole('EXPORTER')")
    @Operation(summary = "Point the request at a revised footprint: the Active successor of the same product")
    Views.RequestView revise(Actor actor, @PathVariable UUID id, @RequestBody Drafts.Revision revision) {
        verifications.revise(actor, id, revision);
        return views.request(actor, id);
    }

    @PostMapping("/requests/{id}/acceptance")
    @PreAuthorize("hasRole('VERIFIER')")
    @Operation(summary = "Accept a request")
    Views.RequestView accept(Actor actor, @PathVariable UUID id) {
        verifications.accept(actor, id);
        return views.request(actor, id);
    }

    @PostMapping("/requests/{id}/decline")
    @PreAuthorize("hasRole('VERIFIER')")
    @Operation(summary = "Decline a request, giving the reason")
    Views.RequestView decline(Actor actor, @PathVariable UUID id, @RequestBody Drafts.Reason reason) {
        verifications.decline(actor, id, reason);
        return views.request(actor, id);
    }

    @PostMapping("/requests/{id}/findings")
    @PreAuthorize("hasRole('VERIFIER')")
    @Operation(summary = "Raise a finding (MAJOR, MINOR or OBSERVATION)")
    ResponseEntity<Finding> raise(Actor actor, @PathVariable UUID id, @RequestBody Drafts.FindingDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(verifications.raise(actor, id, draft));
    }

    @PostMapping("/requests/{id}/findings/{number}/answer")
    @PreAuthorize("hasRole('EXPORTER')")
    @Operation(summary = "Answer a finding")
    Finding answer(Actor actor, @PathVariable UUID id, @PathVariable int number, @RequestBody Drafts.Answer answer) {
        return verifications.answer(actor, id, number, answer);
    }

    @PostMapping("/requests/{id}/findings/{number}/closure")
    @PreAuthorize("hasRole('VERIFIER')")
    @Operation(summary = "Close a finding")
    Finding close(Actor actor, @PathVariable UUID id, @PathVariable int number) {
        return verifications.close(actor, id, number);
    }

    @PostMapping("/requests/{id}/statement")
    @PreAuthorize("hasRole('VERIFIER')")
    @Operation(summary = "Issue the signed verification statement (all findings closed); it is logged",
            description = "opinion: unmodified, modified or adverse (ISO 14064-3:2019)")
    ResponseEntity<Views.StatementView> issue(Actor actor, @PathVariable UUID id, @RequestBody Drafts.StatementDraft draft) {
        Statement statement = verifications.issue(actor, id, draft);
        return ResponseEntity.created(URI.create("/api/v1/verification/statements/" + statement.id()))
                .body(views.statement(actor, statement.id()));
    }

    @GetMapping("/statements")
    @Operation(summary = "Statements issued to (exporter) or by (verifier) the organisation")
    List<Views.StatementView> statements(Actor actor) {
        return views.statements(actor);
    }

    @GetMapping("/statements/{id}")
    @Operation(summary = "A statement: canonical JSON, signed note, verifier key, logged record and log index")
    Views.StatementView statement(Actor actor, @PathVariable UUID id) {
        return views.statement(actor, id);
    }

    @PostMapping("/statements/{id}/certificates")
    @PreAuthorize("hasRole('VERIFIER')")
    @Operation(summary = "Issue a certificate on an unmodified statement (carbon-footprint-label or carbon-neutral); it is logged")
    ResponseEntity<Views.CertificateView> certify(Actor actor, @PathVariable UUID id,
                                                  @RequestBody Drafts.CertificateDraft draft) {
        Certificate certificate = verifications.certify(actor, id, draft);
        return ResponseEntity.created(URI.create("/api/v1/verification/certificates/" + certificate.id()))
                .body(views.certificate(actor, certificate.id()));
    }

    @GetMapping("/certificates")
    @Operation(summary = "Certificates of the organisation's statements")
    List<Views.CertificateView> certificates(Actor actor) {
        return views.certificates(actor);
    }

    @GetMapping("/certificates/{id}")
    @Operation(summary = "A certificate with its evidence, records and log indexes")
    Views.CertificateView certificate(Actor actor, @PathVariable UUID id) {
        return views.certificate(actor, id);
    }

    @PostMapping("/certificates/{id}/revocation")
    @PreAuthorize("hasRole('VERIFIER')")
    @Operation(summary = "Revoke a certificate, giving the reason; the revocation is logged")
    Views.CertificateView revoke(Actor actor, @PathVariable UUID id, @RequestBody Drafts.Reason reason) {
        verifications.revoke(actor, id, reason);
        return views.certificate(actor, id);
    }
}
