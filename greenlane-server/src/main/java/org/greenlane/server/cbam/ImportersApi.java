package org.greenlane.server.cbam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * EU importers (authorised declarants) and what concerns each: the cost of a year's goods projected over 2026–2034, the
 * annual declaration summary and the quarterly QReport. An organisation importing itself records itself as its own
 * importer with {@code actsAsDeclarant} (decision 039).
 */
@RestController
@RequestMapping("/api/v1/cbam/importers")
@PreAuthorize("hasRole('EXPORTER')")
@Tag(name = "CBAM importers", description = "EU importers, cost projections, annual declarations, QReports")
class ImportersApi {

    private final Importers importers;
    private final CarbonBorderCosts costs;
    private final QReports reports;

    ImportersApi(Importers importers, CarbonBorderCosts costs, QReports reports) {
        this.importers = importers;
        this.costs = costs;
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "The organisation's EU importers")
    List<Importer> list(Actor actor) {
        return importers.of(actor.organisationId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One EU importer")
    Importer get(Actor actor, @PathVariable UUID id) {
        return find(actor, id);
    }

    @PostMapping
    @Operation(summary = "Add an EU importer")
    ResponseEntity<Importer> add(Actor actor, @Valid @RequestBody ImporterDraft draft) {
        Importer importer = importers.add(actor.organisationId(), draft);
        return ResponseEntity.created(URI.create("/api/v1/cbam/importers/" + importer.id())).body(importer);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an EU importer (refused with 409 while goods lines go to it)")
    void remove(Actor actor, @PathVariable UUID id) {
        if (!importers.remove(actor.organisationId(), id)) {
            throw new RecordNotFound("EU importer", id);
        }
    }

    @GetMapping("/{id}/projection")
    @Operation(summary = "Certificates and cost of the importer's goods of one year, projected over 2026–2034 under the "
            + "certificate price scenarios (the same goods every year)")
    Results.Projection projection(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "2026") int year) {
        return costs.projection(actor.organisationId(), find(actor, id), year);
    }

    @GetMapping("/{id}/declarations/{year}")
    @Operation(summary = "Summary of the annual CBAM declaration: de minimis, certificates to surrender, estimated cost")
    Results.Declaration declaration(Actor actor, @PathVariable UUID id, @PathVariable int year) {
        return costs.declaration(actor.organisationId(), find(actor, id), year);
    }

    @GetMapping("/{id}/qreports/{year}/{quarter}")
    @Operation(summary = "The quarterly report in the Registry's QReport schema, validated against it before it is offered")
    ResponseEntity<String> qreport(Actor actor, @PathVariable UUID id, @PathVariable int year, @PathVariable int quarter) {
        Importer importer = find(actor, id);
        String xml = reports.write(actor.organisationId(), importer, year, quarter, actor.displayName());
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("qreport-" + importer.eori() + "-" + year + "-Q" + quarter + ".xml").build().toString());
        if (reports.placeholderCodes()) {
            response.header("Greenlane-QReport-Codes", "demo placeholders, not Registry code-list values");
        }
        return response.body(xml);
    }

    private Importer find(Actor actor, UUID id) {
        return importers.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("EU importer", id));
    }
}
