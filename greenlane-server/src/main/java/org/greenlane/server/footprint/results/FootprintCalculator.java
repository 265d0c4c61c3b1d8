package org.greenlane.server.footprint.results;

import org.greenlane.core.footprint.CalculationSetup;
import org.greenlane.core.footprint.FootprintCalculation;
import org.greenlane.core.footprint.FootprintModelException;
import org.greenlane.core.footprint.MonteCarloResult;

import org.greenlane.core.footprint.UpstreamNode;
import org.greenlane.core.footprint.electricity.Certificate;
import org.greenlane.core.footprint.electricity.CertificateLedger;
import org.greenlane.core.footprint.electricity.InstrumentType;
import org.greenlane.core.footprint.factors.BuiltInFactors;
import org.greenlane.core.footprint.units.Units;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.footprint.factors.FactorDatasets;
import org.greenlane.server.footprint.systems.ProductSystemDraft;
import org.greenlane.server.footprint.systems.ProductSystemModel;
import org.greenlane.server.footprint.systems.ProductSystemRecord;
import org.greenlane.server.footprint.systems.ProductSystems;
import org.greenlane.server.footprint.systems.Regions;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Calculating footprints: a new calculation stores its result and claims certificates for market-based
 * electricity; a stored result can be recalculated from what it recorded (and must give the same numbers),
 * explored as an upstream tree, sampled by Monte Carlo, and compared with what-if scenarios.
 */
@Service
public class FootprintCalculator {

    public static final int MAX_ITERATIONS = 10_000;
    public static final int MAX_TREE_DEPTH = 12;
    private static final int CACHED = 16;

