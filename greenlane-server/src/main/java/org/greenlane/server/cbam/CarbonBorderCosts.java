package org.greenlane.server.cbam;

import org.greenlane.core.cbam.ActualDataSaving;
import org.greenlane.core.cbam.AnnexIRow;
import org.greenlane.core.cbam.AnnualDeclaration;
import org.greenlane.core.cbam.CarbonPricePaid;
import org.greenlane.core.cbam.CbamInputException;
import org.greenlane.core.cbam.CertificatePriceTable;
import org.greenlane.core.cbam.CnCode;
import org.greenlane.core.cbam.CostProjection;
import org.greenlane.core.cbam.DefaultValueSelection;
import org.greenlane.core.cbam.DefinitivePeriod;
import org.greenlane.core.cbam.EmbeddedEmissions;
import org.greenlane.core.cbam.EmbeddedEmissionsCalculator;
import org.greenlane.core.cbam.EmissionsBasis;
import org.greenlane.core.cbam.EmissionsDataCommunication;
import org.greenlane.core.cbam.Figure;
import org.greenlane.core.cbam.ImportLine;
import org.greenlane.core.cbam.LegalBasis;
import org.greenlane.core.cbam.LineAssessment;
import org.greenlane.core.cbam.Notice;
import org.greenlane.core.cbam.Origin;
import org.greenlane.core.cbam.PriceScenario;
import org.greenlane.core.cbam.ProductionProcess;
import org.greenlane.core.cbam.ScopeDecision;
import org.greenlane.server.cbam.FigureView.NoticeView;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.platform.api.InvalidInput;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The CBAM activities of an organisation: checking what users enter, assessing goods lines, projecting costs,
 * preparing declarations and emissions data communications. Always within the caller's organisation; engine refusals
 * become {@link InvalidInput} naming the field they come from.
 */
@Service
class CarbonBorderCosts {

    static final String FLAT_SCENARIO = "latest published price, flat";

    private final EngineTables tables;
    private final ReferenceData reference;
    private final Installations installations;
    private final Importers importers;
    private final GoodsLines lines;
    private final PriceScenarios scenarios;
    private final ProductCatalogue products;
    private final OtherMechanisms mechanisms;

    CarbonBorderCosts(EngineTables tables, ReferenceData reference, Installations installations, Importers importers, GoodsLines lines,
                      PriceScenarios scenarios, ProductCatalogue products, OtherMechanisms mechanisms) {
        this.tables = tables;
        this.reference = reference;
        this.installations = installations;
        this.importers = importers;
        this.lines = lines;
        this.scenarios = scenarios;
        this.products = products;
        this.mechanisms = mechanisms;
    }

    /** Refuses an installation the engine cannot compute, naming the field: every process must give embedded emissions. */
    void check(InstallationDraft draft) {
        if (draft.periodEnd().isBefore(draft.periodStart())) {
            throw new InvalidInput("periodEnd", "the reporting period ends before it starts (" + draft.periodStart() + ")");
        }
        EngineTables.Snapshot s = tables.now();
        List<ProductionProcess> processes = ProcessModels.of(draft);
        EmbeddedEmissionsCalculator calculator = new EmbeddedEmissionsCalculator(s.scope(), s.defaults());
        for (int i = 0; i < processes.size(); i++) {
            String key = processes.get(i).id();
            ProcessModels.named("processes[" + i + "]", () -> calculator.compute(processes, key));
        }
    }

    /** The processes that goods lines still take their actual data from must stay, making the same good. */
    void checkStillUsed(UUID organisationId, UUID installationId, InstallationDraft draft) {
        for (GoodsLine line : lines.usingInstallation(organisationId, installationId)) {
            Optional<InstallationDraft.Process> process = draft.processes().stream()
                    .filter(p -> p.key().strip().equals(line.data().processKey())).findFirst();
            if (process.isEmpty() || !process.get().cnCode().equals(line.data().cnCode())) {
                throw new InvalidInput("processes", "goods line " + line.id() + " takes its actual data from process '"
                        + line.data().processKey() + "' making CN " + CnCode.format(line.data().cnCode())
                        + "; keep that process or change the line first");
            }
        }
    }

