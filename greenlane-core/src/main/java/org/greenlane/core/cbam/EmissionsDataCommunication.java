package org.greenlane.core.cbam;

import org.greenlane.core.cbam.internal.Decimals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an installation's operator communicates to the EU importer (Article 10 and Annex IV of Regulation (EU) 2023/956;
 * Implementing Regulation (EU) 2025/2547): installation, reporting period and per good the production route, direct and
 * indirect specific embedded emissions, precursors, electricity consumed and carbon price paid.
 */
public record EmissionsDataCommunication(Installation installation, LocalDate periodStart, LocalDate periodEnd, List<Good> goods,
                                         Optional<Verification> verification) {

    /** The installation where the goods were produced. */
    public record Installation(String identifier, String name, String operator, String countryCode, String address) {
        public Installation {
            requireText(identifier, "installation identifier");
            requireText(name, "installation name");
            requireText(operator, "operator of installation " + identifier);
            countryCode = Origin.requireCountry(countryCode, "country of installation " + identifier);
            address = address == null ? "" : address.strip();
        }
    }

    /** Opinion of the accredited verifier on the reported emissions. */
    public record Verification(String verifier, String accreditationNumber, LocalDate date, String opinion) {
        public Verification {
            requireText(verifier, "verifier");
            requireText(accreditationNumber, "accreditation number of verifier " + verifier);
            Objects.requireNonNull(date, "date of verification by " + verifier);
            requireText(opinion, "opinion of verifier " + verifier);
        }
    }

    /** A precursor as communicated: mass per tonne of good, its SEE and how they were obtained. */
    public record Precursor(String name, CnCode cn, String origin, String productionRoute, Figure massPerTonneOfGood,
                            Figure seeDirect, Figure seeIndirect, EmbeddedEmissions.PrecursorContribution.Kind dataKind) {
    }

    /** Electricity consumed per tonne of good and the factor applied. */
    public record Electricity(Figure megawattHoursPerTonne, ElectricityFactor factor) {
    }

    /** One good of the installation. */
    public record Good(CnCode cn, String productionRoute, Figure seeDirect, Figure seeIndirect, List<Precursor> precursors,
                       List<Electricity> electricity, Optional<CarbonPricePaid> carbonPricePaid, List<Notice> notices) {

        public Good {
            precursors = List.copyOf(precursors);
            electricity = List.copyOf(electricity);
            notices = List.copyOf(notices);
        }

        /** Whether any precursor value is a default value rather than actual data. */
        public boolean usesDefaultValues() {
            return precursors.stream().anyMatch(p -> p.dataKind() == EmbeddedEmissions.PrecursorContribution.Kind.DEFAULT_VALUE_FALLBACK);
        }

        /** Builds the communicated good from computed embedded emissions. */
        public static Good of(EmbeddedEmissions ee, CarbonPricePaid carbonPricePaid) {
            List<Precursor> precursors = ee.precursors().stream().map(c -> new Precursor(c.name(), c.cn(), c.origin(), c.productionRoute(),
                    c.massPerTonneOfGood(), c.seeDirect(), c.seeIndirect(), c.kind())).toList();
            List<Electricity> electricity = new ArrayList<>();
            ee.attributed().ifPresent(a -> {
                for (AttributedEmissions.ElectricityUse use : a.electricity()) {
                    Figure al = ee.activityLevel().orElseThrow();
                    BigDecimal perTonne = Decimals.divide(use.megawattHours().value(), al.value());
                    electricity.add(new Electricity(Figure.derived("electricity per tonne, " + use.megawattHours().label(), perTonne, "MWh/t",
                            use.megawattHours().plain() + " MWh / AL " + al.plain() + " t", LegalBasis.cbam("Annex IV point 6"),
                            List.of(use.megawattHours(), al)), use.factor()));
                }
            });
            return new Good(ee.good(), ee.productionRoute(), ee.direct(), ee.indirect(), precursors, electricity,
                    Optional.ofNullable(carbonPricePaid), ee.notices());
        }
    }

    public EmissionsDataCommunication {
        Objects.requireNonNull(installation, "installation");
        Objects.requireNonNull(periodStart, "start of reporting period");
        Objects.requireNonNull(periodEnd, "end of reporting period");
        if (periodEnd.isBefore(periodStart)) {
            throw new CbamInputException("installation " + installation.identifier() + ": reporting period ends " + periodEnd
                    + " before it starts " + periodStart);
        }
        goods = List.copyOf(goods);
        if (goods.isEmpty()) {
            throw new CbamInputException("installation " + installation.identifier() + ": a communication needs at least one good");
        }
        Objects.requireNonNull(verification, "verification (Optional.empty() if not yet verified)");
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new CbamInputException(what + " is required");
        }
    }
}
