package org.greenlane.server.footprint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.greenlane.server.platform.api.InvalidInput;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The exporter's products. Edits are optimistic: GET gives an ETag, PUT must send it as If-Match. */
@RestController
@RequestMapping("/api/v1/products")
@PreAuthorize("hasRole('EXPORTER')")
@Tag(name = "Products", description = "Products of the caller's organisation")
class ProductsApi {

    private final ProductCatalogue catalogue;

    ProductsApi(ProductCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "All products of the caller's organisation, by name")
    List<Product> list(Actor actor) {
        return catalogue.of(actor.organisationId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One product")
    ResponseEntity<Product> get(Actor actor, @PathVariable UUID id) {
        Product product = catalogue.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("product", id));
        return ResponseEntity.ok().eTag(Integer.toString(product.version())).body(product);
    }

    @PostMapping
    @Operation(summary = "Add a product")
    ResponseEntity<Product> add(Actor actor, @Valid @RequestBody ProductDraft draft) {
        Product product = catalogue.add(actor.organisationId(), draft.normalised());
        return ResponseEntity.created(URI.create("/api/v1/products/" + product.id()))
                .eTag(Integer.toString(product.version())).body(product);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a product; send the ETag of the version you edited as If-Match")
    ResponseEntity<Product> change(Actor actor, @PathVariable UUID id,
                                   @Parameter(description = "ETag from GET, e.g. \"0\"")
                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                   @Valid @RequestBody ProductDraft draft) {
        Product product = catalogue.change(actor.organisationId(), id, version(ifMatch), draft.normalised())
                .orElseThrow(() -> new RecordNotFound("product", id));
        return ResponseEntity.ok().eTag(Integer.toString(product.version())).body(product);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a product")
    void remove(Actor actor, @PathVariable UUID id) {
        if (!catalogue.remove(actor.organisationId(), id)) {
            throw new RecordNotFound("product", id);
        }
    }

    private static int version(String ifMatch) {
        if (ifMatch == null) {
            throw new InvalidInput("If-Match", "is required: send the ETag from GET /api/v1/products/{id}");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException notAVersion) {
            throw new InvalidInput("If-Match", "'" + ifMatch + "' is not an ETag of this API");
        }
    }
}
