package org.greenlane.server.cbam;

import org.greenlane.core.cbam.AnnexIRow;
import org.greenlane.core.cbam.CbamInputException;
import org.greenlane.core.cbam.CnCode;
import org.greenlane.core.cbam.DefaultValueSelection;
import org.greenlane.core.cbam.EmbeddedEmissions;
import org.greenlane.core.cbam.EmissionsBasis;
import org.greenlane.core.cbam.EmissionsDataCommunication;
import org.greenlane.core.cbam.ImportLine;
import org.greenlane.core.cbam.MarkUp;
import org.greenlane.core.cbam.AnnexIRow;
import org.greenlane.core.cbam.qreport.QReport;
import org.greenlane.core.cbam.qreport.QReportSchema;
import org.greenlane.core.cbam.qreport.QReportXml;
import org.greenlane.server.platform.GreenlaneProperties;
import org.greenlane.server.platform.api.InvalidInput;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The importer's quarterly report in the Registry's QReport schema, offered only after it validated against the schema
 * the operator configured (decision 039). Code-list values come from configuration; a demo without them uses
 * placeholders that the file itself declares as such.
 */
@Component
class QReports {

    static final String SHARED_XSD = "../shared/data/cbam/QReport_ver23.00.xsd";
    private static final CbamProperties.Codes DEMO_CODES = new CbamProperties.Codes("DEMO", "XX", "DEMO", "0", "DEMO", "DEMO",
            "DEMOA", "DEMOD", "DEMO", "DEMO", "DEMO", "DEMO");

    private final CbamProperties.QReport configured;
    private final boolean demo;
    private final Path sharedXsd;
    private final EngineTables tables;
    private final GoodsLines lines;
    private final Installations installations;
    private final CarbonBorderCosts costs;
    private volatile QReportSchema schema;

    QReports(CbamProperties properties, GreenlaneProperties platform, Environment environment, EngineTables tables,
             GoodsLines lines, Installations installations, CarbonBorderCosts costs) {
        this.configured = properties.qreport();
        this.demo = platform.demo().enabled();
        this.sharedXsd = Path.of(environment.getProperty("greenlane.repo.root", ".")).resolve(SHARED_XSD).normalize();
        this.tables = tables;
        this.lines = lines;
        this.installations = installations;
        this.costs = costs;
    }

    /** The schema in use: configured, or in the demo the shared reference copy when it is present. */
    Optional<Path> xsd() {
        if (configured.xsd() != null && !configured.xsd().toString().isBlank()) {
            return Optional.of(configured.xsd());
        }
        return demo && Files.isRegularFile(sharedXsd) ? Optional.of(sharedXsd) : Optional.empty();
    }

    /** Whether the code-list values are the demo's placeholders. */
    boolean placeholderCodes() {
        return !configured.codes().complete() && demo;
    }

    /** Why no QReport can be offered, or empty when it can. */
    Optional<String> unavailable() {
        if (xsd().isEmpty()) {
            return Optional.of("the QReport schema is not configured: set GREENLANE_CBAM_QREPORT_XSD to the Registry's "
                    + "QReport_ver23.00.xsd (with stypes.xsd beside it)");
        }
        if (!configured.codes().complete() && !demo) {
            return Optional.of("the Registry code-list values are not configured: set " + String.join(", ", configured.codes().missing())
                    + " (docs/cbam-registry.md)");
        }
        return Optional.empty();
    }

    /** A validated QReport for the importer's lines imported in one quarter. */
    String write(UUID organisationId, Importer importer, int year, int quarter, String signatory) {
        unavailable().ifPresent(reason -> {
            throw new QReportUnavailable(reason);
        });
        if (quarter < 1 || quarter > 4) {
            throw new InvalidInput("quarter", quarter + " is not a quarter (1–4)");
        }
        CbamProperties.Codes codes = placeholderCodes() ? DEMO_CODES : configured.codes();
        EngineTables.Snapshot s = tables.now();
        List<GoodsLine> ofQuarter = lines.ofImporter(organisationId, importer.id(), year).stream()
                .filter(l -> l.data().importDate().get(IsoFields.QUARTER_OF_YEAR) == quarter).toList();
        if (ofQuarter.isEmpty()) {
            throw new InvalidInput("quarter", "no goods lines to " + importer.name() + " imported in " + year + " Q" + quarter);
        }
        Map<UUID, Installation> byId = new HashMap<>();
        List<QReport.ImportedGood> goods = new ArrayList<>();
        for (GoodsLine line : ofQuarter) {
            int item = goods.size() + 1;
            goods.add(ProcessModels.named("lines", () -> good(item, line, codes, s, organisationId, byId)));
        }
        String xml = ProcessModels.named("quarter", () -> QReportXml.write(new QReport("Q" + quarter, year,
                new QReport.Declarant(importer.eori(), importer.name(), codes.declarantRole(), importer.city()),
                new QReport.Signature(importer.city(), signatory, "Authorised CBAM declarant"), goods)));
        if (placeholderCodes()) {
            xml = xml.replaceFirst("\\?>", "?><!-- Greenlane demo: the Registry code-list values in this file are placeholders "
                    + "(DEMO, XX), not codes of the CBAM Registry; configure GREENLANE_CBAM_QREPORT_CODES_* before submitting. -->");
        }
        List<QReportSchema.Violation> violations = schema().validate(xml);
        if (!violations.isEmpty()) {
            throw new QReportInvalid(violations);
        }
        return xml;
    }

