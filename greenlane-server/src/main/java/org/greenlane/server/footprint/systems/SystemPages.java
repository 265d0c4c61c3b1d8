package org.greenlane.server.footprint.systems;

import org.greenlane.core.footprint.LifeCycleStage;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.factors.GwpSet;
import org.greenlane.core.footprint.transport.TransportFuel;
import org.greenlane.core.footprint.transport.TransportMode;
import org.greenlane.server.footprint.FootprintPage;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The product system editor: the guided bill-of-materials form for small exporters, the process view of
 * systems built from process data, and spreadsheet upload with every problem shown by sheet, row and column.
 */
@Controller
@RequestMapping("/footprints")
@PreAuthorize("hasRole('EXPORTER')")
class SystemPages implements FootprintPage {

    private static final int BLANK_ROWS = 2;

    private final ProductSystems systems;
    private final ProductCatalogue products;

    SystemPages(ProductSystems systems, ProductCatalogue products) {
        this.systems = systems;
        this.products = products;
    }

    @ModelAttribute
    void choices(Model model, java.util.Locale locale) {
        model.addAttribute("fmt", new org.greenlane.server.footprint.results.FootprintFormat(locale));
        model.addAttribute("stages", LifeCycleStage.values());
        model.addAttribute("gases", GreenhouseGas.values());
        model.addAttribute("modes", TransportMode.values());
        model.addAttribute("fuels", TransportFuel.values());
        model.addAttribute("gwpSets", GwpSet.values());
        model.addAttribute("units", List.of("kg", "t", "g", "item", "kWh", "MWh", "MJ", "GJ", "L", "m3", "m2", "t*km"));
    }

    @GetMapping("/systems/new")
    String create(Actor actor, @RequestParam UUID product, Model model) {
        Product p = product(actor, product);
        GuidedForm form = new GuidedForm();
        form.setProductId(p.id());
        form.setName(p.name());
        form.setProducedUnit(p.declaredUnit().code());
        model.addAttribute("form", form.withBlankRows(3));
        model.addAttribute("product", p);
        return "footprint/system-form";
    }

    @PostMapping("/systems")
    String add(Actor actor, @ModelAttribute("form") GuidedForm form, BindingResult errors,
               @RequestParam(required = false) String addRows, Model model) {
        Product p = product(actor, form.getProductId());
        model.addAttribute("product", p);
        if (addRows != null) {
            return "footprint/system-form";
        }
        ProductSystemModel checked = check(form, p, errors);
        if (checked == null) {
            form.withBlankRows(BLANK_ROWS);
            return "footprint/system-form";
        }
        ProductSystemRecord record = systems.add(actor.organisationId(), checked);
        return "redirect:/footprints/systems/" + record.id() + "?saved";
    }

    @GetMapping("/systems/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        ProductSystemRecord record = record(actor, id);
        Product p = product(actor, record.model().productId());
        model.addAttribute("product", p);
        model.addAttribute("system", record);
        if (record.model().kind() == ProductSystemModel.Kind.GUIDED) {
            if (!model.containsAttribute("form")) {
                model.addAttribute("form", GuidedForm.of(record).withBlankRows(BLANK_ROWS));
            }
            return "footprint/system-form";
        }
        model.addAttribute("processes", record.model().processes().stream().map(ProcessDto::of).toList());
        return "footprint/system-processes";
    }

    @PostMapping("/systems/{id}")
    String save(Actor actor, @PathVariable UUID id, @ModelAttribute("form") GuidedForm form, BindingResult errors,
                @RequestParam(required = false) String addRows, Model model) {
        ProductSystemRecord record = record(actor, id);
        Product p = product(actor, record.model().productId());
        form.setProductId(p.id());
        model.addAttribute("product", p);
        model.addAttribute("system", record);
        if (addRows != null) {
            form.withBlankRows(BLANK_ROWS + 3);
            return "footprint/system-form";
        }
        ProductSystemModel checked = check(form, p, errors);
        if (checked == null) {
            form.withBlankRows(BLANK_ROWS);
            return "footprint/system-form";
        }
        try {
            systems.change(actor.organisationId(), id, form.getVersion(), checked);
        } catch (OptimisticLockingFailureException stale) {
            model.addAttribute("conflict", true);
            return "footprint/system-form";
        }
        return "redirect:/footprints/systems/" + id + "?saved";
    }

