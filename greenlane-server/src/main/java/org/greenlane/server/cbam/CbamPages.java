package org.greenlane.server.cbam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.cbam.CbamInputException;
import org.greenlane.core.cbam.CertificatePriceTable;
import org.greenlane.core.cbam.DefinitivePeriod;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Carbon border costs section. Every signed-in user may look up the goods scope and see the reference data in use;
 * exporters (and organisations importing themselves) see, per EU importer, their goods lines with embedded emissions,
 * certificates and cost, what actual data save, the 2026–2034 projection as a chart and a table, and the downloads.
 */
@Controller
@RequestMapping("/cbam")
class CbamPages {

    private final ReferenceData reference;
    private final EngineTables tables;
    private final Importers importers;
    private final GoodsLines lines;
    private final Installations installations;
    private final ProductCatalogue products;
    private final CarbonBorderCosts costs;
    private final QReports reports;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final PriceScenarios scenarios;

    CbamPages(ReferenceData reference, EngineTables tables, Importers importers, GoodsLines lines, Installations installations,
              ProductCatalogue products, CarbonBorderCosts costs, QReports reports, MessageSource messages, ObjectMapper json,
              PriceScenarios scenarios) {
        this.reference = reference;
        this.tables = tables;
        this.importers = importers;
        this.lines = lines;
        this.installations = installations;
        this.products = products;
        this.costs = costs;
        this.reports = reports;
        this.messages = messages;
        this.json = json;
        this.scenarios = scenarios;
    }

    /** A goods line with its product and its assessment, or why it cannot be assessed. */
    record LineRow(GoodsLine line, String product, Results.LineAssessment assessment, String problem) {
    }

    /** One destination: the importer, its lines of the year, the projection and the declaration summary. */
    record ImporterSection(Importer importer, List<LineRow> lines, Results.Projection projection, String chart,
                           Results.Declaration declaration, String problem, List<Integer> quarters) {
    }

    /** An installation with the specific embedded emissions of its processes. */
    record InstallationSection(Installation installation, List<Results.ProcessEmissions> processes, String problem) {
    }

    @GetMapping
    String cbam(Actor actor, @RequestParam(required = false) String code, @RequestParam(required = false) Integer year,
                Model model, Locale locale) {
        int shown = year == null ? Math.max(DefinitivePeriod.FIRST_YEAR, Math.min(DefinitivePeriod.LAST_YEAR, LocalDate.now().getYear()))
                : year;
        model.addAttribute("year", shown);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(DefinitivePeriod.FIRST_YEAR, DefinitivePeriod.LAST_YEAR)
                .boxed().toList());
        model.addAttribute("code", code == null ? "" : code);
        if (code != null && !code.isBlank()) {
            try {
                model.addAttribute("scope", EngineTables.scope().lookup(code));
            } catch (CbamInputException notACode) {
                model.addAttribute("scopeProblem", notACode.getMessage());
            }
        }
        EngineTables.Snapshot snapshot = tables.now();
        model.addAttribute("defaultValues", snapshot.defaultValuesDataset());
        model.addAttribute("benchmarks", snapshot.benchmarkDataset());
        model.addAttribute("prices", reference.prices());
        model.addAttribute("assumedCorrection", !snapshot.assumedCorrectionYears().isEmpty());
        model.addAttribute("qreportUnavailable", reports.unavailable().orElse(null));
        model.addAttribute("placeholderCodes", reports.placeholderCodes());
        boolean trader = actor.has(Role.EXPORTER);
        model.addAttribute("trader", trader);
        if (!trader || year != null && (year < DefinitivePeriod.FIRST_YEAR || year > DefinitivePeriod.LAST_YEAR)) {
            return "cbam/cbam";
        }
        UUID organisation = actor.organisationId();
        Map<UUID, String> productNames = products.of(organisation).stream().collect(Collectors.toMap(Product::id, Product::name));
        List<ImporterSection> sections = new ArrayList<>();
        for (Importer importer : importers.of(organisation)) {
            sections.add(section(organisation, importer, shown, productNames, locale));
        }
        model.addAttribute("importers", sections);
        model.addAttribute("installations", installations.of(organisation).stream().map(this::installation).toList());
        model.addAttribute("scenarios", scenarios.of(organisation));
        return "cbam/cbam";
    }

    private ImporterSection section(UUID organisation, Importer importer, int year, Map<UUID, String> productNames, Locale locale) {
        List<GoodsLine> ofYear = lines.ofImporter(organisation, importer.id(), year);
        List<LineRow> rows = ofYear.stream().map(line -> {
            String product = line.data().productId() == null ? null : productNames.get(line.data().productId());
            try {
                return new LineRow(line, product, costs.assess(organisation, line, CertificatePriceTable.GapPolicy.USE_LATEST_EARLIER_PRICE), null);
            } catch (InvalidInput | CbamInputException problem) {
                return new LineRow(line, product, null, message(problem));
            }
        }).toList();
        List<Integer> quarters = new ArrayList<>(new TreeSet<>(ofYear.stream()
                .map(l -> l.data().importDate().get(IsoFields.QUARTER_OF_YEAR)).toList()));
        if (ofYear.isEmpty()) {
            return new ImporterSection(importer, rows, null, null, null, null, quarters);
        }
        try {
            Results.Projection projection = costs.projection(organisation, importer, year);
            Results.Declaration declaration = costs.declaration(organisation, importer, year);
            return new ImporterSection(importer, rows, projection, chart(projection, locale), declaration, null, quarters);
        } catch (InvalidInput | CbamInputException problem) {
            return new ImporterSection(importer, rows, null, null, null, message(problem), quarters);
        }
    }

    private InstallationSection installation(Installation installation) {
        try {
            return new InstallationSection(installation, costs.processEmissions(installation), null);
        } catch (InvalidInput | CbamInputException problem) {
            return new InstallationSection(installation, List.of(), message(problem));
        }
    }

    /** Chart data for cbam-projection.js: years, one cost series per scenario, and the labels in the page's language. */
    private String chart(Results.Projection projection, Locale locale) {
        Map<String, List<String>> series = new LinkedHashMap<>();
        for (Results.ProjectionRow row : projection.rows()) {
            series.computeIfAbsent(row.scenario(), s -> new ArrayList<>()).add(row.cost().value());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("years", projection.rows().stream().map(Results.ProjectionRow::year).distinct().toList());
        data.put("series", series.entrySet().stream().map(e -> Map.of("name", e.getKey(), "data", e.getValue())).toList());
        data.put("yAxis", messages.getMessage("cbam.chart.cost", null, locale));
        data.put("xAxis", messages.getMessage("cbam.chart.year", null, locale));
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("chart data cannot be written", ex);
        }
    }

    private static String message(RuntimeException problem) {
        if (problem instanceof InvalidInput invalid) {
            return invalid.errors().stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        }
        return problem.getMessage();
    }
}
