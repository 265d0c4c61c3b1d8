package org.greenlane.core.customs.model;

import org.greenlane.core.customs.Declaration;
import org.greenlane.core.customs.model.ComplianceHistory.Tally;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features of the risk model: for every profile a smoothed fraud rate and the number of
 * earlier declarations (and a critical-fraud rate for the main profiles), plus the declaration's
 * own mass, value, unit value against its subheading and duty rate. History features come only
 * from a {@link ComplianceHistory} dated strictly before the declaration.
 */
public final class RiskFeatures {

    private static final Profile[] ALL_PROFILES = Profile.values();

    /** Version of the feature layout; a model trained on another layout is refused. */
    public static final String SCHEMA = "customs-risk-features-1";

    /**
     * Pseudo-count of the smoothing: a profile's rate is (frauds + M × parent rate) / (count + M).
     * Small, because the parent is already a close relative (a route's parent is its commodity).
     */
    static final double SMOOTHING = 2.0;

    private static final Set<Profile> CRITICAL_PROFILES = EnumSet.of(Profile.HS4, Profile.HS6, Profile.HS6_ORIGIN,
            Profile.HS6_DEPARTURE, Profile.HS6_ROUTE, Profile.IMPORTER, Profile.DECLARANT, Profile.SELLER);

    enum Kind { FRAUD_RATE, CRITICAL_RATE, COUNT, NET_MASS, VALUE, UNIT_VALUE, UNIT_VALUE_Z, TAX_RATE,
        ROUTED_VIA_THIRD_COUNTRY, NO_SELLER, COURIER }

    record Feature(String name, Kind kind, Profile profile) {
    }

    private static final List<Feature> FEATURES = layout();
    private static final List<String> NAMES = FEATURES.stream().map(Feature::name).toList();
    private static final int PROFILES = ALL_PROFILES.length;

    private RiskFeatures() {
    }

    private static List<Feature> layout() {
        List<Feature> features = new ArrayList<>();
        for (Profile profile : ALL_PROFILES) {
            String name = profile.name().toLowerCase(Locale.ROOT);
            features.add(new Feature(name + ".fraud_rate", Kind.FRAUD_RATE, profile));
            features.add(new Feature(name + ".count", Kind.COUNT, profile));
            if (CRITICAL_PROFILES.contains(profile)) {
                features.add(new Feature(name + ".critical_rate", Kind.CRITICAL_RATE, profile));
            }
        }
        features.add(new Feature("net_mass", Kind.NET_MASS, null));
        features.add(new Feature("customs_value", Kind.VALUE, null));
        features.add(new Feature("unit_value", Kind.UNIT_VALUE, null));
        features.add(new Feature("unit_value_vs_hs6", Kind.UNIT_VALUE_Z, null));
        features.add(new Feature("tax_rate", Kind.TAX_RATE, null));
        features.add(new Feature("routed_via_third_country", Kind.ROUTED_VIA_THIRD_COUNTRY, null));
        features.add(new Feature("no_seller", Kind.NO_SELLER, null));
        features.add(new Feature("courier", Kind.COURIER, null));
        return List.copyOf(features);
    }

    /** Feature names in model column order. */
    public static List<String> names() {
        return NAMES;
    }

    public static int count() {
        return FEATURES.size();
    }

    static Feature feature(int column) {
        return FEATURES.get(column);
    }

    /** ln(1 + value) − ln(1 + mass): the log of the value per kg, defined for zero mass or value. */
    static double logUnitValue(Declaration declaration) {
        return Math.log1p(declaration.customsValue()) - Math.log1p(declaration.netMassKg());
    }