    @PostMapping("/systems/upload")
    String upload(Actor actor, @RequestParam UUID productId, @RequestParam String name,
                  @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        Product p = product(actor, productId);
        try {
            String systemName = name == null || name.isBlank() ? p.name() : name.strip();
            ProductSystemModel model = SystemSpreadsheets.read(file.getOriginalFilename(), file.getBytes(), p, systemName);
            ProductSystemRecord record = systems.add(actor.organisationId(), model);
            return "redirect:/footprints/systems/" + record.id() + "?uploaded";
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("uploadProblems", messages(invalid));
            redirect.addFlashAttribute("uploadFile", file.getOriginalFilename());
            return "redirect:/footprints?product=" + productId + "#upload-" + productId;
        }
    }

    @PostMapping("/systems/{id}/upload")
    String replace(Actor actor, @PathVariable UUID id, @RequestParam int version,
                   @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        ProductSystemRecord record = record(actor, id);
        Product p = product(actor, record.model().productId());
        try {
            ProductSystemModel model = SystemSpreadsheets.read(file.getOriginalFilename(), file.getBytes(), p,
                    record.model().name());
            systems.change(actor.organisationId(), id, version, model);
            return "redirect:/footprints/systems/" + id + "?uploaded";
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("uploadProblems", messages(invalid));
            redirect.addFlashAttribute("uploadFile", file.getOriginalFilename());
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/footprints/systems/" + id;
    }

    @PostMapping("/systems/{id}/delete")
    String delete(Actor actor, @PathVariable UUID id) {
        if (!systems.remove(actor.organisationId(), id)) {
            throw new RecordNotFound("product system", id);
        }
        return "redirect:/footprints?deleted";
    }

    /** Template downloads: they describe no record, the same for everyone. */
    @GetMapping("/templates/{name:bill-of-materials|process-data}.{format:xlsx|csv}")
    ResponseEntity<byte[]> template(@PathVariable String name, @PathVariable String format) {
        boolean processData = name.equals("process-data");
        byte[] body = format.equals("xlsx") ? SystemSpreadsheets.template(processData)
                : SystemSpreadsheets.csvTemplate(processData).getBytes(StandardCharsets.UTF_8);
        MediaType type = format.equals("xlsx")
                ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new MediaType("text", "csv", StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"greenlane-" + name + "." + format + "\"")
                .body(body);
    }

    private ProductSystemModel check(GuidedForm form, Product product, BindingResult errors) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        ProductSystemDraft draft = form.toDraft(problems);
        if (problems.isEmpty()) {
            try {
                return draft.toModel(product);
            } catch (InvalidInput invalid) {
                problems.addAll(invalid.errors());
            }
        }
        for (InvalidInput.FieldProblem problem : problems) {
            String path = form.formPath(problem.field());
            try {
                errors.rejectValue(path, "invalid", problem.message());
            } catch (RuntimeException notAFormField) {
                errors.reject("invalid", path + ": " + problem.message());
            }
        }
        return null;
    }

    private static List<String> messages(InvalidInput invalid) {
        return invalid.errors().stream().map(InvalidInput.FieldProblem::message).toList();
    }

    private ProductSystemRecord record(Actor actor, UUID id) {
        return systems.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("product system", id));
    }

    private Product product(Actor actor, UUID id) {
        if (id == null) {
            throw new RecordNotFound("product", "none");
        }
        return products.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("product", id));
    }
}