    /** Checks a goods line against the scope, its importer, product and installation, and that the engine can assess it. */
    void check(UUID organisationId, GoodsLineDraft draft) {
        if (importers.find(organisationId, draft.importerId()).isEmpty()) {
            throw new InvalidInput("importerId", "no EU importer " + draft.importerId() + " in your organisation");
        }
        if (draft.productId() != null && products.of(organisationId).stream().map(Product::id).noneMatch(draft.productId()::equals)) {
            throw new InvalidInput("productId", "no product " + draft.productId() + " in your organisation");
        }
        assess(organisationId, draft, "check", CertificatePriceTable.GapPolicy.USE_LATEST_EARLIER_PRICE, tables.now());
    }

    Results.LineAssessment assess(UUID organisationId, GoodsLine line, CertificatePriceTable.GapPolicy gapPolicy) {
        return view(line.id(), assess(organisationId, line.data(), line.reference(), gapPolicy, tables.now()));
    }

    Results.LineAssessment assess(UUID organisationId, GoodsLineDraft draft, CertificatePriceTable.GapPolicy gapPolicy) {
        return view(null, assess(organisationId, draft, "draft", gapPolicy, tables.now()));
    }

    private record Assessed(LineAssessment assessment, Optional<ActualDataSaving> saving, List<Notice> notices,
                            List<Results.MechanismFigure> otherMechanisms, EngineTables.Snapshot snapshot) {
    }

    private Assessed assess(UUID organisationId, GoodsLineDraft draft, String reference, CertificatePriceTable.GapPolicy gapPolicy,
                            EngineTables.Snapshot s) {
        ImportLine line = importLine(organisationId, draft, reference, s);
        LineAssessment a = ProcessModels.named(draft.basis() == GoodsLineDraft.Basis.DEFAULT_VALUES ? "benchmarkRoute" : "installationId",
                () -> {
                    try {
                        return s.calculator().assess(line, s.prices(), gapPolicy);
                    } catch (CbamInputException refused) {
                        if (refused.getMessage().contains("certificate price")) {
                            throw new InvalidInput("importDate", refused.getMessage());
                        }
                        throw refused;
                    }
                });
        List<Notice> notices = new ArrayList<>(a.notices());
        notices.addAll(s.correctionNotices(a.year(), a.year()));
        Optional<ActualDataSaving> saving = Optional.empty();
        if (line.basis() instanceof EmissionsBasis.ActualData) {
            try {
                saving = Optional.of(ActualDataSaving.compare(line, new EmissionsBasis.DefaultValues(draft.defaultVariant(),
                        draft.benchmarkRoute()), a.year(), a.certificatePrice(), s.calculator()));
            } catch (CbamInputException noDefault) {
                notices.add(new Notice(LegalBasis.decision("038", "saving from actual data"),
                        "the saving against default values cannot be computed: " + noDefault.getMessage()));
            }
        }
        return new Assessed(a, saving, notices, otherMechanisms(line, a, draft, s), s);
    }

    /** The UK and US figures from the intensities behind the EU figure: actual data, or default values without mark-up. */
    private List<Results.MechanismFigure> otherMechanisms(ImportLine line, LineAssessment a, GoodsLineDraft draft, EngineTables.Snapshot s) {
        Figure direct;
        Figure indirect;
        if (line.basis() instanceof EmissionsBasis.ActualData actual) {
            direct = actual.embedded().direct();
            indirect = actual.embedded().indirect();
        } else {
            DefaultValueSelection selection = s.defaults().select(draft.countryOfOrigin(), line.cn(), draft.defaultVariant());
            direct = selection.direct();
            indirect = selection.indirect();
        }
        return mechanisms.charges(line.id(), line.cn().digits(), a.good().sector(), line.countryOfOrigin(), line.quantity(),
                line.importDate(), direct, indirect, !a.actualData());
    }

