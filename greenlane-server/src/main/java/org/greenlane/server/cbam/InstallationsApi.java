package org.greenlane.server.cbam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import java.util.List;
import java.util.UUID;

/**
 * Installations with their production processes; their specific embedded emissions; the emissions data communication
 * to the EU importer as JSON and as an xlsx workbook. Saving refuses a model the engine cannot compute, naming the field.
 */
@RestController
@RequestMapping("/api/v1/cbam/installations")
@PreAuthorize("hasRole('EXPORTER')")
@Tag(name = "CBAM installations", description = "Installations, production processes, embedded emissions, emissions data communication")
class InstallationsApi {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Installations installations;
    private final Importers importers;
    private final CarbonBorderCosts costs;
    private final CommunicationWorkbook workbook;
    private final ApplicationEventPublisher events;

    InstallationsApi(Installations installations, Importers importers, CarbonBorderCosts costs, CommunicationWorkbook workbook,
                     ApplicationEventPublisher events) {
        this.installations = installations;
        this.importers = importers;
        this.costs = costs;
        this.workbook = workbook;
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "The organisation's installations")
    List<Installation> list(Actor actor) {
        return installations.of(actor.organisationId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One installation with its processes")
    ResponseEntity<Installation> get(Actor actor, @PathVariable UUID id) {
        Installation installation = find(actor, id);
        return ResponseEntity.ok().eTag(ETags.of(installation.version())).body(installation);
    }

    @PostMapping
    @Operation(summary = "Add an installation; the engine checks every process")
    ResponseEntity<Installation> add(Actor actor, @Valid @RequestBody InstallationDraft draft) {
        costs.check(draft);
        Installation installation = installations.add(actor.organisationId(), draft);
        return ResponseEntity.created(URI.create("/api/v1/cbam/installations/" + installation.id()))
                .eTag(ETags.of(installation.version())).body(installation);
    }

    @PutMapping("/{id}")
    @Transactional
    @Operation(summary = "Replace an installation and its processes; send the ETag you edited as If-Match")
    ResponseEntity<Installation> change(Actor actor, @PathVariable UUID id,
                                        @Parameter(description = "ETag from GET, e.g. \"0\"")
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody InstallationDraft draft) {
        find(actor, id);
        int version = ETags.version(ifMatch, "/api/v1/cbam/installations/{id}");
        costs.check(draft);
        costs.checkStillUsed(actor.organisationId(), id, draft);
        Installation installation = installations.change(actor.organisationId(), id, version, draft)
                .orElseThrow(() -> new RecordNotFound("installation", id));
        return ResponseEntity.ok().eTag(ETags.of(installation.version())).body(installation);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an installation (refused with 409 while goods lines take actual data from it)")
    void remove(Actor actor, @PathVariable UUID id) {
        if (!installations.remove(actor.organisationId(), id)) {
            throw new RecordNotFound("installation", id);
        }
    }

    @GetMapping("/{id}/embedded-emissions")
    @Operation(summary = "Specific embedded emissions (direct and indirect) of every process, with their derivation")
    List<Results.ProcessEmissions> embedded(Actor actor, @PathVariable UUID id) {
        return costs.processEmissions(find(actor, id));
    }

    @GetMapping("/{id}/communication")
    @Operation(summary = "Emissions data communication to an EU importer (JSON); name the importer to address it")
    Results.Communication communication(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID importer) {
        return issued(actor, costs.communication(find(actor, id), recipient(actor, importer)));
    }

    @GetMapping(value = "/{id}/communication.xlsx")
    @Operation(summary = "The emissions data communication as an xlsx workbook")
    ResponseEntity<byte[]> communicationWorkbook(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID importer) {
        Installation installation = find(actor, id);
        byte[] xlsx = workbook.write(issued(actor, costs.communication(installation, recipient(actor, importer))));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cbam-communication-" + installation.data().identifier().replaceAll("[^A-Za-z0-9._-]", "_") + ".xlsx")
                        .build().toString())
                .body(xlsx);
    }

    /** A communication addressed to an importer is issued to it, and logged (issue 5); an unaddressed one is a draft. */
    private Results.Communication issued(Actor actor, Results.Communication communication) {
        if (communication.recipient() != null) {
            events.publishEvent(new EmissionsCommunicationIssued(actor.organisationId(), communication));
        }
        return communication;
    }

    private Importer recipient(Actor actor, UUID importer) {
        return importer == null ? null : importers.find(actor.organisationId(), importer)
                .orElseThrow(() -> new RecordNotFound("EU importer", importer));
    }

    private Installation find(Actor actor, UUID id) {
        return installations.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("installation", id));
    }
}
