package org.greenlane.server.cbam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.greenlane.core.cbam.CbamInputException;
import org.greenlane.core.cbam.DefinitivePeriod;
import org.greenlane.core.cbam.PriceScenario;
import org.greenlane.server.platform.api.InvalidInput;
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

/**
 * The organisation's certificate price scenarios for projections; always labelled as scenarios, never law. Projections
 * also use the latest published price held flat.
 */
@RestController
@RequestMapping("/api/v1/cbam/price-scenarios")
@PreAuthorize("hasRole('EXPORTER')")
@Tag(name = "CBAM price scenarios", description = "Certificate price paths 2026–2034 assumed for projections")
class ScenariosApi {

    private final PriceScenarios scenarios;

    ScenariosApi(PriceScenarios scenarios) {
        this.scenarios = scenarios;
    }

    @GetMapping
    @Operation(summary = "The organisation's price scenarios")
    List<PriceScenarios.Stored> list(Actor actor) {
        return scenarios.of(actor.organisationId());
    }

    @PostMapping
    @Operation(summary = "Add a scenario with a price (EUR per certificate) for every year 2026–2034")
    ResponseEntity<PriceScenarios.Stored> add(Actor actor, @Valid @RequestBody ScenarioDraft draft) {
        check(draft);
        PriceScenarios.Stored stored = scenarios.add(actor.organisationId(), draft);
        return ResponseEntity.created(URI.create("/api/v1/cbam/price-scenarios/" + stored.id())).body(stored);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a scenario")
    void remove(Actor actor, @PathVariable UUID id) {
        if (!scenarios.remove(actor.organisationId(), id)) {
            throw new RecordNotFound("price scenario", id);
        }
    }

    static void check(ScenarioDraft draft) {
        try {
            PriceScenario scenario = new PriceScenario(draft.name(), draft.eurPerTonneByYear(), draft.assumption());
            for (int year = DefinitivePeriod.FIRST_YEAR; year <= DefinitivePeriod.LAST_YEAR; year++) {
                scenario.price(year);
            }
        } catch (CbamInputException | NullPointerException refused) {
            throw new InvalidInput("eurPerTonneByYear", refused.getMessage());
        }
    }
}
