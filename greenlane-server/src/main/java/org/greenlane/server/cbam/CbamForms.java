package org.greenlane.server.cbam;

import jakarta.validation.Validator;
import org.greenlane.core.cbam.CbamInputException;
import org.greenlane.core.cbam.CertificatePriceTable;
import org.greenlane.core.cbam.DefinitivePeriod;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The CBAM data entry pages: EU importers, price scenarios, installations with their processes, and goods lines, for
 * exporters without API skills. Every save goes through the API's drafts and checks (Bean Validation, then the engine),
 * shows each problem beside its field, stores all or nothing, and refuses to overwrite a newer version (decision 065).
 */
@Controller
@RequestMapping("/cbam")
@PreAuthorize("hasRole('EXPORTER')")
class CbamForms {

    private static final int BLANK_ROWS = 1;

    private final Importers importers;
    private final PriceScenarios scenarios;
    private final Installations installations;
    private final GoodsLines lines;
    private final ProductCatalogue products;
    private final CarbonBorderCosts costs;
    private final Validator validator;

    CbamForms(Importers importers, PriceScenarios scenarios, Installations installations, GoodsLines lines, ProductCatalogue products,
              CarbonBorderCosts costs, Validator validator) {
        this.importers = importers;
        this.scenarios = scenarios;
        this.installations = installations;
        this.lines = lines;
        this.products = products;
        this.costs = costs;
        this.validator = validator;
    }

    /** Form beans hold text as typed in plain fields; the binder reads and writes those fields. */
    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    // EU importers

    static class ImporterForm {
        public String name;
        public String eori;
        public String country;
        public String city;
        public boolean actsAsDeclarant;

        ImporterDraft toDraft() {
            return new ImporterDraft(Forms.text(name), Forms.code(eori), Forms.code(country), Forms.text(city), actsAsDeclarant);
        }
    }

    @GetMapping("/importers/new")
    String newImporter(@ModelAttribute("form") ImporterForm form, BindingResult errors) {
        return "cbam/importer-form";
    }

    @PostMapping("/importers")
    String addImporter(Actor actor, @ModelAttribute("form") ImporterForm form, BindingResult errors, RedirectAttributes redirect) {
        ImporterDraft draft = form.toDraft();
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        Forms.validate(validator, draft, problems);
        Forms.reject(errors, problems);
        if (errors.hasErrors()) {
            return "cbam/importer-form";
        }
        Importer importer = importers.add(actor.organisationId(), draft);
        redirect.addFlashAttribute("saved", importer.name());
        return "redirect:/cbam#importers";
    }

