package org.greenlane.core.customs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A deterministic synthetic world of inspected declarations, for demonstrations and tests that
 * must run without the shared datasets. Non-compliance follows hidden rules a risk engine should
 * rediscover: some commodities from some origins (route risk), a few careless or fraudulent
 * traders and declarants, undervalued goods, and waste streams. The same seed gives the same rows.
 */
public final class SyntheticDeclarations {

    /** A commodity: HS 2022 subheading, typical value per kg, typical mass and base log-odds of a finding. */
    private record Commodity(String hs, double valuePerKg, double massKg, double risk, double dutyRate) {
    }

    private static final List<Commodity> COMMODITIES = List.of(
            new Commodity("720839", 0.7, 24_000, -2.2, 0), // flat-rolled iron, hot-rolled coil
            new Commodity("721391", 0.7, 20_000, -2.2, 0), // wire rod
            new Commodity("731815", 2.5, 3_000, -1.8, 8), // screws and bolts
            new Commodity("760429", 3.5, 5_000, -1.9, 8), // aluminium alloy profiles
            new Commodity("854143", 25, 1_200, -1.6, 0), // photovoltaic modules
            new Commodity("720449", 0.35, 25_000, -1.0, 0), // ferrous waste and scrap
            new Commodity("470790", 0.2, 20_000, -1.2, 0), // recovered paper
            new Commodity("391590", 0.4, 15_000, -0.8, 6.5), // plastic waste
            new Commodity("854911", 1.2, 8_000, -0.6, 0), // waste of lead-acid accumulators
            new Commodity("610910", 12, 800, -1.3, 13), // cotton T-shirts
            new Commodity("621142", 15, 600, -1.2, 13), // women's cotton garments
            new Commodity("640399", 30, 500, -1.4, 13), // leather footwear
            new Commodity("847130", 300, 400, -1.7, 0), // portable computers
            new Commodity("940360", 4, 2_500, -2.0, 0), // wooden furniture
            new Commodity("392690", 6, 1_500, -1.9, 6.5), // other plastic articles
            new Commodity("020230", 7, 18_000, -1.5, 12), // frozen boneless beef
            new Commodity("080610", 3, 12_000, -1.8, 13), // fresh grapes
            new Commodity("870323", 12, 1_400, -1.6, 15), // passenger cars 1.5-3 l
            new Commodity("300490", 90, 300, -2.0, 0), // medicaments
            new Commodity("401110", 3, 6_000, -1.7, 10)); // new car tyres

    private static final List<String> ORIGINS = List.of("CN", "VN", "KR", "JP", "DE", "US", "MY", "TH", "IN", "TR",
            "AU", "BR");
    /** Hidden route risk: HS subheading and origin pairs that carry extra non-compliance. */
    private static final List<String> RISKY_ROUTES = List.of("391590|MY", "854911|VN", "610910|TH", "640399|VN",
            "020230|BR", "854143|MY", "847130|TR", "720449|IN", "621142|IN", "401110|TH");
    private static final int TRADERS = 80;
    private static final int DECLARANTS = 25;

    private SyntheticDeclarations() {
    }

    /** {@code perDay} declarations a day for {@code days} days from {@code from}, at offices O1, O2 and O3. */
    public static List<InspectedDeclaration> generate(long seed, LocalDate from, int days, int perDay) {
        return generate(seed, from, days, perDay, List.of("O1", "O2", "O3"), "SYN");
    }

