package org.greenlane.server.footprint.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as the pages and reports show them: kg CO2e to four significant digits (never hiding a small
 * contribution as 0), shares as percentages. The stored numbers keep full precision.
 */
public final class FootprintFormat {

    private final Locale locale;

    public FootprintFormat(Locale locale) {
        this.locale = locale;
    }

    public String kg(double value) {
        return kg(value, locale);
    }

    public String amount(double value) {
        return kg(value, locale);
    }

    public String share(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(share);
    }

    public String rating(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(value);
    }

    static String kg(double value, Locale locale) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_EVEN));
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(Math.max(0, rounded.scale()));
        f.setMinimumFractionDigits(0);
        return f.format(rounded);
    }
}
