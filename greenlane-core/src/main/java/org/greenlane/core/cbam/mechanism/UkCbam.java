package org.greenlane.core.cbam.mechanism;

import org.greenlane.core.cbam.CbamInputException;
import org.greenlane.core.cbam.DataSource;
import org.greenlane.core.cbam.Figure;
import org.greenlane.core.cbam.LegalBasis;
import org.greenlane.core.cbam.Notice;
import org.greenlane.core.cbam.internal.Decimals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * UK CBAM as announced by HM Treasury (from 1 January 2027; aluminium, cement, ceramics, fertilisers, glass, hydrogen,
 * iron and steel): charge = tonnes × emission intensity × UK CBAM rate − carbon price paid abroad, never below zero.
 * Modelled as a SCENARIO (decision 036): the UK CBAM rate per quarter and which sectors count indirect emissions are
 * inputs of the user.
 */
public final class UkCbam implements CarbonBorderMechanism {

    public static final LocalDate START = LocalDate.of(2027, 1, 1);
    /** Sectors of the December 2023 announcement, as the issue specifies them. */
    public static final Set<CoveredSector> ANNOUNCED_SECTORS = Set.copyOf(EnumSet.of(CoveredSector.ALUMINIUM, CoveredSector.CEMENT,
            CoveredSector.CERAMICS, CoveredSector.FERTILISERS, CoveredSector.GLASS, CoveredSector.HYDROGEN, CoveredSector.IRON_AND_STEEL));
    private static final LegalBasis BASIS = LegalBasis.decision("036", "UK CBAM scenario (HM Treasury policy design)");

    private final Set<CoveredSector> sectors;
    private final Set<CoveredSector> sectorsWithIndirectEmissions;
    private final Map<String, BigDecimal> gbpPerTonneByQuarter;
    private final DataSource rateSource;

    /**
     * @param gbpPerTonneByQuarter UK CBAM rate in GBP per t CO2e by quarter, keys "2027-Q1"
     */
    public UkCbam(Set<CoveredSector> sectors, Set<CoveredSector> sectorsWithIndirectEmissions,
                  Map<String, BigDecimal> gbpPerTonneByQuarter, DataSource rateSource) {
        this.sectors = Set.copyOf(sectors);
        this.sectorsWithIndirectEmissions = Set.copyOf(sectorsWithIndirectEmissions);
        this.gbpPerTonneByQuarter = Map.copyOf(gbpPerTonneByQuarter);
        this.rateSource = Objects.requireNonNull(rateSource, "source of the UK CBAM rates");
        this.gbpPerTonneByQuarter.forEach((quarter, rate) -> {
            if (!quarter.matches("20\\d\\d-Q[1-4]")) {
                throw new CbamInputException("UK CBAM rate: '" + quarter + "' is not a quarter like 2027-Q1");
            }
            if (rate.signum() < 0) {
                throw new CbamInputException("UK CBAM rate for " + quarter + " is negative: " + rate);
            }
        });
    }

    @Override
    public String name() {
        return "UK CBAM";
    }

    @Override
    public LegalStatus status() {
        return LegalStatus.SCENARIO;
    }

    @Override
    public String statusNote() {
        return "scenario: modelled on the HM Treasury policy design for a UK CBAM from 1 January 2027; quarterly UK CBAM rates, "
                + "covered sectors and the treatment of indirect emissions are user inputs until HMRC publishes them";
    }

    @Override
    public MechanismCharge charge(Consignment c) {
        List<Notice> notices = new ArrayList<>(List.of(new Notice(BASIS, statusNote())));
        if (c.importDate().isBefore(START)) {
            return none(c, "imported " + c.importDate() + ", before the UK CBAM starts on " + START, notices);
        }
        if (!sectors.contains(c.sector())) {
            return none(c, "sector " + c.sector() + " is not covered", notices);
        }
        String quarter = c.importDate().getYear() + "-Q" + c.importDate().get(IsoFields.QUARTER_OF_YEAR);
        BigDecimal rate = gbpPerTonneByQuarter.get(quarter);
        if (rate == null) {
            throw new CbamInputException("UK CBAM: no rate for " + quarter + " (consignment " + c.id() + ") in " + rateSource);
        }
        Figure rateFigure = Figure.given("UK CBAM rate " + quarter, rate, "GBP/t CO2e", BASIS, rateSource);
        boolean indirect = sectorsWithIndirectEmissions.contains(c.sector());
        BigDecimal intensity = c.directIntensity().value().add(indirect ? c.indirectIntensity().value() : BigDecimal.ZERO);
        BigDecimal gross = c.tonnes().multiply(intensity).multiply(rate);
        BigDecimal relief = c.carbonPricePaidPerTonne().map(p -> p.value().multiply(c.tonnes())).orElse(BigDecimal.ZERO);
        BigDecimal net = gross.subtract(relief);
        String formula = Decimals.plain(c.tonnes()) + " t × " + Decimals.plain(intensity) + " t CO2e/t"
                + (indirect ? " (direct + indirect)" : " (direct)") + " × " + rateFigure.plain() + " GBP − relief " + Decimals.plain(relief);
        if (net.signum() < 0) {
            notices.add(new Notice(BASIS, "consignment " + c.id() + ": carbon price relief exceeds the UK CBAM liability; charge set to 0"));
            net = BigDecimal.ZERO;
            formula = "max(0, " + formula + ")";
        }
        List<Figure> inputs = new ArrayList<>(List.of(c.directIntensity(), c.indirectIntensity(), rateFigure));
        c.carbonPricePaidPerTonne().ifPresent(inputs::add);
        Figure charge = Figure.derived("UK CBAM liability, consignment " + c.id(), net.setScale(2, RoundingMode.HALF_UP), "GBP", formula,
                BASIS, inputs);
        return new MechanismCharge(name(), status(), c.id(), true, charge, "GBP", notices);
    }

    private MechanismCharge none(Consignment c, String reason, List<Notice> notices) {
        notices.add(new Notice(BASIS, "consignment " + c.id() + ": " + reason + "; no UK CBAM charge"));
        return new MechanismCharge(name(), status(), c.id(), false, Figure.derived("UK CBAM liability, consignment " + c.id(),
                BigDecimal.ZERO.setScale(2), "GBP", "not applicable: " + reason, BASIS, List.of()), "GBP", notices);
    }
}
