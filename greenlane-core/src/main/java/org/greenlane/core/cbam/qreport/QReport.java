package org.greenlane.core.cbam.qreport;

import org.greenlane.core.cbam.CbamInputException;
import org.greenlane.core.cbam.CnCode;
import org.greenlane.core.cbam.EmissionsDataCommunication;
import org.greenlane.core.cbam.ImportLine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Content of a CBAM Registry report in the QReport schema (version 23.00, namespace
 * http://xmlns.ec.eu/BusinessObjects/CBAM/Types/V1). Codes of the Registry's code lists (roles, procedures, units,
 * determination types, methodologies, electricity sources, instruments) come from {@link Codes}, supplied by the
 * caller's configuration: the engine invents none (decision 037).
 */
public record QReport(String reportingPeriod, int year, Declarant declarant, Signature signature, List<ImportedGood> goods) {

    /** Registry code-list values used in the report. */
    public record Codes(String declarantRole, String requestedProcedure, String importArea, String procedureIndicator,
                        String massUnit, String emissionsUnit, String directDeterminationType, String reportingMethodology,
                        String indirectDeterminationType, String electricitySource, String carbonPriceInstrumentType) {
        public Codes {
            for (String code : new String[]{declarantRole, requestedProcedure, importArea, procedureIndicator, massUnit, emissionsUnit,
                    directDeterminationType, reportingMethodology, indirectDeterminationType, electricitySource, carbonPriceInstrumentType}) {
                if (code == null || code.isBlank()) {
                    throw new CbamInputException("QReport codes: every Registry code must be configured");
                }
            }
        }
    }

    public record Declarant(String identificationNumber, String name, String role, String city) {
    }

    public record Signature(String place, String signatory, String position) {
    }

    public record Installation(String id, String name, String country, String city) {
    }

    public record CarbonPriceDue(String instrumentType, String legalAct, BigDecimal amount, String currency, String country) {
    }

    /** Emissions of the imported good from one installation. */
    public record GoodsEmissions(String productionCountry, Optional<Installation> installation, BigDecimal producedNetMass,
                                 String massUnit, String directDeterminationType, String reportingMethodology, BigDecimal seeDirect,
                                 String emissionsUnit, String indirectDeterminationType, BigDecimal seeIndirect,
                                 String electricitySource, List<CarbonPriceDue> carbonPrices) {
        public GoodsEmissions {
            carbonPrices = List.copyOf(carbonPrices);
        }
    }

    public record ImportedGood(int itemNumber, CnCode cn, String description, String originCountry, String requestedProcedure,
                               String importArea, String procedureIndicator, BigDecimal netMass, String massUnit,
                               List<GoodsEmissions> emissions) {
        public ImportedGood {
            emissions = List.copyOf(emissions);
            if (emissions.isEmpty()) {
                throw new CbamInputException("QReport item " + itemNumber + ": at least one goods-emissions entry is required");
            }
        }

        /** Maps an import line and the installation's communicated good into a report item. */
        public static ImportedGood of(int itemNumber, ImportLine line, String description, EmissionsDataCommunication communication,
                                      EmissionsDataCommunication.Good good, String installationCity, Codes codes) {
            Objects.requireNonNull(communication, "emissions data communication");
            if (!good.cn().equals(line.cn())) {
                throw new CbamInputException("QReport item " + itemNumber + ": line " + line.id() + " declares CN " + line.cn()
                        + " but the communicated good is CN " + good.cn());
            }
            EmissionsDataCommunication.Installation inst = communication.installation();
            List<CarbonPriceDue> prices = good.carbonPricePaid().map(p -> List.of(new CarbonPriceDue(codes.carbonPriceInstrumentType(),
                    p.instrument(), p.pricePerTonneCo2e().value(), p.currency(), p.country()))).orElse(List.of());
            GoodsEmissions emissions = new GoodsEmissions(inst.countryCode(),
                    Optional.of(new Installation(inst.identifier(), inst.name(), inst.countryCode(), installationCity)), line.quantity(),
                    codes.massUnit(), codes.directDeterminationType(), codes.reportingMethodology(), good.seeDirect().value(),
                    codes.emissionsUnit(), codes.indirectDeterminationType(), good.seeIndirect().value(), codes.electricitySource(), prices);
            return new ImportedGood(itemNumber, line.cn(), description, line.countryOfOrigin(), codes.requestedProcedure(), codes.importArea(),
                    codes.procedureIndicator(), line.quantity(), codes.massUnit(), List.of(emissions));
        }
    }

    public QReport {
        Objects.requireNonNull(declarant, "declarant");
        Objects.requireNonNull(signature, "signature");
        goods = List.copyOf(goods);
    }
}
