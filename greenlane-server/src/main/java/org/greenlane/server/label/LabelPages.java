package org.greenlane.server.label;

import org.greenlane.server.footprint.FootprintStatus;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.footprint.PublishedFootprints;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The exporter's carbon labels: issue one for an Active published footprint, preview it, download SVG and PNG. */
@Controller
@RequestMapping("/labels")
@PreAuthorize("hasRole('EXPORTER')")
class LabelPages {

    private final CarbonLabels labels;
    private final LabelIssuance issuance;
    private final LabelViews views;
    private final PublishedFootprints published;
    private final ProductCatalogue products;

    LabelPages(CarbonLabels labels, LabelIssuance issuance, LabelViews views, PublishedFootprints published,
               ProductCatalogue products) {
        this.labels = labels;
        this.issuance = issuance;
        this.views = views;
        this.published = published;
        this.products = products;
    }

    record Labellable(UUID id, String product, String gtin, String pcf, String unit, String published) {
    }

    /** @param footprint the published footprint to preselect, when the exporter comes from its page */
    @GetMapping
    String list(Actor actor, @RequestParam(required = false) UUID footprint, Model model) {
        UUID organisation = actor.organisationId();
        model.addAttribute("chosen", footprint);
        Map<UUID, Product> byId = products.of(organisation).stream().collect(Collectors.toMap(Product::id, Function.identity()));
        model.addAttribute("labels", labels.of(organisation).stream()
                .map(label -> Map.of("label", label, "product", byId.containsKey(label.productId())
                        ? byId.get(label.productId()).name() : "")).toList());
        model.addAttribute("footprints", published.of(organisation).stream()
                .filter(pf -> pf.status() == FootprintStatus.ACTIVE && byId.containsKey(pf.productId()))
                .map(pf -> new Labellable(pf.id(), byId.get(pf.productId()).name(), byId.get(pf.productId()).gtin(),
                        pf.pcfIncludingBiogenicUptake(), pf.declaredUnit(), pf.created().toString().substring(0, 10)))
                .toList());
        return "label/labels";
    }

    @PostMapping
    String issue(Actor actor, @RequestParam UUID footprintId, @RequestParam(required = false) String batch,
                 RedirectAttributes redirect) {
        try {
            return "redirect:/labels/" + issuance.issue(actor, footprintId, batch).id();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.errors());
            redirect.addFlashAttribute("batch", batch);
            return "redirect:/labels";
        }
    }

    @GetMapping("/{id}")
    String label(Actor actor, @PathVariable UUID id, Model model, Locale locale) {
        CarbonLabel label = find(actor, id);
        LabelViews.Facts facts = views.facts(label, locale);
        model.addAttribute("facts", facts);
        return "label/label";
    }

    /** The artwork, in the language asked for with {@code language}, else the page's. */
    @GetMapping("/{id}/label.svg")
    ResponseEntity<byte[]> svg(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String language,
                               Locale page) {
        return LabelDownloads.svg(views, find(actor, id), LabelDownloads.language(language, page));
    }

    @GetMapping("/{id}/label.png")
    ResponseEntity<byte[]> png(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String language,
                               Locale page) {
        return LabelDownloads.png(views, find(actor, id), LabelDownloads.language(language, page));
    }

    private CarbonLabel find(Actor actor, UUID id) {
        return labels.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("carbon label", id));
    }
}
