package org.greenlane.core.customs.model;

/**
 * When examination results become usable for risk profiles: {@code days} after the declaration's
 * date (1 = the next day, as with a nightly refresh), or never for the declarations being scored
 * (a frozen history, the most conservative evaluation).
 */
public record LabelDelay(int days, boolean never) {

    public static final LabelDelay NEXT_DAY = afterDays(1);
    public static final LabelDelay NEVER = new LabelDelay(Integer.MAX_VALUE, true);

    public LabelDelay {
        if (days < 1) {
            throw new IllegalArgumentException("label delay must be at least 1 day (a result is never known on the day "
                    + "of clearance for the declarations of that day), was " + days);
        }
    }

    public static LabelDelay afterDays(int days) {
        return new LabelDelay(days, false);
    }

    @Override
    public String toString() {
        return never ? "never" : days + " day(s)";
    }
}
