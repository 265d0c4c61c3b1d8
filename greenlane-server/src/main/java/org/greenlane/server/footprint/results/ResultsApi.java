package org.greenlane.server.footprint.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenlane.core.footprint.MonteCarloResult;
import org.greenlane.core.footprint.UpstreamNode;
import org.greenlane.server.footprint.PublicationRequest;
import org.greenlane.server.footprint.PublishedFootprint;
import org.greenlane.server.footprint.systems.ProductSystemDraft;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Calculating product systems and reading stored results: totals, stages, contributions with their traces,
 * upstream tree, Monte Carlo, reproduction, scenario comparison, publication as a PACT footprint, PDF report.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('EXPORTER')")
@Tag(name = "Footprint results", description = "Calculations, stored results, scenarios and publication")
class ResultsApi {

    private final FootprintCalculator calculator;
    private final FootprintResults results;
    private final Publications publications;
    private final ResultReports reports;

    ResultsApi(FootprintCalculator calculator, FootprintResults results, Publications publications,
               ResultReports reports) {
        this.calculator = calculator;
        this.results = results;
        this.publications = publications;
        this.reports = reports;
    }

    @PostMapping("/product-systems/{id}/calculations")
    @Operation(summary = "Calculate a product system and store the result (claims certificates for market-based "
            + "electricity); 422 names the process and exchange when it cannot be calculated")
    ResponseEntity<ResultView> calculate(Actor actor, @PathVariable UUID id) {
        StoredResult stored = calculator.calculate(actor, id);
        return ResponseEntity.created(URI.create("/api/v1/footprint-results/" + stored.id())).body(ResultView.of(stored));
    }

    @PostMapping(value = "/product-systems/{id}/scenario-comparisons", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compare what-if scenarios with the product system side by side (nothing is stored)")
    ScenarioComparison compare(Actor actor, @PathVariable UUID id, @RequestBody List<ScenarioDto> scenarios) {
        return calculator.compare(actor, id, scenarios);
    }

    @GetMapping("/footprint-results")
    @Operation(summary = "Stored results, newest first, optionally of one product system or product")
    List<FootprintResults.Summary> list(Actor actor, @RequestParam(required = false) UUID productSystemId,
                                        @RequestParam(required = false) UUID productId,
                                        @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidInput("limit", "must be from 1 to 500");
        }
        return results.list(actor.organisationId(), productSystemId, productId, limit);
    }

    @GetMapping("/footprint-results/{id}")
    @Operation(summary = "A stored result: totals, stages, contributions with traces, flows, electricity, quality")
    ResultView get(Actor actor, @PathVariable UUID id) {
        return ResultView.of(calculator.stored(actor.organisationId(), id));
    }

    @GetMapping("/footprint-results/{id}/product-system")
    @Operation(summary = "The product system exactly as it was calculated")
    ProductSystemDraft snapshot(Actor actor, @PathVariable UUID id) {
        return calculator.stored(actor.organisationId(), id).snapshot();
    }

    @GetMapping("/footprint-results/{id}/upstream-tree")
    @Operation(summary = "Upstream tree of kg CO2e from the reference process; branches below cutOff (a share of "
            + "the total) are summed into their parent's cutOffResult")
    UpstreamNode tree(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "0.01") double cutOff,
                      @RequestParam(defaultValue = "5") int maxDepth) {
        return calculator.upstreamTree(actor.organisationId(), id, cutOff, maxDepth);
    }

    /** Iterations and seed of a Monte Carlo run; without a seed a random one is drawn and returned. */
    record MonteCarloRequest(Integer iterations, Long seed) {
    }

    @PostMapping("/footprint-results/{id}/monte-carlo")
    @Operation(summary = "Run a Monte Carlo simulation (default 1000 iterations); the seed reproduces it")
    MonteCarloResult monteCarlo(Actor actor, @PathVariable UUID id, @RequestBody(required = false) MonteCarloRequest request) {
        int iterations = request == null || request.iterations() == null ? 1000 : request.iterations();
        return calculator.monteCarlo(actor.organisationId(), id, iterations, request == null ? null : request.seed());
    }

    @GetMapping("/footprint-results/{id}/monte-carlo")
    @Operation(summary = "Monte Carlo runs of a result, newest first")
    List<MonteCarloResult> monteCarloRuns(Actor actor, @PathVariable UUID id) {
        calculator.stored(actor.organisationId(), id);
        return results.monteCarloRuns(actor.organisationId(), id);
    }

    @PostMapping("/footprint-results/{id}/reproduction")
    @Operation(summary = "Recalculate a stored result from its records and check that every number is the same")
    FootprintCalculator.Reproduction reproduce(Actor actor, @PathVariable UUID id) {
        return calculator.reproduce(actor.organisationId(), id);
    }

    @PostMapping(value = "/footprint-results/{id}/publication", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish a result as a PACT v3 ProductFootprint with a new stable id; the product's "
            + "Active footprint becomes Deprecated and a predecessor")
    ResponseEntity<PublishedFootprint> publish(Actor actor, @PathVariable UUID id,
                                               @RequestBody PublicationRequest request) {
        PublishedFootprint pf = publications.publish(actor.organisationId(), id, request);
        return ResponseEntity.created(URI.create("/api/v1/published-footprints/" + pf.id())).body(pf);
    }

    @GetMapping(value = "/footprint-results/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The result as a PDF report with a stage chart")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id, java.util.Locale locale) {
        StoredResult stored = calculator.stored(actor.organisationId(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"footprint-" + id + ".pdf\"")
                .body(reports.pdf(actor.organisationId(), stored, locale));
    }
}
