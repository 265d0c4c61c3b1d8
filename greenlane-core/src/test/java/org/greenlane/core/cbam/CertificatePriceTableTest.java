package org.greenlane.core.cbam;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificatePriceTableTest {

    @Test
    void quartersIn2026AndIsoWeeksFrom2027() {
        assertThat(PricePeriod.containing(LocalDate.of(2026, 5, 4))).hasToString("2026-Q2");
        // 1 January 2027 is a Friday in ISO week 53 of 2026; weekly pricing starts with it
        assertThat(PricePeriod.containing(LocalDate.of(2027, 1, 1))).hasToString("2026-W53");
        assertThat(PricePeriod.containing(LocalDate.of(2027, 1, 4))).hasToString("2027-W01");
        assertThat(PricePeriod.parse("2027-W01").previous()).hasToString("2026-W53");
        assertThat(PricePeriod.parse("2026-W53").previous()).hasToString("2026-Q4");
        assertThatThrownBy(() -> PricePeriod.parse("2027-Q1")).hasMessageContaining("quarterly prices apply to 2026 only");
        assertThatThrownBy(() -> PricePeriod.parse("2026-W10")).hasMessageContaining("weekly prices apply from 2027");
        assertThatThrownBy(() -> PricePeriod.containing(LocalDate.of(2025, 12, 31))).hasMessageContaining("before the definitive period");
    }

    @Test
    void publishedQ1PriceAndUserUpdates() {
        // Q1 2026: EUR 75.36 (quarterly average of EU ETS auction prices, Article 21(1) as amended by Regulation (EU) 2025/2083)
        CertificatePriceTable table = CertificatePriceTable.published().with(new CertificatePriceTable.Price(PricePeriod.parse("2027-W02"),
                new BigDecimal("81.20"), DataSource.userInput("weekly price")));
        List<Notice> notices = new ArrayList<>();

        assertThat(table.priceFor(LocalDate.of(2026, 3, 31), CertificatePriceTable.GapPolicy.FAIL, notices).value()).isEqualByComparingTo("75.36");
        assertThat(table.priceFor(LocalDate.of(2027, 1, 13), CertificatePriceTable.GapPolicy.FAIL, notices).value()).isEqualByComparingTo("81.20");
        assertThat(table.priceFor(LocalDate.of(2027, 1, 20), CertificatePriceTable.GapPolicy.USE_LATEST_EARLIER_PRICE, notices).value())
                .isEqualByComparingTo("81.20");
        assertThat(notices).singleElement().extracting(Notice::message).asString().contains("no certificate price for 2027-W03");
        assertThatThrownBy(() -> new CertificatePriceTable.Price(PricePeriod.parse("2026-Q2"), BigDecimal.ZERO, DataSource.userInput("x")))
                .hasMessageContaining("certificate price for 2026-Q2 must be positive");
    }

    @Test
    void scenariosAreLabelledAndRefuseGaps() {
        PriceScenario s = new PriceScenario("high", Map.of(2026, new BigDecimal("80")), "EUR 80 flat");

        assertThat(s.price(2026).source().name()).isEqualTo("scenario high");
        assertThat(s.price(2026).basis().provision()).contains("scenario, not law");
        assertThatThrownBy(() -> s.price(2027)).hasMessageContaining("price scenario high has no price for 2027");
        assertThatThrownBy(() -> new PriceScenario("bad", Map.of(2040, BigDecimal.ONE), "")).hasMessageContaining("year 2040");
    }
}
