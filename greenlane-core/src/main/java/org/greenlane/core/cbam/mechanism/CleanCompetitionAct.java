package org.greenlane.core.cbam.mechanism;

import org.greenlane.core.cbam.CbamInputException;
import org.greenlane.core.cbam.DataSource;
import org.greenlane.core.cbam.Figure;
import org.greenlane.core.cbam.LegalBasis;
import org.greenlane.core.cbam.Notice;
import org.greenlane.core.cbam.internal.Decimals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The US Clean Competition Act, a PROPOSAL (bill introduced in the US Senate, not law): a charge per tonne of carbon
 * intensity above the US baseline of the product, charge = tonnes × max(0, intensity − baseline) × price. Baselines and
 * prices by year are user inputs taken from the bill text or a scenario (decision 036).
 */
public final class CleanCompetitionAct implements CarbonBorderMechanism {

    /** Covered primary goods industries as listed in the bill. */
    public static final Set<CoveredSector> BILL_SECTORS = Set.copyOf(EnumSet.of(CoveredSector.FOSSIL_FUELS,
            CoveredSector.REFINED_PETROLEUM, CoveredSector.PETROCHEMICALS, CoveredSector.FERTILISERS, CoveredSector.HYDROGEN,
            CoveredSector.ADIPIC_ACID, CoveredSector.CEMENT, CoveredSector.IRON_AND_STEEL, CoveredSector.ALUMINIUM, CoveredSector.GLASS,
            CoveredSector.PULP_AND_PAPER, CoveredSector.ETHANOL));
    private static final LegalBasis BASIS = LegalBasis.decision("036", "US Clean Competition Act (proposal, not law)");

    private final Set<CoveredSector> sectors;
    private final Map<CoveredSector, Map<Integer, BigDecimal>> baselines;
    private final Map<Integer, BigDecimal> usdPerTonneByYear;
    private final boolean includeIndirect;
    private final DataSource source;

    /**
     * @param baselines          US baseline carbon intensity (t CO2e/t) by sector and year
     * @param usdPerTonneByYear  charge per t CO2e above the baseline, by year
     * @param includeIndirect    whether electricity-related (indirect) emissions count in the intensity
     */
    public CleanCompetitionAct(Set<CoveredSector> sectors, Map<CoveredSector, Map<Integer, BigDecimal>> baselines,
                               Map<Integer, BigDecimal> usdPerTonneByYear, boolean includeIndirect, DataSource source) {
        this.sectors = Set.copyOf(sectors);
        this.baselines = Map.copyOf(baselines);
        this.usdPerTonneByYear = Map.copyOf(usdPerTonneByYear);
        this.includeIndirect = includeIndirect;
        this.source = Objects.requireNonNull(source, "source of baselines and prices");
    }

    @Override
    public String name() {
        return "US Clean Competition Act";
    }

    @Override
    public LegalStatus status() {
        return LegalStatus.PROPOSAL;
    }

    @Override
    public String statusNote() {
        return "proposal: the Clean Competition Act is a bill before the US Congress, not law; baselines and prices are inputs from "
                + source;
    }

    @Override
    public MechanismCharge charge(Consignment c) {
        List<Notice> notices = new ArrayList<>(List.of(new Notice(BASIS, statusNote())));
        int year = c.importDate().getYear();
        if (!sectors.contains(c.sector())) {
            notices.add(new Notice(BASIS, "consignment " + c.id() + ": sector " + c.sector() + " is not a covered industry; no charge"));
            return new MechanismCharge(name(), status(), c.id(), false, Figure.derived("CCA charge, consignment " + c.id(),
                    BigDecimal.ZERO.setScale(2), "USD", "not applicable: sector not covered", BASIS, List.of()), "USD", notices);
        }
        BigDecimal baseline = baselines.getOrDefault(c.sector(), Map.of()).get(year);
        if (baseline == null) {
            throw new CbamInputException("Clean Competition Act: no US baseline for " + c.sector() + " in " + year + " (consignment " + c.id() + ")");
        }
        BigDecimal price = usdPerTonneByYear.get(year);
        if (price == null) {
            throw new CbamInputException("Clean Competition Act: no price for " + year + " (consignment " + c.id() + ")");
        }
        Figure baselineFigure = Figure.given("US baseline " + c.sector() + " " + year, baseline, "t CO2e/t", BASIS, source);
        Figure priceFigure = Figure.given("CCA price " + year, price, "USD/t CO2e", BASIS, source);
        BigDecimal intensity = c.directIntensity().value().add(includeIndirect ? c.indirectIntensity().value() : BigDecimal.ZERO);
        BigDecimal excess = intensity.subtract(baseline);
        String excessFormula = Decimals.plain(intensity) + " − " + Decimals.plain(baseline);
        if (excess.signum() < 0) {
            notices.add(new Notice(BASIS, "consignment " + c.id() + ": intensity " + Decimals.plain(intensity)
                    + " is below the US baseline " + Decimals.plain(baseline) + "; excess set to 0 (the proposal gives no credit)"));
            excess = BigDecimal.ZERO;
            excessFormula = "max(0, " + excessFormula + ")";
        }
        Figure charge = Figure.derived("CCA charge, consignment " + c.id(),
                c.tonnes().multiply(excess).multiply(price).setScale(2, RoundingMode.HALF_UP), "USD",
                Decimals.plain(c.tonnes()) + " t × " + excessFormula + " t CO2e/t × " + priceFigure.plain() + " USD",
                BASIS, List.of(c.directIntensity(), c.indirectIntensity(), baselineFigure, priceFigure));
        return new MechanismCharge(name(), status(), c.id(), true, charge, "USD", notices);
    }
}