    /**
     * Writes the features of a declaration into {@code row} from {@code offset}. Missing history
     * (a subheading never seen) is NaN for the unit-value comparison, which the trees treat as missing.
     *
     * @throws IllegalStateException if the history holds outcomes dated on or after the declaration
     */
    public static void compute(Declaration declaration, ComplianceHistory history, float[] row, int offset) {
        history.requireStrictlyBefore(declaration);
        double[] fraudRates = new double[PROFILES];
        double[] criticalRates = new double[PROFILES];
        Tally[] tallies = new Tally[PROFILES];
        int[] ids = history.ids(declaration);
        for (Profile profile : ALL_PROFILES) {
            int i = profile.ordinal();
            Profile parent = profile.parent();
            double fraudPrior = parent == null ? history.fraudRate() : fraudRates[parent.ordinal()];
            double criticalPrior = parent == null ? history.criticalRate() : criticalRates[parent.ordinal()];
            Tally tally = history.tally(profile, ids);
            tallies[i] = tally;
            int count = tally == null ? 0 : tally.count;
            fraudRates[i] = ((tally == null ? 0 : tally.frauds) + SMOOTHING * fraudPrior) / (count + SMOOTHING);
            criticalRates[i] = ((tally == null ? 0 : tally.criticals) + SMOOTHING * criticalPrior) / (count + SMOOTHING);
        }
        double unitValue = logUnitValue(declaration);
        for (int column = 0; column < FEATURES.size(); column++) {
            Feature feature = FEATURES.get(column);
            row[offset + column] = (float) switch (feature.kind()) {
                case FRAUD_RATE -> fraudRates[feature.profile().ordinal()];
                case CRITICAL_RATE -> criticalRates[feature.profile().ordinal()];
                case COUNT -> {
                    Tally tally = tallies[feature.profile().ordinal()];
                    yield tally == null ? 0 : tally.count;
                }
                case NET_MASS -> Math.log1p(declaration.netMassKg());
                case VALUE -> Math.log1p(declaration.customsValue());
                case UNIT_VALUE -> unitValue;
                case UNIT_VALUE_Z -> unitValueZ(tallies[Profile.HS6.ordinal()], unitValue);
                case TAX_RATE -> declaration.taxRate();
                case ROUTED_VIA_THIRD_COUNTRY ->
                        declaration.departureCountry().equals(declaration.originCountry()) ? 0 : 1;
                case NO_SELLER -> declaration.seller().isEmpty() ? 1 : 0;
                case COURIER -> declaration.courier().isEmpty() ? 0 : 1;
            };
        }
    }

    /** How many standard deviations the unit value lies from its subheading's mean (needs two earlier values). */
    private static double unitValueZ(Tally hs6, double unitValue) {
        if (hs6 == null || hs6.count < 2) {
            return Double.NaN;
        }
        double mean = hs6.unitValueSum / hs6.count;
        double variance = Math.max(0, hs6.unitValueSquares / hs6.count - mean * mean);
        return (unitValue - mean) / (Math.sqrt(variance) + 0.1);
    }

    /** An officer-readable statement of one feature of a declaration, e.g. "fraud rate 0.62 over 14 earlier ...". */
    static String describe(int column, Declaration declaration, float value) {
        Feature feature = FEATURES.get(column);
        Profile profile = feature.profile();
        return switch (feature.kind()) {
            case FRAUD_RATE -> String.format(Locale.ROOT, "smoothed fraud rate %.2f of earlier declarations, %s %s",
                    value, profile.label(), profile.key(declaration));
            case CRITICAL_RATE -> String.format(Locale.ROOT, "smoothed critical-fraud rate %.3f of earlier declarations, %s %s",
                    value, profile.label(), profile.key(declaration));
            case COUNT -> String.format(Locale.ROOT, "%d earlier declarations, %s %s",
                    (long) value, profile.label(), profile.key(declaration));
            case NET_MASS -> String.format(Locale.ROOT, "net mass %s kg", declaration.netMassKg());
            case VALUE -> String.format(Locale.ROOT, "customs value %s", declaration.customsValue());
            case UNIT_VALUE -> String.format(Locale.ROOT, "value per kg %.4g",
                    (1 + declaration.customsValue()) / (1 + declaration.netMassKg()));
            case UNIT_VALUE_Z -> Float.isNaN(value)
                    ? "no earlier unit values for HS " + declaration.hs6()
                    : String.format(Locale.ROOT, "value per kg %.1f standard deviations from HS %s", value, declaration.hs6());
            case TAX_RATE -> String.format(Locale.ROOT, "duty rate %s %%", declaration.taxRate());
            case ROUTED_VIA_THIRD_COUNTRY -> value > 0
                    ? "departs from " + declaration.departureCountry() + ", origin " + declaration.originCountry()
                    : "departs from its country of origin " + declaration.originCountry();
            case NO_SELLER -> value > 0 ? "no seller declared" : "seller " + declaration.seller();
            case COURIER -> value > 0 ? "courier " + declaration.courier() : "no courier";
        };
    }
}
