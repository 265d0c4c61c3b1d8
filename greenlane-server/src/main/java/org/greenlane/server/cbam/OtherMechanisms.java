package org.greenlane.server.cbam;

import org.greenlane.core.cbam.CbamInputException;
import org.greenlane.core.cbam.DataSource;
import org.greenlane.core.cbam.Figure;
import org.greenlane.core.cbam.LegalBasis;
import org.greenlane.core.cbam.Notice;
import org.greenlane.core.cbam.Sector;
import org.greenlane.core.cbam.mechanism.CarbonBorderMechanism;
import org.greenlane.core.cbam.mechanism.CleanCompetitionAct;
import org.greenlane.core.cbam.mechanism.Consignment;
import org.greenlane.core.cbam.mechanism.CoveredSector;
import org.greenlane.core.cbam.mechanism.LegalStatus;
import org.greenlane.core.cbam.mechanism.MechanismCharge;
import org.greenlane.core.cbam.mechanism.UkCbam;
import org.greenlane.server.cbam.FigureView.NoticeView;
import org.greenlane.server.platform.GreenlaneProperties;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UK CBAM scenario and the US Clean Competition Act proposal beside the EU figure of a goods line (decision 066).
 * Their rates, baselines and prices are the operator's configuration; none is built in. The demo, and only the demo,
 * uses stated assumptions when nothing is configured. A mechanism without inputs is shown as such, naming the setting.
 */
@Component
class OtherMechanisms {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\W*[qQ]([1-4])");
    private static final LegalBasis COMPARISON = LegalBasis.decision("066", "other carbon border mechanisms beside the EU figure");
    private static final String UK_UNAVAILABLE = "no UK CBAM rates are configured: set GREENLANE_CBAM_UKCBAM_RATES_<year>Q<quarter> "
            + "(GBP per t CO2e), e.g. GREENLANE_CBAM_UKCBAM_RATES_2027Q1";
    private static final String CCA_UNAVAILABLE = "no Clean Competition Act inputs are configured: set "
            + "GREENLANE_CBAM_CLEANCOMPETITIONACT_PRICES_<year> (USD per t CO2e) and "
            + "GREENLANE_CBAM_CLEANCOMPETITIONACT_BASELINES_<sector>_<year> (t CO2e/t)";

    /**
     * Demo assumption: a flat UK CBAM rate of GBP 45 per t CO2e, of the order of UK ETS prices in 2025; indirect emissions
     * charged for cement and fertilisers as in the EU CBAM. Not an HMRC rate.
     */
    private static final CbamProperties.UkCbam DEMO_UK = new CbamProperties.UkCbam(demoQuarters(), Set.of("cement", "fertilisers"),
            "Greenlane demo assumption: UK CBAM rate GBP 45/t CO2e in every quarter 2027-2034, indirect emissions for cement and "
                    + "fertilisers only; not an HMRC rate");

    /**
     * Demo assumption: USD 55 per t CO2e in 2026 rising 5 % a year (the bill's starting price and real growth, inflation
     * left out), against flat US baselines of 1.0 t CO2e/t for iron and steel and 8.0 for aluminium. Not figures of the bill.
     */
    private static final CbamProperties.CleanCompetitionAct DEMO_CCA = new CbamProperties.CleanCompetitionAct(demoPrices(),
            Map.of("IRON_AND_STEEL", flat("1.0"), "ALUMINIUM", flat("8.0")), true,
            "Greenlane demo assumption: USD 55/t CO2e in 2026 rising 5 % a year; US baselines 1.0 t CO2e/t (iron and steel) and "
                    + "8.0 (aluminium) in every year; not figures of the bill");

    private final Optional<CarbonBorderMechanism> uk;
    private final Optional<CarbonBorderMechanism> cca;

    OtherMechanisms(CbamProperties properties, GreenlaneProperties platform) {
        boolean demo = platform.demo().enabled();
        CbamProperties.UkCbam ukInputs = properties.ukCbam();
        if (ukInputs.rates().isEmpty() && demo) {
            ukInputs = DEMO_UK;
        }
        this.uk = ukInputs.rates().isEmpty() ? Optional.empty() : Optional.of(uk(ukInputs));
        CbamProperties.CleanCompetitionAct ccaInputs = properties.cleanCompetitionAct();
        if ((ccaInputs.prices().isEmpty() || ccaInputs.baselines().isEmpty()) && demo) {
            ccaInputs = DEMO_CCA;
        }
        this.cca = ccaInputs.prices().isEmpty() || ccaInputs.baselines().isEmpty() ? Optional.empty() : Optional.of(cca(ccaInputs));
    }

    /**
     * What the line's goods would be charged under each other mechanism, from the same intensities as the EU figure.
     *
     * @param direct   specific direct embedded emissions used for the EU figure (default values: without the EU mark-up)
     * @param indirect specific indirect embedded emissions
     */
    List<Results.MechanismFigure> charges(String reference, String cnCode, Sector sector, String origin, BigDecimal tonnes,
                                          LocalDate importDate, Figure direct, Figure indirect, boolean defaultValues) {
        List<Results.MechanismFigure> figures = new ArrayList<>();
        figures.add(charge("UK CBAM", LegalStatus.SCENARIO, uk, UK_UNAVAILABLE, reference, cnCode, sector, origin, tonnes,
                importDate.isBefore(UkCbam.START) ? UkCbam.START : importDate, importDate, direct, indirect, defaultValues));
        figures.add(charge("US Clean Competition Act", LegalStatus.PROPOSAL, cca, CCA_UNAVAILABLE, reference, cnCode, sector, origin,
                tonnes, importDate, importDate, direct, indirect, defaultValues));
        return figures;
    }