    /** The engine's import line for a goods line, after the checks that name the offending field. */
    private ImportLine importLine(UUID organisationId, GoodsLineDraft draft, String reference, EngineTables.Snapshot s) {
        ScopeDecision scope = s.scope().lookup(draft.cnCode());
        if (!scope.inScope()) {
            throw new InvalidInput("cnCode", scope.explanation());
        }
        if (Origin.isExempt(draft.countryOfOrigin())) {
            throw new InvalidInput("countryOfOrigin", "goods originating in " + draft.countryOfOrigin() + " are not subject to the CBAM ("
                    + Origin.exemptionBasis(draft.countryOfOrigin()) + ")");
        }
        int year = draft.importDate().getYear();
        if (year < DefinitivePeriod.FIRST_YEAR || year > DefinitivePeriod.LAST_YEAR) {
            throw new InvalidInput("importDate", "year " + year + " is outside the definitive period " + DefinitivePeriod.FIRST_YEAR
                    + "–" + DefinitivePeriod.LAST_YEAR);
        }
        CnCode cn = new CnCode(draft.cnCode());
        EmissionsBasis basis;
        if (draft.basis() == GoodsLineDraft.Basis.DEFAULT_VALUES) {
            if (draft.installationId() != null || (draft.processKey() != null && !draft.processKey().isBlank())) {
                throw new InvalidInput("installationId", "only lines with ACTUAL_DATA name an installation and process");
            }
            boolean variant = draft.defaultVariant() != null && !draft.defaultVariant().isBlank();
            ProcessModels.named(variant ? "defaultVariant" : "cnCode", () -> s.defaults().select(draft.countryOfOrigin(), cn, draft.defaultVariant()));
            basis = new EmissionsBasis.DefaultValues(draft.defaultVariant(), draft.benchmarkRoute());
        } else {
            if (draft.installationId() == null || draft.processKey() == null || draft.processKey().isBlank()) {
                throw new InvalidInput("installationId", "a line with ACTUAL_DATA names the installation and the process that made the goods");
            }
            Installation installation = installations.find(organisationId, draft.installationId())
                    .orElseThrow(() -> new InvalidInput("installationId", "no installation " + draft.installationId() + " in your organisation"));
            InstallationDraft.Process process = installation.process(draft.processKey().strip());
            if (process == null) {
                throw new InvalidInput("processKey", "installation " + installation.data().identifier() + " has no process '"
                        + draft.processKey() + "'");
            }
            if (!process.cnCode().equals(draft.cnCode())) {
                throw new InvalidInput("processKey", "process '" + process.key() + "' makes CN " + CnCode.format(process.cnCode())
                        + ", the line declares CN " + cn);
            }
            if (!installation.data().country().equals(draft.countryOfOrigin())) {
                throw new InvalidInput("countryOfOrigin", "the goods were made by installation " + installation.data().identifier()
                        + " in " + installation.data().country() + ", so that is their country of origin");
            }
            EmbeddedEmissions ee = ProcessModels.named("installationId", () -> new EmbeddedEmissionsCalculator(s.scope(), s.defaults())
                    .compute(ProcessModels.of(installation.data()), process.key()));
            CarbonPricePaid price = ProcessModels.carbonPrice(process.carbonPricePaid(), "installationId");
            basis = new EmissionsBasis.ActualData(ee, draft.benchmarkRoute(), price);
        }
        EmissionsBasis chosen = basis;
        return ProcessModels.named("netMass", () -> new ImportLine(reference, cn, draft.countryOfOrigin(), draft.netMass(),
                draft.importDate(), chosen));
    }

    private static Results.LineAssessment view(UUID lineId, Assessed assessed) {
        LineAssessment a = assessed.assessment();
        AnnexIRow good = a.good();
        Results.Saving saving = assessed.saving().map(s -> new Results.Saving(FigureView.of(s.certificatesSaved()),
                FigureView.of(s.eurSaved()), FigureView.of(s.withDefaults().certificates()), FigureView.of(s.withDefaults().cost()),
                NoticeView.of(s.notices()))).orElse(null);
        return new Results.LineAssessment(lineId, a.line().id(), a.year(), a.line().cn().digits(), good.description(),
                good.sector().label(), a.actualData() ? "ACTUAL_DATA" : "DEFAULT_VALUES",
                FigureView.of(a.embeddedPerUnit()), FigureView.of(a.benchmarkPerUnit()), FigureView.of(a.freeAllocationPerUnit()),
                FigureView.of(a.obligationPerUnit()), FigureView.of(a.carbonPriceReductionPerUnit()), FigureView.of(a.certificatesPerUnit()),
                FigureView.of(a.embeddedTotal()), FigureView.of(a.certificates()), FigureView.of(a.certificatePrice()),
                FigureView.of(a.cost()), saving, assessed.otherMechanisms(), NoticeView.of(assessed.notices()), used(assessed.snapshot()));
    }

