package org.greenlane.server.footprint.systems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Product systems: created and edited as JSON (guided bill of materials or processes) or by uploading a
 * spreadsheet (docs/footprint-spreadsheets.md). Edits are optimistic: GET gives an ETag, PUT sends it as If-Match.
 */
@RestController
@RequestMapping("/api/v1/product-systems")
@PreAuthorize("hasRole('EXPORTER')")
@Tag(name = "Product systems", description = "What a product is made of: materials, energy, transport, processes")
class ProductSystemsApi {

    private final ProductSystems systems;
    private final ProductCatalogue products;

    ProductSystemsApi(ProductSystems systems, ProductCatalogue products) {
        this.systems = systems;
        this.products = products;
    }

    @GetMapping
    @Operation(summary = "The organisation's product systems, optionally of one product")
    List<ProductSystems.Summary> list(Actor actor, @RequestParam(required = false) UUID productId) {
        return systems.list(actor.organisationId(), productId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One product system with its processes")
    ResponseEntity<ProductSystemView> get(Actor actor, @PathVariable UUID id) {
        ProductSystemRecord record = systems.find(actor.organisationId(), id)
                .orElseThrow(() -> new RecordNotFound("product system", id));
        return ResponseEntity.ok().eTag(Integer.toString(record.version())).body(ProductSystemView.of(record));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a product system from a guided bill of materials or from processes")
    ResponseEntity<ProductSystemView> add(Actor actor, @RequestBody ProductSystemDraft draft) {
        ProductSystemModel model = draft.toModel(product(actor, draft.productId()));
        return created(systems.add(actor.organisationId(), model));
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a product system; send the ETag of the version you edited as If-Match")
    ResponseEntity<ProductSystemView> change(Actor actor, @PathVariable UUID id,
                                             @Parameter(description = "ETag from GET, e.g. \"0\"")
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @RequestBody ProductSystemDraft draft) {
        if (!systems.exists(actor.organisationId(), id)) {
            throw new RecordNotFound("product system", id);
        }
        int version = IfMatch.version(ifMatch, "/api/v1/product-systems/{id}");
        ProductSystemModel model = draft.toModel(product(actor, draft.productId()));
        ProductSystemRecord record = systems.change(actor.organisationId(), id, version, model)
                .orElseThrow(() -> new RecordNotFound("product system", id));
        return ResponseEntity.ok().eTag(Integer.toString(record.version())).body(ProductSystemView.of(record));
    }

    @PostMapping(value = "/spreadsheets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Create a product system from an .xlsx or .csv file (bill of materials or process data); "
            + "all or nothing, problems name sheet, row and column")
    ResponseEntity<ProductSystemView> upload(Actor actor, @RequestParam UUID productId, @RequestParam String name,
                                             @RequestPart("file") MultipartFile file) throws IOException {
        Product product = product(actor, productId);
        ProductSystemModel model = SystemSpreadsheets.read(file.getOriginalFilename(), file.getBytes(), product, name);
        return created(systems.add(actor.organisationId(), model));
    }

    @PutMapping(value = "/{id}/spreadsheet", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace a product system from an .xlsx or .csv file; send the ETag as If-Match")
    ResponseEntity<ProductSystemView> replace(Actor actor, @PathVariable UUID id,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @RequestPart("file") MultipartFile file) throws IOException {
        ProductSystemRecord current = systems.find(actor.organisationId(), id)
                .orElseThrow(() -> new RecordNotFound("product system", id));
        int version = IfMatch.version(ifMatch, "/api/v1/product-systems/{id}");
        Product product = product(actor, current.model().productId());
        ProductSystemModel model = SystemSpreadsheets.read(file.getOriginalFilename(), file.getBytes(), product,
                current.model().name());
        ProductSystemRecord record = systems.change(actor.organisationId(), id, version, model)
                .orElseThrow(() -> new RecordNotFound("product system", id));
        return ResponseEntity.ok().eTag(Integer.toString(record.version())).body(ProductSystemView.of(record));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a product system (its stored results stay, with the snapshot they were calculated from)")
    void remove(Actor actor, @PathVariable UUID id) {
        if (!systems.remove(actor.organisationId(), id)) {
            throw new RecordNotFound("product system", id);
        }
    }

    private Product product(Actor actor, UUID productId) {
        if (productId == null) {
            throw new InvalidInput("productId", "is required");
        }
        return products.find(actor.organisationId(), productId)
                .orElseThrow(() -> new InvalidInput("productId", "no product " + productId + " in your organisation"));
    }

    private static ResponseEntity<ProductSystemView> created(ProductSystemRecord record) {
        return ResponseEntity.created(URI.create("/api/v1/product-systems/" + record.id()))
                .eTag(Integer.toString(record.version())).body(ProductSystemView.of(record));
    }
}
