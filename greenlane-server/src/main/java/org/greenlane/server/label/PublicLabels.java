package org.greenlane.server.label;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The resolver a scanned label opens, public by design (no sign-in; decision 064): GS1 Digital Link paths
 * {@code /01/<GTIN-14>[/10/<batch>]} and the platform path {@code /p/<product id>[/10/<batch>]} answer the
 * label's page in English or Chinese ({@code ?lang=}, else the browser's Accept-Language). It shows only
 * what the label states and how to check it; an unknown code answers a friendly 404 page.
 */
@Controller
class PublicLabels {

    private final CarbonLabels labels;
    private final LabelViews views;

    PublicLabels(CarbonLabels labels, LabelViews views) {
        this.labels = labels;
        this.views = views;
    }

    @GetMapping("/01/{gtin}")
    String product(@PathVariable String gtin, Model model, Locale locale, HttpServletResponse response) {
        return gtin(gtin, null, model, locale, response);
    }

    @GetMapping("/01/{gtin}/10/{batch}")
    String batch(@PathVariable String gtin, @PathVariable String batch, Model model, Locale locale,
                 HttpServletResponse response) {
        return gtin(gtin, batch, model, locale, response);
    }

    @GetMapping("/p/{product}")
    String platformProduct(@PathVariable String product, Model model, Locale locale, HttpServletResponse response) {
        return platform(product, null, model, locale, response);
    }

    @GetMapping("/p/{product}/10/{batch}")
    String platformBatch(@PathVariable String product, @PathVariable String batch, Model model, Locale locale,
                         HttpServletResponse response) {
        return platform(product, batch, model, locale, response);
    }

    private String gtin(String gtin, String batch, Model model, Locale locale, HttpServletResponse response) {
        Optional<CarbonLabel> label = Gs1.gtin14Problem(gtin).isEmpty() ? labels.byGtin(gtin, batch) : Optional.empty();
        return show(label, model, locale, response);
    }

    private String platform(String product, String batch, Model model, Locale locale, HttpServletResponse response) {
        Optional<CarbonLabel> label;
        try {
            label = labels.byProduct(UUID.fromString(product), batch);
        } catch (IllegalArgumentException notAnId) {
            label = Optional.empty();
        }
        return show(label, model, locale, response);
    }

    private String show(Optional<CarbonLabel> label, Model model, Locale locale, HttpServletResponse response) {
        if (label.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "label/unknown";
        }
        LabelViews.Facts facts = views.facts(label.get(), locale);
        model.addAttribute("facts", facts);
        model.addAttribute("check", views.logCheck(facts));
        return "label/public";
    }
}