    private QReport.ImportedGood good(int item, GoodsLine stored, CbamProperties.Codes codes, EngineTables.Snapshot s,
                                      UUID organisationId, Map<UUID, Installation> installationsById) {
        GoodsLineDraft line = stored.data();
        CnCode cn = new CnCode(line.cnCode());
        AnnexIRow good = s.scope().require(cn);
        String description = line.description() == null || line.description().isBlank() ? good.description() : line.description();
        if (line.basis() == GoodsLineDraft.Basis.ACTUAL_DATA) {
            Installation installation = installationsById.computeIfAbsent(line.installationId(), id ->
                    installations.find(organisationId, id).orElseThrow(() -> new CbamInputException("installation " + id + " is gone")));
            EmissionsDataCommunication communication = costs.communicationOf(installation, s);
            EmissionsDataCommunication.Good communicated = communication.goods()
                    .get(installation.data().processes().indexOf(installation.process(line.processKey())));
            ImportLine importLine = new ImportLine(stored.reference(), cn, line.countryOfOrigin(), line.netMass(), line.importDate(),
                    new EmissionsBasis.ActualData(EmbeddedEmissions.communicated(cn, communicated.productionRoute(),
                            communicated.seeDirect(), communicated.seeIndirect()), line.benchmarkRoute(), null));
            return QReport.ImportedGood.of(item, importLine, description, communication, communicated,
                    installation.data().city(), engineCodes(codes, codes.actualDataDeterminationType()));
        }
        DefaultValueSelection selection = s.defaults().select(line.countryOfOrigin(), cn, line.defaultVariant());
        BigDecimal factor = BigDecimal.ONE.add(MarkUp.rate(good.sector(), line.importDate().getYear()).value());
        QReport.GoodsEmissions emissions = new QReport.GoodsEmissions(line.countryOfOrigin(), Optional.empty(), line.netMass(),
                codes.massUnit(), codes.defaultValuesDeterminationType(), codes.reportingMethodology(),
                selection.direct().value().multiply(factor), codes.emissionsUnit(), codes.indirectDeterminationType(),
                selection.indirect().value().multiply(factor), codes.electricitySource(), List.of());
        return new QReport.ImportedGood(item, cn, description, line.countryOfOrigin(), codes.requestedProcedure(), codes.importArea(),
                codes.procedureIndicator(), line.netMass(), codes.massUnit(), List.of(emissions));
    }

    private static QReport.Codes engineCodes(CbamProperties.Codes c, String directDetermination) {
        return new QReport.Codes(c.declarantRole(), c.requestedProcedure(), c.importArea(), c.procedureIndicator(), c.massUnit(),
                c.emissionsUnit(), directDetermination, c.reportingMethodology(), c.indirectDeterminationType(), c.electricitySource(),
                c.carbonPriceInstrumentType());
    }

    private QReportSchema schema() {
        QReportSchema loaded = schema;
        if (loaded == null) {
            loaded = QReportSchema.load(xsd().orElseThrow());
            schema = loaded;
        }
        return loaded;
    }

    /** The operator has not configured what a QReport needs. */
    static final class QReportUnavailable extends RuntimeException {
        QReportUnavailable(String reason) {
            super(reason);
        }
    }

    /** The report failed schema validation; it is not offered. */
    static final class QReportInvalid extends RuntimeException {
        final transient List<QReportSchema.Violation> violations;

        QReportInvalid(List<QReportSchema.Violation> violations) {
            super("the QReport does not validate against the Registry schema (" + violations.size() + " violations)");
            this.violations = List.copyOf(violations);
        }
    }
}