    static Results.ReferenceUsed used(EngineTables.Snapshot s) {
        return new Results.ReferenceUsed(new FigureView.Source(s.defaultValuesDataset().name(), s.defaultValuesDataset().version()),
                new FigureView.Source(s.benchmarkDataset().name(), s.benchmarkDataset().version()));
    }

    /** Specific embedded emissions of every process of the installation. */
    List<Results.ProcessEmissions> processEmissions(Installation installation) {
        EngineTables.Snapshot s = tables.now();
        List<ProductionProcess> processes = ProcessModels.of(installation.data());
        EmbeddedEmissionsCalculator calculator = new EmbeddedEmissionsCalculator(s.scope(), s.defaults());
        return processes.stream().map(p -> {
            EmbeddedEmissions ee = ProcessModels.named("processes", () -> calculator.compute(processes, p.id()));
            return new Results.ProcessEmissions(p.id(), p.good().digits(), p.productionRoute(), FigureView.of(ee.direct()),
                    FigureView.of(ee.indirect()), NoticeView.of(ee.notices()));
        }).toList();
    }

    /** The scenarios a projection uses: the latest published price held flat, then the organisation's own. */
    List<PriceScenario> scenarios(UUID organisationId) {
        List<PriceScenario> all = new ArrayList<>();
        ReferenceData.StoredPrice latest = reference.prices().stream()
                .max(Comparator.comparing(ReferenceData.StoredPrice::period))
                .orElseThrow(() -> new IllegalStateException("the certificate price table is empty"));
        Map<Integer, BigDecimal> flat = new HashMap<>();
        for (int year = DefinitivePeriod.FIRST_YEAR; year <= DefinitivePeriod.LAST_YEAR; year++) {
            flat.put(year, latest.eurPerTonne());
        }
        all.add(new PriceScenario(FLAT_SCENARIO, flat, "the certificate price of " + latest.period() + ", EUR "
                + latest.eurPerTonne().toPlainString() + " (" + latest.sourceName() + "), held in every year; not a forecast"));
        scenarios.of(organisationId).forEach(stored -> all.add(stored.scenario()));
        return all;
    }

    Results.Projection projection(UUID organisationId, Importer importer, int year) {
        EngineTables.Snapshot s = tables.now();
        List<ImportLine> imports = importLines(organisationId, importer, year, s);
        List<PriceScenario> used = scenarios(organisationId);
        CostProjection projection = ProcessModels.named("year", () -> CostProjection.project(imports, used, s.scope(), s.calculator()));
        List<Notice> notices = new ArrayList<>(projection.notices());
        notices.addAll(s.correctionNotices(DefinitivePeriod.FIRST_YEAR, DefinitivePeriod.LAST_YEAR));
        notices.addAll(partialDeMinimis(importer));
        List<Results.Scenario> scenarioViews = used.stream().map(p -> new Results.Scenario(p.name(), p.assumption(),
                p.name().equals(FLAT_SCENARIO))).toList();
        List<Results.ProjectionRow> rows = projection.rows().stream().map(r -> new Results.ProjectionRow(r.year(), r.scenario(),
                FigureView.of(r.certificates(), 1), FigureView.of(r.price()), FigureView.of(r.cost(), 1))).toList();
        return new Results.Projection(importer.id(), year, scenarioViews, rows, FigureView.of(projection.deMinimis().countedMass(), 1),
                projection.deMinimis().exempt(), NoticeView.of(notices), used(s));
    }

