package org.greenlane.server.footprint.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The organisation's green-electricity certificates and PPAs, used for market-based electricity. */
@RestController
@RequestMapping("/api/v1/electricity-certificates")
@PreAuthorize("hasRole('EXPORTER')")
@Tag(name = "Electricity certificates", description = "Green-electricity certificates and PPAs for market-based accounting")
class CertificatesApi {

    private final Certificates certificates;

    CertificatesApi(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping
    @Operation(summary = "Certificates and PPAs with the MWh claimed by footprints so far")
    List<CertificateRecord> list(Actor actor) {
        return certificates.of(actor.organisationId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One certificate or PPA")
    CertificateRecord get(Actor actor, @PathVariable UUID id) {
        return certificates.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("certificate", id));
    }

    @PostMapping
    @Operation(summary = "Register a certificate or PPA")
    ResponseEntity<CertificateRecord> add(Actor actor, @RequestBody CertificateDraft draft) {
        CertificateRecord added = certificates.add(actor.organisationId(), draft);
        return ResponseEntity.created(URI.create("/api/v1/electricity-certificates/" + added.id())).body(added);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a certificate no footprint has claimed")
    void remove(Actor actor, @PathVariable UUID id) {
        if (!certificates.remove(actor.organisationId(), id)) {
            throw new RecordNotFound("certificate", id);
        }
    }
}
