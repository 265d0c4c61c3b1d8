package org.greenlane.server.cbam;

import org.greenlane.core.cbam.AttributedEmissions;
import org.greenlane.core.cbam.CarbonPricePaid;
import org.greenlane.core.cbam.CbamInputException;
import org.greenlane.core.cbam.CnCode;
import org.greenlane.core.cbam.DataSource;
import org.greenlane.core.cbam.ElectricityFactor;
import org.greenlane.core.cbam.Figure;
import org.greenlane.core.cbam.LegalBasis;
import org.greenlane.core.cbam.PrecursorSource;
import org.greenlane.core.cbam.PrecursorUse;
import org.greenlane.core.cbam.ProcessBoundary;
import org.greenlane.core.cbam.ProductionProcess;
import org.greenlane.core.cbam.SourceStream;
import org.greenlane.server.platform.api.InvalidInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns an installation as stored into the engine's production processes. Every refusal names the field of the
 * request it comes from ({@code processes[1].boundary.sourceStreams[0]}) with the engine's reason.
 */
final class ProcessModels {

    private static final LegalBasis MONITORING = new LegalBasis(LegalBasis.METHODOLOGY, "Annex, monitoring of attributed emissions");

    private ProcessModels() {
    }

    static List<ProductionProcess> of(InstallationDraft installation) {
        List<ProductionProcess> processes = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < installation.processes().size(); i++) {
            InstallationDraft.Process p = installation.processes().get(i);
            String field = "processes[" + i + "]";
            if (!keys.add(p.key().strip())) {
                throw new InvalidInput(field + ".key", "'" + p.key() + "' is used by another process of this installation");
            }
            processes.add(process(p, field));
        }
        return processes;
    }

    static CarbonPricePaid carbonPrice(InstallationDraft.CarbonPrice price, String field) {
        if (price == null) {
            return null;
        }
        DataSource source = DataSource.userInput(price.source());
        return named(field, () -> new CarbonPricePaid(price.instrument(), price.country(),
                Figure.given("carbon price paid, " + price.instrument(), price.pricePerTonneCo2e(), price.currency() + "/t CO2e",
                        LegalBasis.cbam("Article 9"), source),
                price.currency(),
                Figure.given("exchange rate " + price.currency(), price.eurPerCurrencyUnit(), "EUR/" + price.currency(),
                        LegalBasis.cbam("Article 9"), source),
                Figure.given("emissions charged per tonne of good, " + price.instrument(), price.chargedEmissionsPerTonneOfGood(),
                        "t CO2e/t", LegalBasis.cbam("Article 9"), source)));
    }

    private static ProductionProcess process(InstallationDraft.Process p, String field) {
        String key = p.key().strip();
        CnCode good = named(field + ".cnCode", () -> new CnCode(p.cnCode()));
        AttributedEmissions attributed = attributed(key, p.boundary(), field + ".boundary");
        List<PrecursorUse> precursors = new ArrayList<>();
        List<InstallationDraft.Precursor> inputs = p.precursors() == null ? List.of() : p.precursors();
        for (int j = 0; j < inputs.size(); j++) {
            precursors.add(precursor(inputs.get(j), field + ".precursors[" + j + "]"));
        }
        carbonPrice(p.carbonPricePaid(), field + ".carbonPricePaid");
        return named(field, () -> new ProductionProcess(key, good, p.productionRoute(), p.activityLevel(), attributed, precursors));
    }

    private static AttributedEmissions attributed(String key, InstallationDraft.Boundary b, String field) {
        if (b.reported() != null) {
            if (b.detailed()) {
                throw new InvalidInput(field + ".reported", "give either the attributed emissions as reported or what crosses the "
                        + "process boundary, not both");
            }
            InstallationDraft.Reported r = b.reported();
            for (BigDecimal value : List.of(r.direct(), r.indirect())) {
                if (value.signum() < 0) {
                    throw new InvalidInput(field + ".reported", "attributed emissions must be zero or more, was " + value.toPlainString());
                }
            }
            DataSource source = DataSource.userInput(r.source());
            return AttributedEmissions.reported(
                    Figure.given("AttrEm_dir, process " + key + " (reported)", r.direct(), "t CO2e", MONITORING, source),
                    Figure.given("AttrEm_indir, process " + key + " (reported)", r.indirect(), "t CO2e", MONITORING, source));
        }
        ProcessBoundary boundary = named(field, () -> new ProcessBoundary(key));
        for (int i = 0; i < b.sourceStreams().size(); i++) {
            InstallationDraft.SourceStream s = b.sourceStreams().get(i);
            boundary.sourceStream(named(field + ".sourceStreams[" + i + "]", () -> stream(s)));
        }
        for (int i = 0; i < b.heatImported().size(); i++) {
            boundary.heatImported(heat(b.heatImported().get(i), field + ".heatImported[" + i + "]"));
        }
        for (int i = 0; i < b.heatExported().size(); i++) {
            boundary.heatExported(heat(b.heatExported().get(i), field + ".heatExported[" + i + "]"));
        }
        for (int i = 0; i < b.wasteGasImported().size(); i++) {
            boundary.wasteGasImported(wasteGas(b.wasteGasImported().get(i), field + ".wasteGasImported[" + i + "]"));
        }
        for (int i = 0; i < b.wasteGasExported().size(); i++) {
            boundary.wasteGasExported(wasteGas(b.wasteGasExported().get(i), field + ".wasteGasExported[" + i + "]"));
        }
        for (int i = 0; i < b.electricityExported().size(); i++) {
            boundary.electricityExported(electricity(b.electricityExported().get(i), field + ".electricityExported[" + i + "]"));
        }
        for (int i = 0; i < b.electricityConsumed().size(); i++) {
            boundary.electricityConsumed(electricity(b.electricityConsumed().get(i), field + ".electricityConsumed[" + i + "]"));
        }
        return named(field, boundary::attribute);
    }

    private static SourceStream stream(InstallationDraft.SourceStream s) {
        return switch (s.type()) {
            case COMBUSTION -> new SourceStream.Combustion(s.name(), s.activityData(), s.netCalorificValue(), s.emissionFactor(),
                    s.oxidationFactor());
            case PROCESS_EMISSIONS -> new SourceStream.ProcessEmissions(s.name(), s.activityData(), s.emissionFactor(),
                    s.conversionFactor());
            case MASS_BALANCE -> new SourceStream.MassBalance(s.name(), s.activityData(), s.carbonContent(), Boolean.TRUE.equals(s.output()));
            case MEASURED -> new SourceStream.Measured(s.name(), s.tonnesCo2e());
        };
    }

    private static ProcessBoundary.Heat heat(InstallationDraft.Heat h, String field) {
        return named(field, () -> new ProcessBoundary.Heat(h.name(), h.terajoules(), h.emissionFactor()));
    }

    private static ProcessBoundary.WasteGas wasteGas(InstallationDraft.WasteGas w, String field) {
        return named(field, () -> new ProcessBoundary.WasteGas(w.name(), w.terajoules(), w.naturalGasEmissionFactor(),
                w.efficiencyCorrection()));
    }

    private static ProcessBoundary.Electricity electricity(InstallationDraft.Electricity e, String field) {
        return named(field, () -> new ProcessBoundary.Electricity(e.name(), e.megawattHours(),
                ElectricityFactor.of(e.factor(), ElectricityFactor.Kind.valueOf(e.factorKind().name()), new DataSource(e.factorSource(), ""))));
    }

    private static PrecursorUse precursor(InstallationDraft.Precursor p, String field) {
        PrecursorSource source = named(field, () -> switch (p.source()) {
            case OWN_PROCESS -> {
                if (p.processKey() == null || p.processKey().isBlank()) {
                    throw new InvalidInput(field + ".processKey", "name the process of this installation that makes the precursor");
                }
                yield new PrecursorSource.OwnProcess(p.processKey().strip());
            }
            case SUPPLIER_DATA -> {
                if (p.seeDirect() == null || p.seeIndirect() == null || p.supplier() == null || p.supplier().isBlank()) {
                    throw new InvalidInput(field, "supplier data need supplier, seeDirect and seeIndirect (t CO2e/t)");
                }
                DataSource from = DataSource.userInput("emissions data communication of " + p.supplier());
                yield new PrecursorSource.SupplierData(p.supplier(), p.countryOfOrigin(), p.productionRoute(),
                        Figure.given("SEE_dir of " + p.name() + " from " + p.supplier(), p.seeDirect(), "t CO2e/t",
                                LegalBasis.cbam("Annex IV point 3"), from),
                        Figure.given("SEE_indir of " + p.name() + " from " + p.supplier(), p.seeIndirect(), "t CO2e/t",
                                LegalBasis.cbam("Annex IV point 3"), from));
            }
            case PURCHASED -> new PrecursorSource.Purchased(p.countryOfOrigin(), p.variant());
        });
        return named(field, () -> new PrecursorUse(p.name(), new CnCode(p.cnCode()), p.mass(), source));
    }

    /** Runs an engine step and names the request field when the engine refuses the input. */
    static <T> T named(String field, Supplier<T> step) {
        try {
            return step.get();
        } catch (CbamInputException | NullPointerException refused) {
            throw new InvalidInput(field, refused.getMessage() == null ? "is incomplete" : refused.getMessage());
        }
    }
}