    Results.Declaration declaration(UUID organisationId, Importer importer, int year) {
        EngineTables.Snapshot s = tables.now();
        AnnualDeclaration d = declare(organisationId, importer, year, s);
        Map<String, GoodsLine> byReference = new HashMap<>();
        lines.ofImporter(organisationId, importer.id(), year).forEach(l -> byReference.put(l.reference(), l));
        List<Results.DeclarationLine> declared = d.lines().stream().map(l -> new Results.DeclarationLine(
                byReference.get(l.line().id()).id(), l.line().id(), l.line().cn().digits(), l.line().countryOfOrigin(),
                l.line().quantity(), l.line().importDate(), l.status(), FigureView.of(l.certificates()), FigureView.of(l.cost()))).toList();
        List<Notice> notices = new ArrayList<>(d.notices());
        notices.addAll(s.correctionNotices(year, year));
        notices.addAll(partialDeMinimis(importer));
        return new Results.Declaration(importer.id(), importer.name(), importer.eori(), year, d.surrenderDeadline(),
                FigureView.of(d.deMinimis().countedMass(), 1), d.deMinimis().exempt(), declared, FigureView.of(d.embeddedEmissions(), 1),
                FigureView.of(d.certificatesExact(), 1), FigureView.of(d.certificatesToSurrender(), 2), FigureView.of(d.estimatedCost(), 1),
                NoticeView.of(notices), used(s));
    }

    private AnnualDeclaration declare(UUID organisationId, Importer importer, int year, EngineTables.Snapshot s) {
        List<ImportLine> imports = importLines(organisationId, importer, year, s);
        return ProcessModels.named("year", () -> AnnualDeclaration.prepare(importer.name() + " (EORI " + importer.eori() + ")", year,
                imports, s.scope(), s.calculator(), s.prices(), CertificatePriceTable.GapPolicy.USE_LATEST_EARLIER_PRICE));
    }

    private List<ImportLine> importLines(UUID organisationId, Importer importer, int year, EngineTables.Snapshot s) {
        if (year < DefinitivePeriod.FIRST_YEAR || year > DefinitivePeriod.LAST_YEAR) {
            throw new InvalidInput("year", year + " is outside the definitive period " + DefinitivePeriod.FIRST_YEAR + "–"
                    + DefinitivePeriod.LAST_YEAR);
        }
        List<GoodsLine> stored = lines.ofImporter(organisationId, importer.id(), year);
        if (stored.isEmpty()) {
            throw new InvalidInput("year", "no goods lines to " + importer.name() + " imported in " + year);
        }
        List<ImportLine> imports = new ArrayList<>();
        for (GoodsLine line : stored) {
            try {
                imports.add(importLine(organisationId, line.data(), line.reference(), s));
            } catch (InvalidInput invalid) {
                throw new InvalidInput("lines", "goods line " + line.id() + ": " + invalid.errors().get(0).field() + ": "
                        + invalid.errors().get(0).message());
            }
        }
        return imports;
    }

    /** An exporter knows only its own shipments; the threshold counts all of the importer's imports of the year. */
    private static List<Notice> partialDeMinimis(Importer importer) {
        if (importer.actsAsDeclarant()) {
            return List.of();
        }
        return List.of(new Notice(LegalBasis.decision("039", "EU importers"), "the de minimis threshold of 50 t counts all imports of "
                + importer.name() + " in the year; only the lines recorded here are counted, so an exemption shown here may not hold"));
    }