    /**
     * {@code perDay} declarations a day for {@code days} days from {@code from}, spread over
     * {@code offices}; ids are {@code idPrefix} followed by a sequence number.
     */
    public static List<InspectedDeclaration> generate(long seed, LocalDate from, int days, int perDay,
                                                      List<String> offices, String idPrefix) {
        if (days < 1 || perDay < 1 || offices.isEmpty()) {
            throw new IllegalArgumentException("synthetic declarations need days >= 1, perDay >= 1 and an office, were "
                    + days + ", " + perDay + ", " + offices);
        }
        Random random = new Random(seed);
        double[] traderRisk = new double[TRADERS];
        for (int t = 0; t < TRADERS; t++) {
            // Most traders are compliant; one in eight is careless, one in twenty defrauds.
            traderRisk[t] = t % 20 == 7 ? 2.2 : t % 8 == 3 ? 1.0 : -0.6 + 0.3 * random.nextGaussian();
        }
        double[] declarantRisk = new double[DECLARANTS];
        for (int d = 0; d < DECLARANTS; d++) {
            declarantRisk[d] = d % 9 == 4 ? 0.9 : -0.2;
        }
        List<InspectedDeclaration> rows = new ArrayList<>(days * perDay);
        int sequence = 0;
        for (int day = 0; day < days; day++) {
            LocalDate date = from.plusDays(day);
            for (int k = 0; k < perDay; k++) {
                Commodity commodity = COMMODITIES.get(random.nextInt(COMMODITIES.size()));
                String origin = ORIGINS.get(Math.min(ORIGINS.size() - 1, (int) Math.abs(random.nextGaussian() * 4)));
                String departure = random.nextInt(6) == 0 ? ORIGINS.get(random.nextInt(ORIGINS.size())) : origin;
                int trader = random.nextInt(TRADERS);
                int declarant = (trader * 7 + random.nextInt(3)) % DECLARANTS;
                double mass = Math.round(commodity.massKg() * Math.exp(0.6 * random.nextGaussian()));
                boolean undervalued = random.nextInt(12) == 0;
                double unitValue = commodity.valuePerKg() * Math.exp(0.25 * random.nextGaussian()) * (undervalued ? 0.35 : 1);
                double logit = commodity.risk() + traderRisk[trader] + declarantRisk[declarant]
                        + (RISKY_ROUTES.contains(commodity.hs() + "|" + origin) ? 2.0 : 0)
                        + (departure.equals(origin) ? 0 : 0.5) + (undervalued ? 1.8 : 0);
                boolean fraud = random.nextDouble() < 1 / (1 + Math.exp(-logit));
                boolean critical = fraud && random.nextDouble() < (undervalued ? 0.3 : 0.05);
                Optional<EmissionClaim> claim = commodity.hs().startsWith("72") || commodity.hs().startsWith("76")
                        ? emissionClaim(random, commodity) : Optional.empty();
                Declaration declaration = new Declaration(idPrefix + String.format("%07d", ++sequence), date,
                        offices.get(random.nextInt(offices.size())), random.nextInt(5) == 0 ? "A" : "B",
                        random.nextInt(4) == 0 ? "21" : "11", "21", random.nextInt(3) == 0 ? "13" : "11",
                        random.nextInt(8) == 0 ? "40" : "10", String.format("DCL%03d", declarant),
                        String.format("TRD%03d", trader), random.nextInt(10) == 0 ? "" : String.format("SLR%03d", random.nextInt(120)),
                        "", commodity.hs(), departure, origin, commodity.dutyRate(), commodity.dutyRate() > 0 ? "A" : "C",
                        departure.equals(origin) ? "Y" : "E", mass, Math.round(mass * unitValue), claim);
                rows.add(new InspectedDeclaration(declaration, new InspectionResult(fraud, critical)));
            }
        }
        return rows;
    }

    /** CBAM goods carry a declared intensity about half the time, verified a third of those times. */
    private static Optional<EmissionClaim> emissionClaim(Random random, Commodity commodity) {
        if (random.nextBoolean()) {
            return Optional.empty();
        }
        double typical = commodity.hs().startsWith("72") ? 2.1 : 8.5;
        return Optional.of(new EmissionClaim(Math.round(typical * Math.exp(0.3 * random.nextGaussian()) * 100) / 100.0,
                random.nextInt(3) == 0));
    }
}
