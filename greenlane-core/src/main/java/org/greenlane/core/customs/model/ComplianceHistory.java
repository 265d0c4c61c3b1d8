package org.greenlane.core.customs.model;

import org.greenlane.core.customs.Declaration;
import org.greenlane.core.customs.InspectedDeclaration;

import java.time.LocalDate;
import java.util.List;

/**
 * The examination outcomes known so far, tallied per profile (importer, declarant, seller, HS
 * subheading, route, office...). Risk features are read from it; it never answers for a
 * declaration dated on or before the latest outcome it holds, so a feature cannot see its own
 * label or a label of the same day.
 * <p>
 * Recording is single-threaded; a history that is no longer recorded into can be read by many
 * scoring threads at once.
 */
public final class ComplianceHistory {

    private static final Profile[] ALL_PROFILES = Profile.values();

    private final TallyTable[] tallies;
    private final Vocabulary vocabulary = new Vocabulary();
    private long declarations;
    private long frauds;
    private long criticals;
    private LocalDate latestOutcomeDate;

    public ComplianceHistory() {
        tallies = new TallyTable[ALL_PROFILES.length];
        for (int i = 0; i < tallies.length; i++) {
            tallies[i] = new TallyTable();
        }
    }

    /** Adds one examination outcome. */
    public void record(InspectedDeclaration outcome) {
        Declaration declaration = outcome.declaration();
        boolean fraud = outcome.result().fraud();
        boolean critical = outcome.result().critical();
        double unitValue = RiskFeatures.logUnitValue(declaration);
        int[] ids = vocabulary.intern(declaration);
        for (Profile profile : ALL_PROFILES) {
            tallies[profile.ordinal()].getOrAdd(profile.code(ids)).add(fraud, critical, unitValue);
        }
        declarations++;
        frauds += fraud ? 1 : 0;
        criticals += critical ? 1 : 0;
        if (latestOutcomeDate == null || declaration.date().isAfter(latestOutcomeDate)) {
            latestOutcomeDate = declaration.date();
        }
    }

    public void recordAll(List<InspectedDeclaration> outcomes) {
        outcomes.forEach(this::record);
    }

    /** Number of outcomes held. */
    public long size() {
        return declarations;
    }

    /** Date of the latest outcome held, or null when empty. */
    public LocalDate latestOutcomeDate() {
        return latestOutcomeDate;
    }

    /** Global fraud rate with a Laplace prior, so an empty history says 1/2, not 0/0. */
    double fraudRate() {
        return (frauds + 1.0) / (declarations + 2.0);
    }

    double criticalRate() {
        return (criticals + 1.0) / (declarations + 2.0);
    }

    /** The interned field ids of a declaration, for {@link #tally}. */
    int[] ids(Declaration declaration) {
        return vocabulary.lookup(declaration);
    }

    /** The tally of the declaration's profile, null when the profile has no outcome yet. */
    Tally tally(Profile profile, int[] ids) {
        long code = profile.code(ids);
        return code == Profile.NO_KEY ? null : tallies[profile.ordinal()].get(code);
    }

    /** Refuses to serve a declaration whose date does not come strictly after every outcome held. */
    void requireStrictlyBefore(Declaration declaration) {
        if (latestOutcomeDate != null && !latestOutcomeDate.isBefore(declaration.date())) {
            throw new IllegalStateException("compliance history holds outcomes up to " + latestOutcomeDate
                    + ", not strictly before declaration " + declaration.id() + " of " + declaration.date()
                    + ": its features would leak outcomes that were not known at clearance");
        }
    }

    /** Counts of one profile key. Mutable, confined to its history. */
    static final class Tally {
        int count;
        int frauds;
        int criticals;
        double unitValueSum;
        double unitValueSquares;

        void add(boolean fraud, boolean critical, double unitValue) {
            count++;
            frauds += fraud ? 1 : 0;
            criticals += critical ? 1 : 0;
            unitValueSum += unitValue;
            unitValueSquares += unitValue * unitValue;
        }
    }
}
