package org.greenlane.server.cbam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.greenlane.core.cbam.CertificatePriceTable;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Goods lines and their assessment: embedded emissions (actual data or default values), certificates owed in the year
 * of import at the certificate price of the import period, and the saving of actual data against default values.
 */
@RestController
@RequestMapping("/api/v1/cbam")
@PreAuthorize("hasRole('EXPORTER')")
@Tag(name = "CBAM goods lines", description = "Lines of CBAM goods and what they owe")
class GoodsLinesApi {

    private final GoodsLines lines;
    private final CarbonBorderCosts costs;

    GoodsLinesApi(GoodsLines lines, CarbonBorderCosts costs) {
        this.lines = lines;
        this.costs = costs;
    }

    @GetMapping("/goods-lines")
    @Operation(summary = "The organisation's goods lines, by import date")
    List<GoodsLine> list(Actor actor) {
        return lines.of(actor.organisationId());
    }

    @GetMapping("/goods-lines/{id}")
    @Operation(summary = "One goods line")
    ResponseEntity<GoodsLine> get(Actor actor, @PathVariable UUID id) {
        GoodsLine line = find(actor, id);
        return ResponseEntity.ok().eTag(ETags.of(line.version())).body(line);
    }

    @PostMapping("/goods-lines")
    @Operation(summary = "Add a goods line; refused, naming the field, when the engine cannot assess it")
    ResponseEntity<GoodsLine> add(Actor actor, @Valid @RequestBody GoodsLineDraft draft) {
        costs.check(actor.organisationId(), draft);
        GoodsLine line = lines.add(actor.organisationId(), draft);
        return ResponseEntity.created(URI.create("/api/v1/cbam/goods-lines/" + line.id())).eTag(ETags.of(line.version())).body(line);
    }

    @PutMapping("/goods-lines/{id}")
    @Operation(summary = "Change a goods line; send the ETag you edited as If-Match")
    ResponseEntity<GoodsLine> change(Actor actor, @PathVariable UUID id,
                                     @Parameter(description = "ETag from GET, e.g. \"0\"")
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody GoodsLineDraft draft) {
        find(actor, id);
        int version = ETags.version(ifMatch, "/api/v1/cbam/goods-lines/{id}");
        costs.check(actor.organisationId(), draft);
        GoodsLine line = lines.change(actor.organisationId(), id, version, draft).orElseThrow(() -> new RecordNotFound("goods line", id));
        return ResponseEntity.ok().eTag(ETags.of(line.version())).body(line);
    }

    @DeleteMapping("/goods-lines/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a goods line")
    void remove(Actor actor, @PathVariable UUID id) {
        if (!lines.remove(actor.organisationId(), id)) {
            throw new RecordNotFound("goods line", id);
        }
    }

    @GetMapping("/goods-lines/{id}/assessment")
    @Operation(summary = "What the line owes in the year of its import, every figure with formula, legal basis and source; "
            + "with actual data also the saving against default values")
    Results.LineAssessment assessment(Actor actor, @PathVariable UUID id,
                                      @Parameter(description = "FAIL refuses a missing certificate price; by default the latest "
                                              + "earlier price is used and a notice says so")
                                      @RequestParam(defaultValue = "USE_LATEST_EARLIER_PRICE") CertificatePriceTable.GapPolicy gapPolicy) {
        return costs.assess(actor.organisationId(), find(actor, id), gapPolicy);
    }

    /** A line to assess without storing it. */
    record AssessmentRequest(
            @NotBlank @Pattern(regexp = "\\d{8}", message = "must be an 8-digit CN code") String cnCode,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code") String countryOfOrigin,
            @NotNull @PositiveOrZero BigDecimal netMass,
            @NotNull LocalDate importDate,
            @NotNull GoodsLineDraft.Basis basis,
            @Size(max = 200) String defaultVariant,
            @Size(max = 20) String benchmarkRoute,
            UUID installationId,
            @Size(max = 50) String processKey) {
    }

    @PostMapping("/assessments")
    @Operation(summary = "Assess a goods line without storing it")
    Results.LineAssessment assess(Actor actor, @Valid @RequestBody AssessmentRequest request,
                                  @RequestParam(defaultValue = "USE_LATEST_EARLIER_PRICE") CertificatePriceTable.GapPolicy gapPolicy) {
        GoodsLineDraft draft = new GoodsLineDraft(null, null, null, request.cnCode(), request.countryOfOrigin(), request.netMass(),
                request.importDate(), request.basis(), request.defaultVariant(), request.benchmarkRoute(), request.installationId(),
                request.processKey());
        return costs.assess(actor.organisationId(), draft, gapPolicy);
    }

    private GoodsLine find(Actor actor, UUID id) {
        return lines.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("goods line", id));
    }
}
