package org.greenlane.server.cbam;

import org.greenlane.server.cbam.FigureView.NoticeView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the CBAM API answers: the engine's results with every figure traced. */
public final class Results {

    private Results() {
    }

    /** The reference datasets a result was computed with. */
    public record ReferenceUsed(FigureView.Source defaultValues, FigureView.Source benchmarks) {
    }

    /** What a goods line owes in the year of its import, and what its actual data save against default values. */
    public record LineAssessment(UUID lineId, String reference, int year, String cnCode, String good, String sector, String basis,
                                 FigureView embeddedPerUnit, FigureView benchmarkPerUnit, FigureView freeAllocationPerUnit,
                                 FigureView obligationPerUnit, FigureView carbonPriceReductionPerUnit, FigureView certificatesPerUnit,
                                 FigureView embeddedTotal, FigureView certificates, FigureView certificatePrice, FigureView cost,
                                 Saving savingFromActualData, List<MechanismFigure> otherMechanisms, List<NoticeView> notices,
                                 ReferenceUsed referenceData) {
    }

    /**
     * The same goods under another carbon border mechanism (decision 066): {@code label} is "scenario" (UK CBAM) or
     * "proposal" (US Clean Competition Act), never law; {@code unavailable} says which input is missing instead of a figure.
     */
    public record MechanismFigure(String mechanism, String status, String label, String statusNote, boolean applies,
                                  LocalDate costedOn, FigureView charge, String currency, List<NoticeView> notices,
                                  String unavailable) {
    }

    /** Certificates and euro that verified actual data save against the default values (negative: they cost more). */
    public record Saving(FigureView certificatesSaved, FigureView eurSaved, FigureView certificatesWithDefaults,
                         FigureView costWithDefaults, List<NoticeView> notices) {
    }

    public record Scenario(String name, String assumption, boolean builtIn) {
    }

    /** One year under one price scenario. */
    public record ProjectionRow(int year, String scenario, FigureView certificates, FigureView price, FigureView cost) {
    }

    /** Cost of a year's imports to one importer projected over 2026–2034, the same imports every year. */
    public record Projection(UUID importerId, int baseYear, List<Scenario> scenarios, List<ProjectionRow> rows,
                             FigureView deMinimisMass, boolean deMinimisExempt, List<NoticeView> notices,
                             ReferenceUsed referenceData) {
    }

    public record DeclarationLine(UUID lineId, String reference, String cnCode, String countryOfOrigin, BigDecimal netMass,
                                  LocalDate importDate, String status, FigureView certificates, FigureView cost) {
    }

    /** Summary of the importer's annual declaration: certificates to surrender by 30 September of the next year. */
    public record Declaration(UUID importerId, String declarant, String eori, int year, LocalDate surrenderDeadline,
                              FigureView deMinimisMass, boolean deMinimisExempt, List<DeclarationLine> lines,
                              FigureView embeddedEmissions, FigureView certificatesExact, FigureView certificatesToSurrender,
                              FigureView estimatedCost, List<NoticeView> notices, ReferenceUsed referenceData) {
    }

    /** Specific embedded emissions of one process of an installation, actual data. */
    public record ProcessEmissions(String processKey, String cnCode, String productionRoute, FigureView seeDirect,
                                   FigureView seeIndirect, List<NoticeView> notices) {
    }

    public record CommunicatedInstallation(String identifier, String name, String operator, String country, String city,
                                           String address) {
    }

    public record CommunicatedPrecursor(String name, String cnCode, String origin, String productionRoute,
                                        FigureView massPerTonneOfGood, FigureView seeDirect, FigureView seeIndirect, String dataKind) {
    }

    public record CommunicatedElectricity(FigureView megawattHoursPerTonne, FigureView emissionFactor, String factorKind) {
    }

    public record CommunicatedCarbonPrice(String instrument, String country, FigureView pricePerTonneCo2e, String currency,
                                          FigureView eurPerCurrencyUnit, FigureView chargedEmissionsPerTonneOfGood,
                                          FigureView eurPerTonneOfGood) {
    }

    public record CommunicatedGood(String cnCode, String productionRoute, FigureView seeDirect, FigureView seeIndirect,
                                   boolean usesDefaultValues, List<CommunicatedPrecursor> precursors,
                                   List<CommunicatedElectricity> electricity, CommunicatedCarbonPrice carbonPricePaid,
                                   List<NoticeView> notices) {
    }

    public record Verification(String verifier, String accreditationNumber, LocalDate date, String opinion) {
    }

    public record Recipient(String name, String eori, String country) {
    }

    /**
     * The emissions data communication from the installation's operator to the EU importer (Article 10 and Annex IV of
     * Regulation (EU) 2023/956; Implementing Regulation (EU) 2025/2547).
     */
    public record Communication(UUID installationId, CommunicatedInstallation installation, LocalDate periodStart,
                                LocalDate periodEnd, Recipient recipient, List<CommunicatedGood> goods, Verification verification,
                                ReferenceUsed referenceData) {
    }

    /** What the caller's CBAM data amount to in a year, over all importers (the dashboard's summary). */
    public record Exposure(int year, int lines, int linesNotAssessed, BigDecimal tonnes, BigDecimal certificates, BigDecimal cost,
                           BigDecimal savingFromActualData) {
    }
}
