package org.greenlane.server.footprint;

import jakarta.validation.Valid;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.greenlane.server.footprint.results.FootprintResults;
import org.greenlane.server.footprint.systems.ProductSystems;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The Footprints section: the exporter's products with their product systems, results and published footprints. */
@Controller
@RequestMapping("/footprints")
@PreAuthorize("hasRole('EXPORTER')")
class ProductPages implements FootprintPage {

    private final ProductCatalogue catalogue;
    private final ProductSystems systems;
    private final FootprintResults results;
    private final PublishedFootprints published;

    ProductPages(ProductCatalogue catalogue, ProductSystems systems, FootprintResults results,
                 PublishedFootprints published) {
        this.catalogue = catalogue;
        this.systems = systems;
        this.results = results;
        this.published = published;
    }

    /** Each product's systems, the latest result of each system, and the published footprints. */
    private void footprints(Actor actor, Model model) {
        Map<UUID, List<ProductSystems.Summary>> byProduct = systems.list(actor.organisationId(), null).stream()
                .collect(Collectors.groupingBy(ProductSystems.Summary::productId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, FootprintResults.Summary> latest = new LinkedHashMap<>();
        for (FootprintResults.Summary r : results.list(actor.organisationId(), null, null, 500)) {
            if (r.productSystemId() != null) {
                latest.putIfAbsent(r.productSystemId(), r);
            }
        }
        model.addAttribute("systems", byProduct);
        model.addAttribute("latest", latest);
        model.addAttribute("published", published.of(actor.organisationId()).stream()
                .collect(Collectors.groupingBy(PublishedFootprint::productId, LinkedHashMap::new, Collectors.toList())));
    }

    @ModelAttribute("units")
    DeclaredUnit[] units() {
        return DeclaredUnit.values();
    }

    @GetMapping
    String products(Actor actor, Model model) {
        model.addAttribute("products", catalogue.of(actor.organisationId()));
        footprints(actor, model);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new ProductForm());
        }
        return "footprint/products";
    }

    @PostMapping("/products")
    String add(Actor actor, @Valid @ModelAttribute("draft") ProductForm draft, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Product added = catalogue.add(actor.organisationId(), draft.toDraft().normalised());
                redirect.addFlashAttribute("added", added.name());
                return "redirect:/footprints";
            } catch (InvalidInput invalid) {
                invalid.errors().forEach(problem -> errors.rejectValue(problem.field(), "invalid", problem.message()));
            }
        }
        model.addAttribute("products", catalogue.of(actor.organisationId()));
        footprints(actor, model);
        return "footprint/products";
    }
}
