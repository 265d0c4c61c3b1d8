package org.greenlane.server.cbam;

import org.greenlane.core.cbam.DataSource;
import org.greenlane.core.cbam.Figure;
import org.greenlane.core.cbam.LegalBasis;
import org.greenlane.core.cbam.Sector;
import org.greenlane.server.platform.GreenlaneProperties;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The UK and US figures from the operator's configuration (decision 066); none is built in outside the demo. */
class OtherMechanismsTest {

    private static final DataSource TEST = DataSource.userInput("test intensities");

    private static Figure intensity(String value) {
        return Figure.given("SEE", new BigDecimal(value), "t CO2e/t", LegalBasis.cbam("Annex IV"), TEST);
    }

    private static GreenlaneProperties platform(boolean demo) {
        return new GreenlaneProperties(Path.of("var"), null, null, null, new GreenlaneProperties.Demo(demo), null);
    }

    private static CbamProperties configured(CbamProperties.UkCbam uk, CbamProperties.CleanCompetitionAct cca) {
        return new CbamProperties(new CbamProperties.CrossSectoralCorrection(Map.of(), ""), null, uk, cca);
    }

    @Test
    void withoutConfigurationOutsideTheDemoEachFigureNamesTheMissingSetting() {
        OtherMechanisms none = new OtherMechanisms(configured(new CbamProperties.UkCbam(null, null, ""),
                new CbamProperties.CleanCompetitionAct(null, null, true, "")), platform(false));

        List<Results.MechanismFigure> figures = none.charges("L1", "25231000", Sector.CEMENT, "TR", new BigDecimal("10"),
                LocalDate.of(2027, 5, 1), intensity("0.8"), intensity("0.05"), false);

        assertThat(figures).extracting(Results.MechanismFigure::label).containsExactly("scenario", "proposal");
        assertThat(figures).allSatisfy(f -> assertThat(f.charge()).isNull());
        assertThat(figures.get(0).unavailable()).contains("GREENLANE_CBAM_UKCBAM_RATES_2027Q1");
        assertThat(figures.get(1).unavailable()).contains("GREENLANE_CBAM_CLEANCOMPETITIONACT_PRICES_<year>");
    }

    @Test
    void configuredRatesBaselinesAndPricesCostTheGoods() {
        OtherMechanisms configured = new OtherMechanisms(configured(
                new CbamProperties.UkCbam(Map.of("2027q2", new BigDecimal("50")), Set.of("cement"), "HMRC rate notice (test)"),
                new CbamProperties.CleanCompetitionAct(Map.of(2027, new BigDecimal("60")),
                        Map.of("cement", Map.of(2027, new BigDecimal("0.6"))), false, "bill text (test)")), platform(false));

        List<Results.MechanismFigure> figures = configured.charges("L1", "25231000", Sector.CEMENT, "TR", new BigDecimal("10"),
                LocalDate.of(2027, 5, 1), intensity("0.8"), intensity("0.05"), false);

        // UK: cement counts indirect emissions here: 10 t × (0.8 + 0.05) t CO2e/t × GBP 50 = GBP 425.00
        assertThat(figures.get(0).charge().value()).isEqualTo("425");
        assertThat(figures.get(0).charge().inputs()).extracting(f -> f.source().name()).contains("HMRC rate notice (test)");
        // US: direct only (includeIndirect false): 10 t × (0.8 − 0.6) t CO2e/t × USD 60 = USD 120.00
        assertThat(figures.get(1).charge().value()).isEqualTo("120");
        assertThat(figures.get(1).costedOn()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(figures.get(1).notices()).extracting(FigureView.NoticeView::message)
                .anyMatch(m -> m.startsWith("proposal:")).anyMatch(m -> m.contains("no carbon price paid abroad is deducted"));
    }
}
