package org.greenlane.core.cbam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * CBAM certificate prices that users keep up to date: the quarterly average of EU ETS auction prices in 2026 (Q1 2026:
 * EUR 75.36), weekly averages from 2027. A missing period is an error unless the caller explicitly accepts the latest
 * earlier price, which is then recorded as a notice.
 */
public final class CertificatePriceTable {

    static final String UNIT = "EUR/t CO2e";
    static final LegalBasis BASIS = LegalBasis.cbam("Article 21(1) as amended by Regulation (EU) 2025/2083");

    /** A published price of one period. */
    public record Price(PricePeriod period, BigDecimal eurPerTonne, DataSource source) {
        public Price {
            Objects.requireNonNull(period, "price period");
            Objects.requireNonNull(source, "source of the price for " + period);
            if (eurPerTonne == null || eurPerTonne.signum() <= 0) {
                throw new CbamInputException("certificate price for " + period + " must be positive, was " + eurPerTonne);
            }
        }
    }

    public enum GapPolicy {
        /** A missing period is an error. */
        FAIL,
        /** A missing period takes the latest earlier published price, with a notice. */
        USE_LATEST_EARLIER_PRICE
    }

    private final Map<PricePeriod, Price> prices;

    private CertificatePriceTable(Map<PricePeriod, Price> prices) {
        this.prices = Map.copyOf(prices);
    }

    public static CertificatePriceTable of(Collection<Price> prices) {
        Map<PricePeriod, Price> byPeriod = new HashMap<>();
        for (Price p : prices) {
            if (byPeriod.put(p.period(), p) != null) {
                throw new CbamInputException("certificate price for " + p.period() + " given twice");
            }
        }
        return new CertificatePriceTable(byPeriod);
    }

    /** The prices published so far: Q1 2026, EUR 75.36 per certificate. */
    public static CertificatePriceTable published() {
        return of(List.of(new Price(PricePeriod.parse("2026-Q1"), new BigDecimal("75.36"),
                new DataSource("European Commission, CBAM certificate price (quarterly average of EU ETS auction prices)", "2026-Q1"))));
    }

    /** A copy with the price of a period added or replaced, as users update the table. */
    public CertificatePriceTable with(Price price) {
        Map<PricePeriod, Price> copy = new HashMap<>(prices);
        copy.put(price.period(), price);
        return new CertificatePriceTable(copy);
    }

    public Figure priceFor(LocalDate importDate, GapPolicy policy, List<Notice> notices) {
        PricePeriod period = PricePeriod.containing(importDate);
        Price price = prices.get(period);
        if (price != null) {
            return figure(price, period);
        }
        if (policy == GapPolicy.USE_LATEST_EARLIER_PRICE) {
            for (PricePeriod p = period.previous(); p != null; p = p.previous()) {
                Price earlier = prices.get(p);
                if (earlier != null) {
                    notices.add(new Notice(LegalBasis.decision("034", "certificate prices"), "no certificate price for " + period
                            + " (import date " + importDate + "); the price of " + p + ", EUR " + earlier.eurPerTonne().toPlainString()
                            + ", is used as an explicit fallback"));
                    return figure(earlier, period);
                }
            }
        }
        throw new CbamInputException("no CBAM certificate price for " + period + " (import date " + importDate
                + ") in the price table" + (policy == GapPolicy.USE_LATEST_EARLIER_PRICE ? " nor any earlier period" : "")
                + "; add the published price or allow the latest earlier price explicitly");
    }

    private static Figure figure(Price price, PricePeriod applied) {
        return Figure.given("CBAM certificate price " + price.period() + (price.period().equals(applied) ? "" : " (for " + applied + ")"),
                price.eurPerTonne(), UNIT, BASIS, price.source());
    }
}
