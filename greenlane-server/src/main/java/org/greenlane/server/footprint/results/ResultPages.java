package org.greenlane.server.footprint.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.footprint.UpstreamNode;
import org.greenlane.server.footprint.FootprintPage;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.footprint.PublicationRequest;
import org.greenlane.server.footprint.PublishedFootprint;
import org.greenlane.server.footprint.PublishedFootprints;
import org.greenlane.server.footprint.systems.ProductSystemRecord;
import org.greenlane.server.footprint.systems.ProductSystems;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Results pages: calculating, the result with breakdowns, traces, upstream tree and charts, Monte Carlo,
 * reproduction, the HTML and PDF reports, scenario comparison, publication, and published footprints.
 */
@Controller
@RequestMapping("/footprints")
@PreAuthorize("hasRole('EXPORTER')")
class ResultPages implements FootprintPage {

    private final FootprintCalculator calculator;
    private final FootprintResults results;
    private final ProductSystems systems;
    private final ProductCatalogue products;
    private final Publications publications;
    private final PublishedFootprints published;
    private final ResultReports reports;
    private final ObjectMapper json;
    private final org.springframework.context.MessageSource messages;

    ResultPages(FootprintCalculator calculator, FootprintResults results, ProductSystems systems,
                ProductCatalogue products, Publications publications, PublishedFootprints published,
                ResultReports reports, ObjectMapper json, org.springframework.context.MessageSource messages) {
        this.calculator = calculator;
        this.results = results;
        this.systems = systems;
        this.products = products;
        this.publications = publications;
        this.published = published;
        this.reports = reports;
        this.json = json;
        this.messages = messages;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("fmt")
    FootprintFormat format(Locale locale) {
        return new FootprintFormat(locale);
    }

    @PostMapping("/systems/{id}/calculation")
    String calculate(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            StoredResult stored = calculator.calculate(actor, id);
            return "redirect:/footprints/results/" + stored.id();
        } catch (CalculationRefused refused) {
            redirect.addFlashAttribute("refused", refused.getMessage());
            return "redirect:/footprints/systems/" + id;
        }
    }