    private final ProductSystems systems;
    private final ProductCatalogue products;
    private final FactorDatasets datasets;
    private final Certificates certificates;
    private final FootprintResults results;
    /** Recalculations are cheap but not free; trees and Monte Carlo runs on a result reuse its factorisation. */
    private final Map<UUID, FootprintCalculation> recent = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, FootprintCalculation> eldest) {
            return size() > CACHED;
        }
    };

    FootprintCalculator(ProductSystems systems, ProductCatalogue products, FactorDatasets datasets,
                        Certificates certificates, FootprintResults results) {
        this.systems = systems;
        this.products = products;
        this.datasets = datasets;
        this.certificates = certificates;
        this.results = results;
    }

    /** Calculates the product system as it stands, claims certificates under its id, and stores the result. */
    @Transactional
    public StoredResult calculate(Actor actor, UUID systemId) {
        UUID org = actor.organisationId();
        ProductSystemRecord system = systems.find(org, systemId)
                .orElseThrow(() -> new RecordNotFound("product system", systemId));
        ProductSystemModel model = system.model();
        FactorDatasets.LibraryComposition composition = datasets.libraryFor(org);
        certificates.lock(org);
        Certificates.Ledger ledger = certificates.ledger(org);
        String claim = systemId.toString();
        CertificateLedger available = ledger == null ? null : ledger.ledger().release(claim);
        CalculationSetup setup = new CalculationSetup(model.gwpSet(), model.allocation(), composition.library(),
                available, available == null ? null : claim);
        FootprintCalculation calculation = run(model, systemId.toString(), setup);
        FootprintReport report = ReportBuilder.build(calculation, model, setup,
                ledger == null ? Map.of() : ledger.certificates(), ledger == null ? Map.of() : ledger.printedIds());
        if (ledger != null) {
            certificates.saveClaim(org, claim, calculation.result().electricity().ledger());
        }
        StoredResult stored = new StoredResult(UUID.randomUUID(), org, systemId, model.productId(), system.version(),
                Instant.now().truncatedTo(ChronoUnit.MICROS), actor.displayName(), calculation.result().modelVersion(),
                model.gwpSet().name(), composition.ids(), report.factorDatasets(), processDraft(model), report);
        results.add(stored);
        remember(stored.id(), calculation);
        return stored;
    }

    /** Recalculates a stored result from what it recorded and says whether every number came out the same. */
    public Reproduction reproduce(UUID organisationId, UUID resultId) {
        StoredResult stored = stored(organisationId, resultId);
        Recalculated again = recalculate(stored);
        FootprintReport before = stored.report();
        FootprintReport after = again.report();
        List<String> differences = new ArrayList<>();
        compare(differences, "total", before.totalKgCo2e(), after.totalKgCo2e());
        compare(differences, "market-based total", before.marketBasedTotalKgCo2e(), after.marketBasedTotalKgCo2e());
        before.byStage().forEach((stage, kg) -> compare(differences, "stage " + stage, kg,
                after.byStage().getOrDefault(stage, 0.0)));
        Map<String, Double> processesAfter = new LinkedHashMap<>();
        after.byProcess().forEach(p -> processesAfter.put(p.processId(), p.directKgCo2e()));
        before.byProcess().forEach(p -> compare(differences, "process " + p.processId(), p.directKgCo2e(),
                processesAfter.getOrDefault(p.processId(), 0.0)));
        if (differences.isEmpty() && !before.equals(after)) {
            differences.add("a detail of the report differs (traces, flows, quality or warnings)");
        }
        return new Reproduction(resultId, differences.isEmpty(), stored.modelVersion(), after.modelVersion(),
                before.totalKgCo2e(), after.totalKgCo2e(), before.marketBasedTotalKgCo2e(),
                after.marketBasedTotalKgCo2e(), stored.factorDatasets(), differences);
    }

    private static void compare(List<String> differences, String what, double before, double after) {
        if (Double.compare(before, after) != 0 && differences.size() < 20) {
            differences.add(what + ": stored " + before + ", recalculated " + after);
        }
    }

    /** Whether a recalculation reproduced a stored result, and if not, where it differs. */
    public record Reproduction(UUID resultId, boolean reproduced, String storedModelVersion,
                               String currentModelVersion, double storedTotalKgCo2e, double recalculatedTotalKgCo2e,
                               double storedMarketBasedKgCo2e, double recalculatedMarketBasedKgCo2e,
                               List<String> factorDatasets, List<String> differences) {
        public Reproduction {
            factorDatasets = List.copyOf(factorDatasets);
            differences = List.copyOf(differences);
        }
    }

    public UpstreamNode upstreamTree(UUID organisationId, UUID resultId, double cutOff, int maxDepth) {
        if (!(cutOff >= 0.0001 && cutOff < 1)) {
            throw new InvalidInput("cutOff", "must be a share from 0.0001 to below 1, e.g. 0.01 for 1 %");
        }
        if (maxDepth < 1 || maxDepth > MAX_TREE_DEPTH) {
            throw new InvalidInput("maxDepth", "must be from 1 to " + MAX_TREE_DEPTH);
        }
        return calculationOf(organisationId, resultId).upstreamTree(cutOff, maxDepth);
    }

    /** Runs (and stores) a Monte Carlo simulation of a stored result; the seed reproduces it. */
    @Transactional
    public MonteCarloResult monteCarlo(UUID organisationId, UUID resultId, int iterations, Long seed) {
        if (iterations < 2 || iterations > MAX_ITERATIONS) {
            throw new InvalidInput("iterations", "must be from 2 to " + MAX_ITERATIONS);
        }
        long s = seed != null ? seed : new SplittableRandom().nextLong();
        FootprintCalculation calculation = calculationOf(organisationId, resultId);
        MonteCarloResult mc;
        try {
            mc = calculation.monteCarlo(iterations, s);
        } catch (FootprintModelException drawn) {
            throw new CalculationRefused(drawn.getMessage(), drawn);
        }
        results.addMonteCarlo(resultId, mc);
        return mc;
    }

    /** The product system as it stands and each scenario, calculated side by side; nothing is stored or claimed. */
    public ScenarioComparison compare(Actor actor, UUID systemId, List<ScenarioDto> scenarios) {
        UUID org = actor.organisationId();
        if (scenarios == null || scenarios.isEmpty() || scenarios.size() > Scenarios.MAX_SCENARIOS) {
            throw new InvalidInput("scenarios", "give 1 to " + Scenarios.MAX_SCENARIOS + " scenarios");
        }
        ProductSystemModel model = systems.find(org, systemId)
                .orElseThrow(() -> new RecordNotFound("product system", systemId)).model();
        FactorDatasets.LibraryComposition composition = datasets.libraryFor(org);
        Certificates.Ledger ledger = certificates.ledger(org);
        CertificateLedger available = ledger == null ? null : ledger.ledger().release(systemId.toString());
        ScenarioComparison.Outcome baseline = outcome("baseline", model, available, composition, 0, List.of(), null);
        List<ScenarioComparison.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioDto scenario = Objects.requireNonNullElseGet(scenarios.get(i), () -> new ScenarioDto(null, null));
            String field = "scenarios[" + i + "]";
            String name = scenario.name() == null || scenario.name().isBlank() ? "Scenario " + (i + 1)
                    : scenario.name().strip();
            Scenarios.Applied applied = Scenarios.apply(model.processes(), scenario, field);
            ProductSystemModel changed = model.withProcesses(applied.processes());
            CertificateLedger scenarioLedger = available;
            if (applied.greenShare() > 0) {
                scenarioLedger = withGreenCover(changed, available, composition, applied);
            }
            try {
                outcomes.add(outcome(name, changed, scenarioLedger, composition, applied.changed(), applied.warnings(),
                        baseline));
            } catch (CalculationRefused refused) {
                throw new InvalidInput(field, "cannot be calculated: " + refused.getMessage());
            }
        }
        return new ScenarioComparison(model.name(), model.functionalUnit().toString(), baseline, outcomes);
    }

    private ScenarioComparison.Outcome outcome(String name, ProductSystemModel model, CertificateLedger ledger,
                                               FactorDatasets.LibraryComposition composition, int changed,
                                               List<String> warnings, ScenarioComparison.Outcome baseline) {
        CalculationSetup setup = new CalculationSetup(model.gwpSet(), model.allocation(), composition.library(),
                ledger, ledger == null ? null : "scenario");
        var result = run(model, "scenario", setup).result();
        List<String> all = new ArrayList<>(warnings);
        all.addAll(result.warnings());
        Map<String, Double> stages = new LinkedHashMap<>();
        result.byStage().forEach((stage, kg) -> stages.put(stage.name(), kg));
        double delta = baseline == null ? 0 : result.totalKgCo2e() - baseline.totalKgCo2e();
        double share = baseline == null || baseline.totalKgCo2e() == 0 ? 0 : delta / baseline.totalKgCo2e();
        double marketDelta = baseline == null ? 0 : result.marketBasedTotalKgCo2e() - baseline.marketBasedTotalKgCo2e();
        return new ScenarioComparison.Outcome(name, result.totalKgCo2e(), result.marketBasedTotalKgCo2e(), stages,
                delta, share, marketDelta, changed, all);
    }

    /**
     * The organisation's ledger plus a hypothetical power purchase agreement per market covering the asked share of
     * the electricity its own sites buy there (PPAs are claimed first).
     */
    private CertificateLedger withGreenCover(ProductSystemModel model, CertificateLedger available,
                                             FactorDatasets.LibraryComposition composition, Scenarios.Applied applied) {
        CalculationSetup plain = new CalculationSetup(model.gwpSet(), model.allocation(), composition.library(),
                null, null);
        FootprintCalculation calculation = run(model, "scenario", plain);
        FootprintReport report = ReportBuilder.build(calculation, model, plain, Map.of(), Map.of());
        Map<String, Double> ownMWh = new LinkedHashMap<>();
        for (FootprintReport.ProcessLine line : report.byProcess()) {
            if (line.supplier() != null) {
                continue;
            }
            for (FootprintReport.Trace t : line.traces()) {
                if (t.what().equals(BuiltInFactors.GRID_ELECTRICITY)) {
                    double mwh = t.amount() * Units.factor(Units.of(t.unit()), Units.MWH) * t.runs();
                    String market = Regions.STANDARD.fallbackChain(t.region()).stream().filter(r -> r.length() == 2)
                            .findFirst().orElse(t.usedRegion());
                    ownMWh.merge(market, mwh, Double::sum);
                }
            }
        }
        List<Certificate> all = new ArrayList<>(available == null ? List.of() : available.certificates());
        ownMWh.forEach((market, mwh) -> {
            if (mwh * applied.greenShare() > 0) {
                all.add(new Certificate("scenario-ppa-" + market, InstrumentType.POWER_PURCHASE_AGREEMENT, market, 0,
                        mwh * applied.greenShare(), applied.greenKgCo2ePerMWh()));
            }
        });
        return new CertificateLedger(all, available == null ? List.of() : available.allocations());
    }

    private FootprintCalculation calculationOf(UUID organisationId, UUID resultId) {
        StoredResult stored = stored(organisationId, resultId);
        synchronized (recent) {
            FootprintCalculation cached = recent.get(resultId);
            if (cached != null) {
                return cached;
            }
        }
        FootprintCalculation calculation = recalculate(stored).calculation();
        remember(resultId, calculation);
        return calculation;
    }

    private void remember(UUID resultId, FootprintCalculation calculation) {
        synchronized (recent) {
            recent.put(resultId, calculation);
        }
    }

    public StoredResult stored(UUID organisationId, UUID resultId) {
        return results.find(organisationId, resultId).orElseThrow(() -> new RecordNotFound("footprint result", resultId));
    }

    private record Recalculated(FootprintCalculation calculation, FootprintReport report) {
    }

    /**
     * The calculation of a stored result from its records: the product system snapshot, the factor datasets in the
     * same order, and a ledger holding exactly the MWh it claimed of each certificate (claimed in the same order,
     * so the same allocations follow).
     */
    private Recalculated recalculate(StoredResult stored) {
        Product product = products.find(stored.organisationId(), stored.productId())
                .orElseThrow(() -> new RecordNotFound("product", stored.productId()));
        ProductSystemModel model = stored.snapshot().toModel(product);
        FactorDatasets.LibraryComposition composition = datasets.library(stored.organisationId(), stored.library());
        List<FootprintReport.Claim> claims = stored.report().electricity().certificates();
        CertificateLedger ledger = null;
        Map<String, Certificate> byId = new LinkedHashMap<>();
        Map<String, String> printed = new LinkedHashMap<>();
        if (!claims.isEmpty()) {
            for (FootprintReport.Claim c : claims) {
                byId.put(c.ledgerId(), new Certificate(c.ledgerId(), InstrumentType.valueOf(c.instrument()), c.market(),
                        c.vintage(), c.mwh(), c.kgCo2ePerMWh()));
                printed.put(c.ledgerId(), c.certificateId());
            }
            ledger = CertificateLedger.of(List.copyOf(byId.values()));
        }
        CalculationSetup setup = new CalculationSetup(model.gwpSet(), model.allocation(), composition.library(),
                ledger, ledger == null ? null : "reproduction");
        String id = stored.productSystemId() == null ? stored.id().toString() : stored.productSystemId().toString();
        FootprintCalculation calculation = run(model, id, setup);
        return new Recalculated(calculation, ReportBuilder.build(calculation, model, setup, byId, printed));
    }

    private static FootprintCalculation run(ProductSystemModel model, String id, CalculationSetup setup) {
        try {
            return FootprintCalculation.calculate(model.toEngine(id), setup);
        } catch (FootprintModelException refused) {
            throw new CalculationRefused(refused.getMessage(), refused);
        }
    }

    /** The system as calculated, always as processes (a guided form is kept only on the live system). */
    private static ProductSystemDraft processDraft(ProductSystemModel model) {
        ProductSystemModel asProcesses = new ProductSystemModel(model.productId(), model.name(), model.description(),
                ProductSystemModel.Kind.PROCESSES, null, model.referenceProcess(), model.referenceFlow(),
                model.functionalUnit(), model.allocation(), model.gwpSet(), model.processes());
        return asProcesses.toDraft();
    }}
