package org.greenlane.server.footprint.factors;

import org.greenlane.server.footprint.FootprintPage;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.UUID;

/**
 * The emission-factor library: datasets with provenance and import notes, a search over every factor, the
 * organisation's own datasets (upload in the documented csv), and the picker suggestions the guided form uses.
 */
@Controller
@RequestMapping("/footprints/factors")
@PreAuthorize("hasRole('EXPORTER')")
class FactorPages implements FootprintPage {

    private final FactorDatasets datasets;

    FactorPages(FactorDatasets datasets) {
        this.datasets = datasets;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("fmt")
    org.greenlane.server.footprint.results.FootprintFormat format(java.util.Locale locale) {
        return new org.greenlane.server.footprint.results.FootprintFormat(locale);
    }

    @GetMapping
    String library(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
                   @RequestParam(required = false) UUID dataset, Model model) {
        model.addAttribute("datasets", datasets.visibleTo(actor.organisationId()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("region", region == null ? "" : region);
        model.addAttribute("dataset", dataset);
        if ((q != null && !q.isBlank()) || (region != null && !region.isBlank()) || dataset != null) {
            model.addAttribute("factors", datasets.search(actor.organisationId(), dataset, q, region, 100, 0));
        }
        return "footprint/factors";
    }

    /** Suggestions for an activity field: a datalist of matching activity ids with their names. */
    @GetMapping("/suggestions")
    String suggestions(Actor actor, @RequestParam java.util.Map<String, String> params, Model model) {
        // The form's activity inputs send their own name (materials[0].activity); any one value is the query.
        String q = params.values().stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
        model.addAttribute("factors", q == null || q.strip().length() < 2 ? java.util.List.of()
                : datasets.search(actor.organisationId(), null, q, null, 30, 0));
        return "footprint/fragments :: suggestions";
    }

    @GetMapping("/datasets/{id}")
    String dataset(Actor actor, @PathVariable UUID id, Model model) {
        FactorDatasetRecord record = datasets.find(actor.organisationId(), id)
                .orElseThrow(() -> new RecordNotFound("factor dataset", id));
        model.addAttribute("record", record);
        model.addAttribute("factors", datasets.search(actor.organisationId(), id, null, null, 200, 0));
        return "footprint/dataset";
    }

    @PostMapping
    String upload(Actor actor, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            DatasetRead read = FactorCsv.read(FactorDatasetsApi.utf8(file),
                    file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename());
            if (!read.ok()) {
                redirect.addFlashAttribute("problems", read.problems());
            } else {
                FactorDatasetRecord stored = datasets.store(actor.organisationId(), read.content(), false);
                redirect.addFlashAttribute("added", stored.reference());
            }
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.errors().stream().map(InvalidInput.FieldProblem::message).toList());
        } catch (FactorDatasets.DuplicateDataset duplicate) {
            redirect.addFlashAttribute("problems", java.util.List.of(duplicate.getMessage()));
        }
        return "redirect:/footprints/factors";
    }
}