    @GetMapping("/results/{id}")
    String result(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "0.01") double cutOff,
                  @RequestParam(defaultValue = "6") int depth, Model model, Locale locale) {
        StoredResult stored = calculator.stored(actor.organisationId(), id);
        double share = Math.max(0.0001, Math.min(0.5, cutOff));
        int levels = Math.max(1, Math.min(FootprintCalculator.MAX_TREE_DEPTH, depth));
        UpstreamNode tree = calculator.upstreamTree(actor.organisationId(), id, share, levels);
        model.addAllAttributes(reports.model(actor.organisationId(), stored, locale, false));
        model.addAttribute("tree", tree);
        model.addAttribute("cutOff", share);
        model.addAttribute("depth", levels);
        model.addAttribute("runs", results.monteCarloRuns(actor.organisationId(), id));
        model.addAttribute("chartData", chartData(stored.report(), tree, locale));
        model.addAttribute("publications", published.of(actor.organisationId()).stream()
                .filter(pf -> pf.resultId().equals(id)).toList());
        return "footprint/result";
    }

    @PostMapping("/results/{id}/monte-carlo")
    String monteCarlo(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "1000") int iterations,
                      RedirectAttributes redirect) {
        try {
            calculator.monteCarlo(actor.organisationId(), id, iterations, null);
        } catch (InvalidInput | CalculationRefused problem) {
            redirect.addFlashAttribute("monteCarloProblem", problem.getMessage());
        }
        return "redirect:/footprints/results/" + id + "#uncertainty";
    }

    @PostMapping("/results/{id}/reproduction")
    String reproduce(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("reproduction", calculator.reproduce(actor.organisationId(), id));
        return "redirect:/footprints/results/" + id + "#reproduction";
    }

    @GetMapping("/results/{id}/report")
    String report(Actor actor, @PathVariable UUID id, Model model, Locale locale) {
        StoredResult stored = calculator.stored(actor.organisationId(), id);
        model.addAllAttributes(reports.model(actor.organisationId(), stored, locale, false));
        return "footprint/report";
    }

    @GetMapping(value = "/results/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id, Locale locale) {
        StoredResult stored = calculator.stored(actor.organisationId(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"footprint-" + id + ".pdf\"")
                .body(reports.pdf(actor.organisationId(), stored, locale));
    }

    @GetMapping("/systems/{id}/scenarios")
    String scenarios(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("system", system(actor, id));
        model.addAttribute("form", new ScenarioForm());
        return "footprint/scenarios";
    }

    @PostMapping("/systems/{id}/scenarios")
    String compare(Actor actor, @PathVariable UUID id, ScenarioForm form, Model model, Locale locale) {
        model.addAttribute("system", system(actor, id));
        model.addAttribute("form", form);
        try {
            ScenarioComparison comparison = calculator.compare(actor, id, form.scenarios());
            model.addAttribute("comparison", comparison);
            model.addAttribute("chartData", write(Map.of("kind", "scenarios", "names", names(comparison),
                    "location", totals(comparison, false), "market", totals(comparison, true),
                    "labels", List.of(messages.getMessage("fp.result.location", null, locale),
                            messages.getMessage("fp.result.market", null, locale)))));
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.errors().stream().map(p -> p.field() + ": " + p.message()).toList());
        } catch (CalculationRefused refused) {
            model.addAttribute("problems", List.of(refused.getMessage()));
        }
        return "footprint/scenarios";
    }

    @GetMapping("/results/{id}/publication")
    String publishForm(Actor actor, @PathVariable UUID id, Model model) {
        StoredResult stored = calculator.stored(actor.organisationId(), id);
        model.addAttribute("result", stored);
        model.addAttribute("product", products.find(actor.organisationId(), stored.productId()).orElseThrow());
        model.addAttribute("regions", PactDocuments.REGIONS);
        model.addAttribute("form", PublicationForm.defaults(stored));
        return "footprint/publish";
    }

    @PostMapping("/results/{id}/publication")
    String publish(Actor actor, @PathVariable UUID id, PublicationForm form, Model model) {
        StoredResult stored = calculator.stored(actor.organisationId(), id);
        try {
            PublishedFootprint pf = publications.publish(actor.organisationId(), id, form.toRequest());
            return "redirect:/footprints/published/" + pf.id();
        } catch (InvalidInput invalid) {
            model.addAttribute("result", stored);
            model.addAttribute("product", products.find(actor.organisationId(), stored.productId()).orElseThrow());
            model.addAttribute("regions", PactDocuments.REGIONS);
            model.addAttribute("form", form);
            model.addAttribute("problems", invalid.errors());
            return "footprint/publish";
        }
    }

    @GetMapping("/published/{id}")
    String publishedFootprint(Actor actor, @PathVariable UUID id, Model model) throws JsonProcessingException {
        PublishedFootprint pf = published.find(actor.organisationId(), id)
                .orElseThrow(() -> new RecordNotFound("published footprint", id));
        model.addAttribute("pf", pf);
        model.addAttribute("product", products.find(actor.organisationId(), pf.productId()).orElse(null));
        model.addAttribute("document", json.writerWithDefaultPrettyPrinter().writeValueAsString(pf.pact()));
        return "footprint/published";
    }

    @PostMapping("/published/{id}/deprecation")
    String deprecate(Actor actor, @PathVariable UUID id) {
        if (!published.deprecate(actor.organisationId(), id, Instant.now().truncatedTo(ChronoUnit.SECONDS))) {
            throw new RecordNotFound("published footprint", id);
        }
        return "redirect:/footprints/published/" + id;
    }

    private ProductSystemRecord system(Actor actor, UUID id) {
        return systems.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("product system", id));
    }

    /** Stage bars and a Sankey of the upstream tree's first levels, for the page's script. */
    private String chartData(FootprintReport report, UpstreamNode tree, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", "result");
        List<Map<String, Object>> stages = new ArrayList<>();
        for (org.greenlane.core.footprint.LifeCycleStage stage : org.greenlane.core.footprint.LifeCycleStage.values()) {
            stages.add(Map.of("stage", messages.getMessage("stage." + stage.name(), null, locale),
                    "kg", report.byStage().getOrDefault(stage.name(), 0.0)));
        }
        data.put("stages", stages);
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        sankey(tree, null, 0, 3, nodes, links, new java.util.HashSet<>());
        data.put("nodes", nodes);
        data.put("links", links);
        data.put("locale", locale.toLanguageTag());
        return write(data);
    }

    /** Nodes named by path so a process reached twice stays two nodes (Sankey needs a tree without cycles). */
    private static void sankey(UpstreamNode node, String parent, int depth, int maxDepth, List<Map<String, Object>> nodes,
                               List<Map<String, Object>> links, java.util.Set<String> names) {
        String name = node.processName();
        while (!names.add(name)) {
            name = name + " ";
        }
        nodes.add(Map.of("name", name));
        if (parent != null && node.result() > 0) {
            links.add(Map.of("source", name, "target", parent, "value", node.result()));
        }
        if (depth < maxDepth) {
            if (node.directResult() > 0 && !node.children().isEmpty()) {
                String own = node.processName() + " (direct)";
                while (!names.add(own)) {
                    own = own + " ";
                }
                nodes.add(Map.of("name", own));
                links.add(Map.of("source", own, "target", name, "value", node.directResult()));
            }
            for (UpstreamNode child : node.children()) {
                sankey(child, name, depth + 1, maxDepth, nodes, links, names);
            }
        }
    }

    private static List<String> names(ScenarioComparison c) {
        List<String> names = new ArrayList<>();
        names.add(c.baseline().name());
        c.scenarios().forEach(s -> names.add(s.name()));
        return names;
    }

    private static List<Double> totals(ScenarioComparison c, boolean market) {
        List<Double> totals = new ArrayList<>();
        totals.add(market ? c.baseline().marketBasedTotalKgCo2e() : c.baseline().totalKgCo2e());
        c.scenarios().forEach(s -> totals.add(market ? s.marketBasedTotalKgCo2e() : s.totalKgCo2e()));
        return totals;
    }

    /** JSON for a script element: "</" is escaped so the data cannot end the element. */
    private String write(Object value) {
        try {
            return json.writeValueAsString(value).replace("</", "<\\/").replace("<!--", "<\\!--");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The publication form: dates as the browser's date inputs send them (yyyy-mm-dd, UTC). */
    public static class PublicationForm {
        private String referencePeriodStart = "";
        private String referencePeriodEnd = "";
        private String validityPeriodStart = "";
        private String validityPeriodEnd = "";
        private String geographyKind = "country";
        private String geographyCountry = "";
        private String geographySubdivision = "";
        private String geographyRegion = "";
        private String productMassPerDeclaredUnit = "";
        private String fossilCarbonContent = "0";
        private String electricityMethod = "MARKET";
        private boolean packagingEmissionsIncluded;
        private String comment = "";

        static PublicationForm defaults(StoredResult stored) {
            PublicationForm f = new PublicationForm();
            int year = stored.calculatedAt().atZone(ZoneOffset.UTC).getYear() - 1;
            f.referencePeriodStart = year + "-01-01";
            f.referencePeriodEnd = year + "-12-31";
            if ("kg".equals(stored.report().functionalUnit().unit())) {
                f.productMassPerDeclaredUnit = String.valueOf(stored.report().functionalUnit().amount());
            } else if ("t".equals(stored.report().functionalUnit().unit())) {
                f.productMassPerDeclaredUnit = String.valueOf(stored.report().functionalUnit().amount() * 1000);
            }
            return f;
        }

        PublicationRequest toRequest() {
            String kind = geographyKind == null ? "" : geographyKind;
            return new PublicationRequest(date(referencePeriodStart, "referencePeriodStart", false),
                    date(referencePeriodEnd, "referencePeriodEnd", true),
                    date(validityPeriodStart, "validityPeriodStart", false),
                    date(validityPeriodEnd, "validityPeriodEnd", true),
                    kind.equals("country") ? geographyCountry : null,
                    kind.equals("subdivision") ? geographySubdivision : null,
                    kind.equals("region") ? geographyRegion : null,
                    number(productMassPerDeclaredUnit, "productMassPerDeclaredUnit"),
                    number(fossilCarbonContent, "fossilCarbonContent"), null, null, electricityMethod,
                    packagingEmissionsIncluded, 0.0, null, null, comment);
        }

        /** A day as an instant; an end day is inclusive, so the period ends at the start of the next day. */
        private static Instant date(String text, String field, boolean end) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                LocalDate day = LocalDate.parse(text.strip());
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new InvalidInput(field, "'" + text + "' is not a date (yyyy-mm-dd)");
            }
        }

        private static Double number(String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException notANumber) {
                throw new InvalidInput(field, "'" + text + "' is not a number");
            }
        }

        public String getReferencePeriodStart() { return referencePeriodStart; }
        public void setReferencePeriodStart(String v) { referencePeriodStart = v; }
        public String getReferencePeriodEnd() { return referencePeriodEnd; }
        public void setReferencePeriodEnd(String v) { referencePeriodEnd = v; }
        public String getValidityPeriodStart() { return validityPeriodStart; }
        public void setValidityPeriodStart(String v) { validityPeriodStart = v; }
        public String getValidityPeriodEnd() { return validityPeriodEnd; }
        public void setValidityPeriodEnd(String v) { validityPeriodEnd = v; }
        public String getGeographyKind() { return geographyKind; }
        public void setGeographyKind(String v) { geographyKind = v; }
        public String getGeographyCountry() { return geographyCountry; }
        public void setGeographyCountry(String v) { geographyCountry = v; }
        public String getGeographySubdivision() { return geographySubdivision; }
        public void setGeographySubdivision(String v) { geographySubdivision = v; }
        public String getGeographyRegion() { return geographyRegion; }
        public void setGeographyRegion(String v) { geographyRegion = v; }
        public String getProductMassPerDeclaredUnit() { return productMassPerDeclaredUnit; }
        public void setProductMassPerDeclaredUnit(String v) { productMassPerDeclaredUnit = v; }
        public String getFossilCarbonContent() { return fossilCarbonContent; }
        public void setFossilCarbonContent(String v) { fossilCarbonContent = v; }
        public String getElectricityMethod() { return electricityMethod; }
        public void setElectricityMethod(String v) { electricityMethod = v; }
        public boolean isPackagingEmissionsIncluded() { return packagingEmissionsIncluded; }
        public void setPackagingEmissionsIncluded(boolean v) { packagingEmissionsIncluded = v; }
        public String getComment() { return comment; }
        public void setComment(String v) { comment = v; }
    }

    /** Up to three scenarios of the form, each one change (the API takes several changes per scenario). */
    public static class ScenarioForm {
        private List<Row> rows = new ArrayList<>(List.of(new Row("TRANSPORT_MODE_SHIFT"), new Row("GREEN_ELECTRICITY"),
                new Row("FUEL_SWITCH")));

        List<ScenarioDto> scenarios() {
            List<ScenarioDto> out = new ArrayList<>();
            for (Row r : rows) {
                if (!r.isEnabled()) {
                    continue;
                }
                out.add(new ScenarioDto(r.name, List.of(new ScenarioDto.Change(r.type, r.fromMode, r.toMode, r.toFuel,
                        r.fromActivity, r.toActivity, r.region, parse(r.share), null, r.target, parse(r.factor)))));
            }
            return out;
        }

        private static Double parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException notANumber) {
                throw new InvalidInput("scenario", "'" + text + "' is not a number");
            }
        }

        public List<Row> getRows() { return rows; }
        public void setRows(List<Row> v) { rows = v; }

        public static class Row {
            private boolean enabled;
            private String name = "";
            private String type;
            private String fromMode = "ROAD";
            private String toMode = "RAIL";
            private String toFuel = "";
            private String fromActivity = "";
            private String toActivity = "";
            private String region = "";
            private String share = "1";
            private String target = "";
            private String factor = "0.9";

            public Row() {
                this("TRANSPORT_MODE_SHIFT");
            }

            Row(String type) {
                this.type = type;
            }

            public boolean isEnabled() { return enabled; }
            public void setEnabled(boolean v) { enabled = v; }
            public String getName() { return name; }
            public void setName(String v) { name = v; }
            public String getType() { return type; }
            public void setType(String v) { type = v; }
            public String getFromMode() { return fromMode; }
            public void setFromMode(String v) { fromMode = v; }
            public String getToMode() { return toMode; }
            public void setToMode(String v) { toMode = v; }
            public String getToFuel() { return toFuel; }
            public void setToFuel(String v) { toFuel = v; }
            public String getFromActivity() { return fromActivity; }
            public void setFromActivity(String v) { fromActivity = v; }
            public String getToActivity() { return toActivity; }
            public void setToActivity(String v) { toActivity = v; }
            public String getRegion() { return region; }
            public void setRegion(String v) { region = v; }
            public String getShare() { return share; }
            public void setShare(String v) { share = v; }
            public String getTarget() { return target; }
            public void setTarget(String v) { target = v; }
            public String getFactor() { return factor; }
            public void setFactor(String v) { factor = v; }
        }
    }
}
