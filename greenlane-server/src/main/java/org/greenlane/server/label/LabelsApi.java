package org.greenlane.server.label;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
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
import java.util.Locale;
import java.util.UUID;

/** Carbon labels for an exporter's systems (an ERP printing labels with its batches): issue, list, artwork. */
@RestController
@RequestMapping("/api/v1/labels")
@PreAuthorize("hasRole('EXPORTER')")
@Tag(name = "Carbon labels", description = "QR labels with a GS1 Digital Link to a published footprint")
class LabelsApi {

    private final CarbonLabels labels;
    private final LabelIssuance issuance;
    private final LabelViews views;

    LabelsApi(CarbonLabels labels, LabelIssuance issuance, LabelViews views) {
        this.labels = labels;
        this.issuance = issuance;
        this.views = views;
    }

    /**
     * @param footprintId an Active published footprint of the caller's organisation
     * @param batch       optional batch or lot number (GS1 AI 10)
     */
    record LabelRequest(UUID footprintId, String batch) {
    }

    @GetMapping
    @Operation(summary = "The organisation's labels, newest first")
    List<CarbonLabel> list(Actor actor) {
        return labels.of(actor.organisationId());
    }

    @PostMapping
    @Operation(summary = "Issue a label; its Digital Link (uri) is fixed from then on",
            description = "GTIN products get https://<host>/01/<GTIN-14>[/10/<batch>], others https://<host>/p/<product id>"
                    + "[/10/<batch>]. A Digital Link can be issued once (400 naming batch otherwise).")
    ResponseEntity<CarbonLabel> issue(Actor actor, @RequestBody LabelRequest request) {
        if (request == null || request.footprintId() == null) {
            throw new InvalidInput("footprintId", "is required: the published footprint to label");
        }
        CarbonLabel label = issuance.issue(actor, request.footprintId(), request.batch());
        return ResponseEntity.created(URI.create("/api/v1/labels/" + label.id())).body(label);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One label")
    CarbonLabel get(Actor actor, @PathVariable UUID id) {
        return labels.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("carbon label", id));
    }

    @GetMapping("/{id}/label.svg")
    @Operation(summary = "The printable label as SVG (80 x 40 mm); language en or zh-CN")
    ResponseEntity<byte[]> svg(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String language,
                               Locale request) {
        return LabelDownloads.svg(views, get(actor, id), LabelDownloads.language(language, request));
    }

    @GetMapping("/{id}/label.png")
    @Operation(summary = "The printable label as PNG, 300 dpi; language en or zh-CN")
    ResponseEntity<byte[]> png(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String language,
                               Locale request) {
        return LabelDownloads.png(views, get(actor, id), LabelDownloads.language(language, request));
    }
}
