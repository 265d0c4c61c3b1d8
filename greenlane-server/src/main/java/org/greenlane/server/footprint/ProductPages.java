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

/** The Footprints section: the exporter's products, and adding one. */
@Controller
@RequestMapping("/footprints")
@PreAuthorize("hasRole('EXPORTER')")
class ProductPages {

    private final ProductCatalogue catalogue;

    ProductPages(ProductCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @ModelAttribute("units")
    DeclaredUnit[] units() {
        return DeclaredUnit.values();
    }

    @GetMapping
    String products(Actor actor, Model model) {
        model.addAttribute("products", catalogue.of(actor.organisationId()));
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
        return "footprint/products";
    }
}
