package org.greenlane.core.cbam.mechanism;

import org.greenlane.core.cbam.Benchmark;
import org.greenlane.core.cbam.BenchmarkTable;
import org.greenlane.core.cbam.CertificateCalculator;
import org.greenlane.core.cbam.CertificatePriceTable;
import org.greenlane.core.cbam.CrossSectoralCorrection;
import org.greenlane.core.cbam.DataSource;
import org.greenlane.core.cbam.DefaultValueTable;
import org.greenlane.core.cbam.Figure;
import org.greenlane.core.cbam.GoodsScope;
import org.greenlane.core.cbam.LegalBasis;
import org.greenlane.core.cbam.Notice;
import org.greenlane.core.cbam.Sector;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MechanismsTest {

    private static final DataSource USER = DataSource.userInput("scenario inputs");

    private static Figure intensity(String value) {
        return Figure.given("intensity", new BigDecimal(value), "t CO2e/t", LegalBasis.cbam("Annex IV"), USER);
    }

    private static Consignment steel(LocalDate date, String direct, String indirect, Optional<Figure> relief) {
        return new Consignment("C1", "72085120", CoveredSector.IRON_AND_STEEL, "TR", new BigDecimal("100"), date,
                intensity(direct), intensity(indirect), relief);
    }

    private static UkCbam uk() {
        return new UkCbam(UkCbam.ANNOUNCED_SECTORS, Set.of(CoveredSector.CEMENT), Map.of("2027-Q1", new BigDecimal("40")), USER);
    }

    @Test
    void ukCbamChargesFrom2027AtTheQuarterlyRateAndIsLabelledAScenario() {
        // 100 t × 1.8 t CO2e/t (direct only for steel in this scenario) × 40 GBP − relief 100 × 5 GBP = 7200 − 500 = 6700 GBP
        MechanismCharge c = uk().charge(steel(LocalDate.of(2027, 2, 1), "1.8", "0.4",
                Optional.of(Figure.given("relief", new BigDecimal("5"), "GBP/t", LegalBasis.cbam("Article 9"), USER))));

        assertThat(c.status()).isEqualTo(LegalStatus.SCENARIO);
        assertThat(c.charge().value()).isEqualByComparingTo("6700.00");
        assertThat(c.charge().formula()).contains("(direct)");
        assertThat(c.notices()).extracting(Notice::message).anyMatch(m -> m.startsWith("scenario:"));
    }

    @Test
    void ukCbamDoesNotApplyBefore2027OrOutsideItsSectorsAndRefusesMissingRates() {
        assertThat(uk().charge(steel(LocalDate.of(2026, 6, 1), "1.8", "0", Optional.empty())).applies()).isFalse();
        Consignment power = new Consignment("P", "27160000", CoveredSector.ELECTRICITY, "FR", BigDecimal.ONE, LocalDate.of(2027, 2, 1),
                intensity("0.1"), intensity("0"), Optional.empty());
        assertThat(uk().charge(power).notices()).extracting(Notice::message).anyMatch(m -> m.contains("ELECTRICITY is not covered"));
        assertThatThrownBy(() -> uk().charge(steel(LocalDate.of(2027, 5, 1), "1.8", "0", Optional.empty())))
                .hasMessageContaining("UK CBAM: no rate for 2027-Q2 (consignment C1)");
        Consignment glass = new Consignment("G", "70052100", CoveredSector.GLASS, "CN", BigDecimal.TEN, LocalDate.of(2027, 1, 15),
                intensity("0.7"), intensity("0.1"), Optional.empty());
        // glass is in the announced scope although not in the EU CBAM: 10 × 0.7 × 40 = 280
        assertThat(uk().charge(glass).charge().value()).isEqualByComparingTo("280.00");
    }

    @Test
    void cleanCompetitionActChargesOnlyTheIntensityAboveTheUsBaseline() {
        CleanCompetitionAct cca = new CleanCompetitionAct(CleanCompetitionAct.BILL_SECTORS,
                Map.of(CoveredSector.IRON_AND_STEEL, Map.of(2027, new BigDecimal("1.2"))), Map.of(2027, new BigDecimal("60")), true, USER);

        // 100 t × (1.8 + 0.4 − 1.2 = 1.0) t CO2e/t × 60 USD = 6000 USD
        MechanismCharge above = cca.charge(steel(LocalDate.of(2027, 3, 1), "1.8", "0.4", Optional.empty()));
        assertThat(above.status()).isEqualTo(LegalStatus.PROPOSAL);
        assertThat(above.charge().value()).isEqualByComparingTo("6000.00");

        // 0.9 + 0.1 = 1.0 < 1.2: no credit, charge 0 with a notice
        MechanismCharge below = cca.charge(steel(LocalDate.of(2027, 3, 1), "0.9", "0.1", Optional.empty()));
        assertThat(below.charge().value()).isEqualByComparingTo("0");
        assertThat(below.notices()).extracting(Notice::message).anyMatch(m -> m.contains("below the US baseline 1.2"));

        assertThatThrownBy(() -> cca.charge(steel(LocalDate.of(2028, 3, 1), "1.8", "0.4", Optional.empty())))
                .hasMessageContaining("no US baseline for IRON_AND_STEEL in 2028");
    }

    @Test
    void euCbamFitsTheSameInterfaceAsLaw() throws Exception {
        CertificateCalculator calc = new CertificateCalculator(GoodsScope.annexI(),
                DefaultValueTable.parse(new StringReader("countryCode,countryName,cnCode,description,sector,directEmissions,"
                        + "indirectEmissions,totalEmissions,withMarkup2026,withMarkup2027,withMarkup2028,productionRoute\n"), USER),
                BenchmarkTable.of(USER, List.of(new Benchmark("72085120", Sector.IRON_AND_STEEL, "HR",
                        List.of(new Benchmark.Value(BigDecimal.ONE, "", BigDecimal.ONE, "")), USER))),
                CrossSectoralCorrection.uniform(BigDecimal.ONE, USER));
        EuCbam eu = new EuCbam(calc, CertificatePriceTable.published(), CertificatePriceTable.GapPolicy.FAIL);

        // (1.2 − 0.975 × 1) × 100 t = 22.5 certificates × 75.36 EUR = 1695.60 EUR
        MechanismCharge c = eu.charge(steel(LocalDate.of(2026, 2, 1), "1.2", "0.3", Optional.empty()));

        assertThat(c.status()).isEqualTo(LegalStatus.LAW);
        assertThat(c.charge().value()).isEqualByComparingTo("1695.60");
        assertThat(c.currency()).isEqualTo("EUR");
    }

    @Test
    void consignmentsRefuseBadInput() {
        assertThatThrownBy(() -> steel(LocalDate.of(2027, 1, 1), "-1", "0", Optional.empty()))
                .hasMessageContaining("consignment C1: emission intensities must not be negative");
        assertThatThrownBy(() -> new Consignment("C2", "72085120", CoveredSector.IRON_AND_STEEL, "Turkey", BigDecimal.ONE,
                LocalDate.of(2027, 1, 1), intensity("1"), intensity("0"), Optional.empty()))
                .hasMessageContaining("consignment C2: country of origin: 'Turkey' is not a two-letter country code");
    }
}