    Results.Communication communication(Installation installation, Importer recipient) {
        EngineTables.Snapshot s = tables.now();
        EmissionsDataCommunication c = communicationOf(installation, s);
        InstallationDraft d = installation.data();
        List<Results.CommunicatedGood> goods = c.goods().stream().map(g -> new Results.CommunicatedGood(g.cn().digits(),
                g.productionRoute(), FigureView.of(g.seeDirect(), 1), FigureView.of(g.seeIndirect(), 1), g.usesDefaultValues(),
                g.precursors().stream().map(p -> new Results.CommunicatedPrecursor(p.name(), p.cn().digits(), p.origin(), p.productionRoute(),
                        FigureView.of(p.massPerTonneOfGood(), 1), FigureView.of(p.seeDirect(), 0), FigureView.of(p.seeIndirect(), 0),
                        p.dataKind().name())).toList(),
                g.electricity().stream().map(e -> new Results.CommunicatedElectricity(FigureView.of(e.megawattHoursPerTonne(), 1),
                        FigureView.of(e.factor().factor()), e.factor().kind().name())).toList(),
                g.carbonPricePaid().map(p -> new Results.CommunicatedCarbonPrice(p.instrument(), p.country(),
                        FigureView.of(p.pricePerTonneCo2e()), p.currency(), FigureView.of(p.eurPerCurrencyUnit()),
                        FigureView.of(p.chargedEmissionsPerTonneOfGood()), FigureView.of(p.eurPerTonneOfGood(), 1))).orElse(null),
                NoticeView.of(g.notices()))).toList();
        return new Results.Communication(installation.id(), new Results.CommunicatedInstallation(d.identifier(), d.name(), d.operator(),
                d.country(), d.city(), d.address()), d.periodStart(), d.periodEnd(),
                recipient == null ? null : new Results.Recipient(recipient.name(), recipient.eori(), recipient.country()), goods,
                d.verification() == null ? null : new Results.Verification(d.verification().verifier(),
                        d.verification().accreditationNumber(), d.verification().date(), d.verification().opinion()),
                used(s));
    }

    EmissionsDataCommunication communicationOf(Installation installation, EngineTables.Snapshot s) {
        InstallationDraft d = installation.data();
        List<ProductionProcess> processes = ProcessModels.of(d);
        EmbeddedEmissionsCalculator calculator = new EmbeddedEmissionsCalculator(s.scope(), s.defaults());
        List<EmissionsDataCommunication.Good> goods = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            ProductionProcess p = processes.get(i);
            InstallationDraft.Process input = d.processes().get(i);
            goods.add(EmissionsDataCommunication.Good.of(ProcessModels.named("processes[" + i + "]", () -> calculator.compute(processes, p.id())),
                    ProcessModels.carbonPrice(input.carbonPricePaid(), "processes[" + i + "].carbonPricePaid")));
        }
        return ProcessModels.named("installation", () -> new EmissionsDataCommunication(
                new EmissionsDataCommunication.Installation(d.identifier(), d.name(), d.operator(), d.country(), d.address()),
                d.periodStart(), d.periodEnd(), goods,
                Optional.ofNullable(d.verification()).map(v -> new EmissionsDataCommunication.Verification(v.verifier(),
                        v.accreditationNumber(), v.date(), v.opinion()))));
    }

    /**
     * The dashboard's summary of a year: per importer the declaration's certificates and cost (de minimis applied), and
     * what actual data save. Lines the engine cannot assess are counted, not hidden.
     */
    Results.Exposure exposure(UUID organisationId, int year) {
        EngineTables.Snapshot s = tables.now();
        int count = 0;
        int failed = 0;
        BigDecimal tonnes = BigDecimal.ZERO;
        BigDecimal certificates = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal saving = BigDecimal.ZERO;
        for (Importer importer : importers.of(organisationId)) {
            List<GoodsLine> ofYear = lines.ofImporter(organisationId, importer.id(), year);
            if (ofYear.isEmpty()) {
                continue;
            }
            count += ofYear.size();
            try {
                AnnualDeclaration d = declare(organisationId, importer, year, s);
                certificates = certificates.add(d.certificatesExact().value());
                cost = cost.add(d.estimatedCost().value());
                tonnes = tonnes.add(ofYear.stream().map(l -> l.data().netMass()).reduce(BigDecimal.ZERO, BigDecimal::add));
                for (GoodsLine line : ofYear) {
                    if (line.data().basis() == GoodsLineDraft.Basis.ACTUAL_DATA) {
                        Optional<ActualDataSaving> lineSaving = assess(organisationId, line.data(), line.reference(),
                                CertificatePriceTable.GapPolicy.USE_LATEST_EARLIER_PRICE, s).saving();
                        if (lineSaving.isPresent()) {
                            saving = saving.add(lineSaving.get().eurSaved().value());
                        }
                    }
                }
            } catch (InvalidInput | CbamInputException notAssessable) {
                failed += ofYear.size();
            }
        }
        return new Results.Exposure(year, count, failed, tonnes, certificates, cost, saving);
    }
}