    private static Results.MechanismFigure charge(String name, LegalStatus status, Optional<CarbonBorderMechanism> mechanism,
                                                  String unavailable, String reference, String cnCode, Sector sector, String origin,
                                                  BigDecimal tonnes, LocalDate costedOn, LocalDate importDate, Figure direct,
                                                  Figure indirect, boolean defaultValues) {
        String label = status.name().toLowerCase(Locale.ROOT);
        if (mechanism.isEmpty()) {
            return new Results.MechanismFigure(name, status.name(), label, null, false, null, null, null, List.of(), unavailable);
        }
        CarbonBorderMechanism m = mechanism.get();
        try {
            MechanismCharge charge = m.charge(new Consignment(reference, cnCode, CoveredSector.valueOf(sector.name()), origin, tonnes,
                    costedOn, direct, indirect, Optional.empty()));
            List<Notice> notices = new ArrayList<>(charge.notices());
            if (!costedOn.equals(importDate)) {
                notices.add(new Notice(COMPARISON, "imported " + importDate + ", before the " + name + " starts; costed as if imported on "
                        + costedOn + " to compare"));
            }
            if (defaultValues) {
                notices.add(new Notice(COMPARISON, "the EU default values of the country of origin, without the EU mark-up, stand in "
                        + "for the goods' intensity; " + name + " has no default values of its own here"));
            }
            notices.add(new Notice(COMPARISON, "no carbon price paid abroad is deducted in this comparison"));
            return new Results.MechanismFigure(m.name(), m.status().name(), label, m.statusNote(),
                    charge.applies(), costedOn, FigureView.of(charge.charge()), charge.currency(), NoticeView.of(notices), null);
        } catch (CbamInputException missing) {
            return new Results.MechanismFigure(m.name(), m.status().name(), label, m.statusNote(),
                    false, costedOn, null, null, List.of(), missing.getMessage());
        }
    }

    private static CarbonBorderMechanism uk(CbamProperties.UkCbam inputs) {
        Map<String, BigDecimal> rates = new HashMap<>();
        inputs.rates().forEach((key, rate) -> {
            Matcher quarter = QUARTER.matcher(key);
            if (!quarter.matches()) {
                throw new IllegalStateException("greenlane.cbam.uk-cbam.rates: '" + key + "' is not a quarter like 2027-Q1 or 2027Q1");
            }
            rates.put(quarter.group(1) + "-Q" + quarter.group(2), rate);
        });
        Set<CoveredSector> indirect = new HashSet<>();
        inputs.indirectSectors().forEach(s -> indirect.add(sector(s, "greenlane.cbam.uk-cbam.indirect-sectors")));
        return new UkCbam(UkCbam.ANNOUNCED_SECTORS, indirect, rates, new DataSource(
                inputs.source().isBlank() ? "operator configuration (greenlane.cbam.uk-cbam)" : inputs.source(),
                "rates for " + rates.keySet().stream().sorted().toList()));
    }

    private static CarbonBorderMechanism cca(CbamProperties.CleanCompetitionAct inputs) {
        Map<CoveredSector, Map<Integer, BigDecimal>> baselines = new HashMap<>();
        inputs.baselines().forEach((key, byYear) ->
                baselines.put(sector(key, "greenlane.cbam.clean-competition-act.baselines"), Map.copyOf(byYear)));
        return new CleanCompetitionAct(CleanCompetitionAct.BILL_SECTORS, baselines, inputs.prices(), inputs.includeIndirect(),
                new DataSource(inputs.source().isBlank() ? "operator configuration (greenlane.cbam.clean-competition-act)" : inputs.source(),
                        "prices for " + inputs.prices().keySet().stream().sorted().toList()));
    }

    /** A sector named in configuration in any of its spellings: IRON_AND_STEEL, iron-and-steel, ironandsteel. */
    private static CoveredSector sector(String name, String setting) {
        String wanted = name.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        return Arrays.stream(CoveredSector.values()).filter(s -> s.name().replace("_", "").equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException(setting + ": '" + name + "' is not a sector; expected one of "
                        + Arrays.toString(CoveredSector.values())));
    }

    private static Map<String, BigDecimal> demoQuarters() {
        Map<String, BigDecimal> rates = new HashMap<>();
        for (int year = 2027; year <= 2034; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                rates.put(year + "-Q" + quarter, new BigDecimal("45"));
            }
        }
        return rates;
    }

    private static Map<Integer, BigDecimal> demoPrices() {
        Map<Integer, BigDecimal> prices = new HashMap<>();
        BigDecimal price = new BigDecimal("55");
        for (int year = 2026; year <= 2034; year++) {
            prices.put(year, price.setScale(2, RoundingMode.HALF_UP));
            price = price.multiply(new BigDecimal("1.05"));
        }
        return prices;
    }

    private static Map<Integer, BigDecimal> flat(String value) {
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        for (int year = 2026; year <= 2034; year++) {
            byYear.put(year, new BigDecimal(value));
        }
        return byYear;
    }
}
