package org.greenlane.server.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Verification bodies' profiles: every exporter and verifier reads the list to choose or compare; the body's
 * administrator edits its own, sending the ETag it read as If-Match once a profile exists (decision 008), and
 * rotates the body's signing key (decision 079).
 */
@RestController
@RequestMapping("/api/v1/verification")
@Tag(name = "Verification", description = "Verification bodies' profiles and signing keys")
class VerifierProfilesApi {

    private final VerifierProfiles profiles;
    private final ProfileEdits edits;
    private final VerifierKeys keys;
    private final RotatingKeys rotating;

    VerifierProfilesApi(VerifierProfiles profiles, ProfileEdits edits, VerifierKeys keys, RotatingKeys rotating) {
        this.profiles = profiles;
        this.edits = edits;
        this.keys = keys;
        this.rotating = rotating;
    }

    /** A profile with the body's public verifier key, once it has signed something. */
    record Listed(VerifierProfile profile, String verifierKey) {
    }

    @GetMapping("/verifiers")
    @PreAuthorize("hasAnyRole('EXPORTER', 'VERIFIER', 'ADMIN')")
    @Operation(summary = "Verification bodies with their accreditation, scope, standards and assurance levels")
    List<Listed> verifiers() {
        return profiles.all().stream().map(p -> new Listed(p, keys.verifierKey(p.organisationId()).orElse(null))).toList();
    }

    @GetMapping("/profile")
    @PreAuthorize("hasAnyRole('VERIFIER', 'ADMIN')")
    @Operation(summary = "Your verification body's profile")
    ResponseEntity<VerifierProfile> profile(Actor actor) {
        VerifierProfile profile = profiles.find(actor.organisationId())
                .orElseThrow(() -> new RecordNotFound("verifier profile of organisation", actor.organisationId()));
        return ResponseEntity.ok().eTag("\"" + profile.version() + "\"").body(profile);
    }

    @PutMapping("/profile")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create or replace your verification body's profile (administrators of verification bodies)")
    ResponseEntity<VerifierProfile> save(Actor actor, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @RequestBody ProfileDraft draft) {
        edits.save(actor, draft, ifMatch);
        return profile(actor);
    }

    @GetMapping("/keys")
    @PreAuthorize("hasAnyRole('VERIFIER', 'ADMIN')")
    @Operation(summary = "Your verification body's signing keys: the current one first, then the retired ones")
    List<VerifierKeys.PublishedKey> keys(Actor actor) {
        return keys.keys(actor.organisationId());
    }

    @PostMapping("/keys/rotation")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Retire your verification body's signing key and create a new one (administrators of "
            + "verification bodies); what the retired key signed still verifies")
    List<VerifierKeys.PublishedKey> rotate(Actor actor) {
        return rotating.rotate(actor);
    }
}