    @PostMapping("/importers/{id}/delete")
    String removeImporter(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        Importer importer = importers.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("EU importer", id));
        try {
            importers.remove(actor.organisationId(), id);
            redirect.addFlashAttribute("removed", importer.name());
        } catch (DataIntegrityViolationException stillUsed) {
            redirect.addFlashAttribute("refused", importer.name());
        }
        return "redirect:/cbam#importers";
    }

    // Price scenarios

    static class ScenarioForm {
        public String name;
        public String assumption;
        public List<String> prices = new ArrayList<>(IntStream.rangeClosed(DefinitivePeriod.FIRST_YEAR, DefinitivePeriod.LAST_YEAR)
                .mapToObj(year -> "").toList());

        ScenarioDraft toDraft(List<InvalidInput.FieldProblem> problems) {
            Forms.Reader read = new Forms.Reader(problems);
            Map<Integer, BigDecimal> byYear = new LinkedHashMap<>();
            for (int i = 0; i < prices.size(); i++) {
                BigDecimal price = read.number("prices[" + i + "]", prices.get(i));
                if (price == null && Forms.blank(prices.get(i))) {
                    problems.add(new InvalidInput.FieldProblem("prices[" + i + "]", "a price is needed for "
                            + (DefinitivePeriod.FIRST_YEAR + i)));
                } else if (price != null) {
                    byYear.put(DefinitivePeriod.FIRST_YEAR + i, price);
                }
            }
            return new ScenarioDraft(Forms.text(name), Forms.text(assumption), byYear);
        }
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("years", IntStream.rangeClosed(DefinitivePeriod.FIRST_YEAR, DefinitivePeriod.LAST_YEAR).boxed().toList());
        model.addAttribute("streamTypes", InstallationDraft.StreamType.values());
        model.addAttribute("factorKinds", InstallationDraft.FactorKind.values());
        model.addAttribute("precursorSources", InstallationDraft.PrecursorSource.values());
        model.addAttribute("bases", GoodsLineDraft.Basis.values());
    }

    @GetMapping("/scenarios/new")
    String newScenario(@ModelAttribute("form") ScenarioForm form, BindingResult errors) {
        return "cbam/scenario-form";
    }

    @PostMapping("/scenarios")
    String addScenario(Actor actor, @ModelAttribute("form") ScenarioForm form, BindingResult errors, RedirectAttributes redirect) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        ScenarioDraft draft = form.toDraft(problems);
        Forms.validate(validator, draft, problems);
        if (problems.isEmpty()) {
            try {
                ScenariosApi.check(draft);
            } catch (InvalidInput refused) {
                problems.addAll(refused.errors());
            }
        }
        Forms.reject(errors, problems);
        if (errors.hasErrors()) {
            return "cbam/scenario-form";
        }
        PriceScenarios.Stored stored = scenarios.add(actor.organisationId(), draft);
        redirect.addFlashAttribute("saved", stored.name());
        return "redirect:/cbam#scenarios";
    }

    @PostMapping("/scenarios/{id}/delete")
    String removeScenario(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        PriceScenarios.Stored stored = scenarios.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("price scenario", id));
        scenarios.remove(actor.organisationId(), id);
        redirect.addFlashAttribute("removed", stored.name());
        return "redirect:/cbam#scenarios";
    }

    // Installations

    @GetMapping("/installations/new")
    String newInstallation(@ModelAttribute("form") InstallationForm form, BindingResult errors) {
        form.withBlankRows(2);
        return "cbam/installation-form";
    }

    @PostMapping("/installations")
    String addInstallation(Actor actor, @ModelAttribute("form") InstallationForm form, BindingResult errors,
                           @RequestParam(required = false) String addRows, RedirectAttributes redirect) {
        form.compact();
        if (addRows != null) {
            form.withBlankRows(BLANK_ROWS + 1);
            return "cbam/installation-form";
        }
        InstallationDraft draft = checked(form, errors, null, actor);
        if (draft == null) {
            return "cbam/installation-form";
        }
        Installation installation = installations.add(actor.organisationId(), draft);
        redirect.addFlashAttribute("saved", installation.data().name());
        return "redirect:/cbam/installations/" + installation.id();
    }

    @GetMapping("/installations/{id}")
    String installation(Actor actor, @PathVariable UUID id, @ModelAttribute("form") InstallationForm form, BindingResult errors,
                        Model model) {
        Installation stored = findInstallation(actor, id);
        InstallationForm current = InstallationForm.of(stored);
        form.version = current.version;
        form.identifier = current.identifier;
        form.name = current.name;
        form.operator = current.operator;
        form.country = current.country;
        form.city = current.city;
        form.address = current.address;
        form.periodStart = current.periodStart;
        form.periodEnd = current.periodEnd;
        form.verification = current.verification;
        form.processes = current.processes;
        form.withBlankRows(BLANK_ROWS);
        installationPage(actor, stored, model);
        return "cbam/installation-form";
    }

    @PostMapping("/installations/{id}")
    String changeInstallation(Actor actor, @PathVariable UUID id, @ModelAttribute("form") InstallationForm form, BindingResult errors,
                              @RequestParam(required = false) String addRows, Model model, RedirectAttributes redirect) {
        Installation stored = findInstallation(actor, id);
        installationPage(actor, stored, model);
        form.compact();
        if (addRows != null) {
            form.withBlankRows(BLANK_ROWS + 1);
            return "cbam/installation-form";
        }
        InstallationDraft draft = checked(form, errors, id, actor);
        if (draft == null) {
            return "cbam/installation-form";
        }
        try {
            installations.change(actor.organisationId(), id, form.version, draft);
        } catch (OptimisticLockingFailureException stale) {
            model.addAttribute("conflict", true);
            return "cbam/installation-form";
        }
        redirect.addFlashAttribute("saved", draft.name());
        return "redirect:/cbam/installations/" + id;
    }

    @PostMapping("/installations/{id}/delete")
    String removeInstallation(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        Installation stored = findInstallation(actor, id);
        try {
            installations.remove(actor.organisationId(), id);
            redirect.addFlashAttribute("removed", stored.data().name());
            return "redirect:/cbam#installations";
        } catch (DataIntegrityViolationException stillUsed) {
            redirect.addFlashAttribute("refused", stored.data().name());
            return "redirect:/cbam/installations/" + id;
        }
    }

    /** The installation as the API would store it, or null with every problem beside its field. */
    private InstallationDraft checked(InstallationForm form, BindingResult errors, UUID id, Actor actor) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        InstallationDraft draft = form.toDraft(problems);
        Forms.validate(validator, draft, problems);
        if (problems.isEmpty()) {
            try {
                costs.check(draft);
                if (id != null) {
                    costs.checkStillUsed(actor.organisationId(), id, draft);
                }
            } catch (InvalidInput refused) {
                problems.addAll(refused.errors());
            }
        }
        form.withBlankRows(BLANK_ROWS);
        Forms.reject(errors, problems);
        return problems.isEmpty() ? draft : null;
    }

    private void installationPage(Actor actor, Installation stored, Model model) {
        model.addAttribute("installation", stored);
        model.addAttribute("importers", importers.of(actor.organisationId()));
        try {
            model.addAttribute("processEmissions", costs.processEmissions(stored));
        } catch (InvalidInput | CbamInputException problem) {
            model.addAttribute("emissionsProblem", problem.getMessage());
        }
    }

    // Goods lines

    static class GoodsLineForm {
        public int version;
        public String importerId;
        public String productId;
        public String description;
        public String cnCode;
        public String countryOfOrigin;
        public String netMass;
        public String importDate;
        public String basis = GoodsLineDraft.Basis.DEFAULT_VALUES.name();
        public String defaultVariant;
        public String benchmarkRoute;
        public String installationId;
        public String processKey;

        GoodsLineDraft toDraft(List<InvalidInput.FieldProblem> problems) {
            Forms.Reader read = new Forms.Reader(problems);
            return new GoodsLineDraft(id("importerId", importerId, problems), id("productId", productId, problems), Forms.text(description),
                    Forms.code(cnCode), Forms.code(countryOfOrigin), read.number("netMass", netMass), read.date("importDate", importDate),
                    read.choice("basis", basis, GoodsLineDraft.Basis.class), Forms.text(defaultVariant), Forms.text(benchmarkRoute),
                    id("installationId", installationId, problems), Forms.text(processKey));
        }

        private static UUID id(String field, String value, List<InvalidInput.FieldProblem> problems) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(value.strip());
            } catch (IllegalArgumentException notAnId) {
                problems.add(new InvalidInput.FieldProblem(field, "choose one of the list"));
                return null;
            }
        }

        static GoodsLineForm of(GoodsLine line) {
            GoodsLineDraft d = line.data();
            GoodsLineForm form = new GoodsLineForm();
            form.version = line.version();
            form.importerId = d.importerId().toString();
            form.productId = d.productId() == null ? null : d.productId().toString();
            form.description = d.description();
            form.cnCode = d.cnCode();
            form.countryOfOrigin = d.countryOfOrigin();
            form.netMass = Forms.plain(d.netMass());
            form.importDate = d.importDate().toString();
            form.basis = d.basis().name();
            form.defaultVariant = d.defaultVariant();
            form.benchmarkRoute = d.benchmarkRoute();
            form.installationId = d.installationId() == null ? null : d.installationId().toString();
            form.processKey = d.processKey();
            return form;
        }
    }

    /** A process an actual-data line can name, as "installation · process (CN)". */
    record ProcessChoice(UUID installationId, String processKey, String label, String cnCode, String country) {
    }

    @GetMapping("/goods-lines/new")
    String newLine(Actor actor, @ModelAttribute("form") GoodsLineForm form, BindingResult errors, Model model) {
        // prefilled from the installation page's link; an id that does not parse prefills nothing
        UUID installationId = GoodsLineForm.id("installationId", form.installationId, new ArrayList<>());
        if (installationId != null) {
            form.basis = GoodsLineDraft.Basis.ACTUAL_DATA.name();
            installations.find(actor.organisationId(), installationId).ifPresent(i -> {
                form.countryOfOrigin = i.data().country();
                InstallationDraft.Process process = form.processKey == null ? null : i.process(form.processKey);
                if (process != null) {
                    form.cnCode = process.cnCode();
                }
            });
        }
        lineChoices(actor, model);
        return "cbam/goods-line-form";
    }

    /** The processes of the installation chosen in the goods line form, as the options of its process field (htmx). */
    @GetMapping("/goods-lines/processes")
    String processOptions(Actor actor, @RequestParam(required = false) UUID installationId, Model model) {
        model.addAttribute("processChoices", installationId == null ? List.of()
                : installations.find(actor.organisationId(), installationId).map(CbamForms::processChoices).orElse(List.of()));
        return "cbam/goods-line-form :: processOptions";
    }

    @PostMapping("/goods-lines")
    String addLine(Actor actor, @ModelAttribute("form") GoodsLineForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        GoodsLineDraft draft = checked(actor, form, errors);
        if (draft == null) {
            lineChoices(actor, model);
            return "cbam/goods-line-form";
        }
        GoodsLine line = lines.add(actor.organisationId(), draft);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/cbam/goods-lines/" + line.id();
    }

    @GetMapping("/goods-lines/{id}")
    String line(Actor actor, @PathVariable UUID id, @ModelAttribute("form") GoodsLineForm form, BindingResult errors, Model model) {
        GoodsLine line = findLine(actor, id);
        GoodsLineForm current = GoodsLineForm.of(line);
        form.version = current.version;
        form.importerId = current.importerId;
        form.productId = current.productId;
        form.description = current.description;
        form.cnCode = current.cnCode;
        form.countryOfOrigin = current.countryOfOrigin;
        form.netMass = current.netMass;
        form.importDate = current.importDate;
        form.basis = current.basis;
        form.defaultVariant = current.defaultVariant;
        form.benchmarkRoute = current.benchmarkRoute;
        form.installationId = current.installationId;
        form.processKey = current.processKey;
        linePage(actor, line, model);
        return "cbam/goods-line-form";
    }

    @PostMapping("/goods-lines/{id}")
    String changeLine(Actor actor, @PathVariable UUID id, @ModelAttribute("form") GoodsLineForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        GoodsLine line = findLine(actor, id);
        GoodsLineDraft draft = checked(actor, form, errors);
        if (draft == null) {
            linePage(actor, line, model);
            return "cbam/goods-line-form";
        }
        try {
            lines.change(actor.organisationId(), id, form.version, draft);
        } catch (OptimisticLockingFailureException stale) {
            model.addAttribute("conflict", true);
            linePage(actor, line, model);
            return "cbam/goods-line-form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/cbam/goods-lines/" + id;
    }

    @PostMapping("/goods-lines/{id}/delete")
    String removeLine(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        GoodsLine line = findLine(actor, id);
        lines.remove(actor.organisationId(), id);
        redirect.addFlashAttribute("removed", line.data().description() == null || line.data().description().isBlank()
                ? "CN " + line.data().cnCode() : line.data().description());
        return "redirect:/cbam?year=" + line.data().importDate().getYear();
    }

    private GoodsLineDraft checked(Actor actor, GoodsLineForm form, BindingResult errors) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        GoodsLineDraft draft = form.toDraft(problems);
        Forms.validate(validator, draft, problems);
        if (problems.isEmpty()) {
            try {
                costs.check(actor.organisationId(), draft);
            } catch (InvalidInput refused) {
                problems.addAll(refused.errors());
            } catch (CbamInputException refused) {
                problems.add(new InvalidInput.FieldProblem("cnCode", refused.getMessage()));
            }
        }
        Forms.reject(errors, problems);
        return problems.isEmpty() ? draft : null;
    }

    /** The stored line with its assessment (EU, UK and US figures), or why it cannot be assessed. */
    private void linePage(Actor actor, GoodsLine line, Model model) {
        model.addAttribute("line", line);
        try {
            model.addAttribute("assessment", costs.assess(actor.organisationId(), line, CertificatePriceTable.GapPolicy.USE_LATEST_EARLIER_PRICE));
        } catch (InvalidInput | CbamInputException problem) {
            model.addAttribute("assessmentProblem", problem.getMessage());
        }
        lineChoices(actor, model);
    }

    private void lineChoices(Actor actor, Model model) {
        UUID organisation = actor.organisationId();
        model.addAttribute("importerChoices", importers.of(organisation));
        model.addAttribute("productChoices", products.of(organisation));
        List<Installation> all = installations.of(organisation);
        model.addAttribute("installationChoices", all);
        model.addAttribute("processChoices", all.stream().flatMap(i -> processChoices(i).stream()).toList());
    }

    private static List<ProcessChoice> processChoices(Installation installation) {
        return installation.data().processes().stream().map(p -> new ProcessChoice(installation.id(), p.key(),
                installation.data().name() + " · " + p.key(), p.cnCode(), installation.data().country())).toList();
    }

    private Installation findInstallation(Actor actor, UUID id) {
        return installations.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("installation", id));
    }

    private GoodsLine findLine(Actor actor, UUID id) {
        return lines.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("goods line", id));
    }
}
