package org.greenlane.server.footprint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The organisation's published footprints and their PACT v3 documents. */
@RestController
@RequestMapping("/api/v1/published-footprints")
@PreAuthorize("hasRole('EXPORTER')")
@Tag(name = "Published footprints", description = "Footprints published as PACT v3 ProductFootprints")
class PublishedFootprintsApi {

    private final PublishedFootprints published;

    PublishedFootprintsApi(PublishedFootprints published) {
        this.published = published;
    }

    @GetMapping
    @Operation(summary = "Published footprints, newest first")
    List<PublishedFootprint> list(Actor actor) {
        return published.of(actor.organisationId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One published footprint")
    PublishedFootprint get(Actor actor, @PathVariable UUID id) {
        return published.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("published footprint", id));
    }

    @PostMapping("/{id}/deprecation")
    @Operation(summary = "Mark a published footprint Deprecated (it stays readable)")
    PublishedFootprint deprecate(Actor actor, @PathVariable UUID id) {
        if (!published.deprecate(actor.organisationId(), id, Instant.now().truncatedTo(ChronoUnit.SECONDS))) {
            throw new RecordNotFound("published footprint", id);
        }
        return get(actor, id);
    }

    @GetMapping("/{id}/pact")
    @Operation(summary = "The PACT v3 ProductFootprint document")
    ObjectNode pact(Actor actor, @PathVariable UUID id) {
        return get(actor, id).pact();
    }
}
