package org.greenlane.core.cbam;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of the CBAM certificate price (Article 21(1) of Regulation (EU) 2023/956 as amended by Regulation (EU)
 * 2025/2083): calendar quarters in 2026, ISO weeks from 2027 (the week holding 1 January 2027 is 2026-W53).
 */
public record PricePeriod(int year, Granularity granularity, int number) {

    public enum Granularity { QUARTER, WEEK }

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-(Q|W)(\\d{1,2})");
    private static final LocalDate FIRST_WEEKLY_DAY = LocalDate.of(2027, 1, 1);

    public PricePeriod {
        Objects.requireNonNull(granularity, "granularity");
        if (granularity == Granularity.QUARTER && (year != 2026 || number < 1 || number > 4)) {
            throw new CbamInputException("price period " + year + "-Q" + number + ": quarterly prices apply to 2026 only (Q1–Q4)");
        }
        if (granularity == Granularity.WEEK && (number < 1 || number > 53 || year < 2026 || (year == 2026 && number != 53))) {
            throw new CbamInputException("price period " + year + "-W" + number + ": weekly prices apply from 2027 (ISO weeks 1–53)");
        }
    }

    /** The period whose price applies to goods imported on this date. */
    public static PricePeriod containing(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.getYear() < 2026) {
            throw new CbamInputException("date " + date + " is before the definitive period; no CBAM certificate price applies");
        }
        if (date.isBefore(FIRST_WEEKLY_DAY)) {
            return new PricePeriod(2026, Granularity.QUARTER, date.get(IsoFields.QUARTER_OF_YEAR));
        }
        return new PricePeriod(date.get(IsoFields.WEEK_BASED_YEAR), Granularity.WEEK, date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Parses "2026-Q1" or "2027-W05". */
    public static PricePeriod parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new CbamInputException("price period '" + text + "' is neither YYYY-Qn nor YYYY-Wnn");
        }
        return new PricePeriod(Integer.parseInt(m.group(1)), m.group(2).equals("Q") ? Granularity.QUARTER : Granularity.WEEK,
                Integer.parseInt(m.group(3)));
    }

    /** The period before this one, to find the latest earlier price. */
    PricePeriod previous() {
        if (granularity == Granularity.QUARTER) {
            return number == 1 ? null : new PricePeriod(year, granularity, number - 1);
        }
        if (year == 2026) {
            return new PricePeriod(2026, Granularity.QUARTER, 4);
        }
        if (number > 1) {
            return new PricePeriod(year, granularity, number - 1);
        }
        int weeksBefore = LocalDate.of(year - 1, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return year - 1 == 2026 ? new PricePeriod(2026, Granularity.WEEK, 53) : new PricePeriod(year - 1, granularity, weeksBefore);
    }

    @Override
    public String toString() {
        return granularity == Granularity.QUARTER ? year + "-Q" + number : year + "-W" + (number < 10 ? "0" : "") + number;
    }
}
