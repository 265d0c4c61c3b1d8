package org.greenlane.core.footprint.electricity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which MWh of which certificate have been claimed, so that no MWh is ever counted twice. Immutable: a claim
 * returns a new ledger that the caller persists. Claims draw power purchase agreements first, then certificates,
 * oldest vintage first, then by id, so the outcome is deterministic.
 */
public final class CertificateLedger {

    private static final double EPSILON_MWH = 1e-9;

    private final Map<String, Certificate> certificates;
    private final List<CertificateAllocation> allocations;

    public CertificateLedger(List<Certificate> certificates, List<CertificateAllocation> allocations) {
        Map<String, Certificate> byId = new LinkedHashMap<>();
        for (Certificate c : certificates) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("certificate " + c.id() + " listed twice");
            }
        }
        this.certificates = byId;
        this.allocations = List.copyOf(allocations);
        Map<String, Double> used = new HashMap<>();
        for (CertificateAllocation a : this.allocations) {
            Certificate c = byId.get(a.certificateId());
            if (c == null) {
                throw new IllegalArgumentException("allocation to unknown certificate " + a.certificateId());
            }
            if (!(a.mwh() > 0)) {
                throw new IllegalArgumentException("allocation of certificate " + a.certificateId() + " to "
                        + a.claim() + " must be positive, was " + a.mwh());
            }
            double total = used.merge(a.certificateId(), a.mwh(), Double::sum);
            if (total > c.mwh() + EPSILON_MWH) {
                throw new IllegalArgumentException("certificate " + c.id() + " over-allocated: " + total + " of "
                        + c.mwh() + " MWh");
            }
        }
    }

    public static CertificateLedger of(List<Certificate> certificates) {
        return new CertificateLedger(certificates, List.of());
    }

    public List<CertificateAllocation> allocations() {
        return allocations;
    }

    public List<Certificate> certificates() {
        return List.copyOf(certificates.values());
    }

    public double remainingMWh(String certificateId) {
        Certificate c = certificates.get(certificateId);
        if (c == null) {
            throw new IllegalArgumentException("unknown certificate " + certificateId);
        }
        double used = 0;
        for (CertificateAllocation a : allocations) {
            if (a.certificateId().equals(certificateId)) {
                used += a.mwh();
            }
        }
        return Math.max(0, c.mwh() - used);
    }

    public boolean hasClaim(String claim) {
        return allocations.stream().anyMatch(a -> a.claim().equals(claim));
    }

    /**
     * Covers up to {@code mwh} of consumption in {@code market} for {@code claim}.
     *
     * @throws IllegalArgumentException if the claim already exists (a claim is made once) or mwh is negative
     */
    public Claim claim(String claim, String market, double mwh) {
        Objects.requireNonNull(claim, "claim");
        if (!(mwh >= 0) || !Double.isFinite(mwh)) {
            throw new IllegalArgumentException("claim " + claim + ": MWh must not be negative, was " + mwh);
        }
        if (hasClaim(claim)) {
            throw new IllegalArgumentException("claim " + claim + " already holds certificates; release it first");
        }
        return claimAll(claim, Map.of(market, mwh));
    }

    /** Covers consumption in several markets under one claim. */
    public Claim claimAll(String claim, Map<String, Double> mwhByMarket) {
        if (hasClaim(claim)) {
            throw new IllegalArgumentException("claim " + claim + " already holds certificates; release it first");
        }
        List<Certificate> order = new ArrayList<>(certificates.values());
        order.sort(Comparator.comparing((Certificate c) -> c.type() != InstrumentType.POWER_PURCHASE_AGREEMENT)
                .thenComparingInt(Certificate::vintage)
                .thenComparing(Certificate::id));
        List<CertificateAllocation> added = new ArrayList<>();
        Map<String, Double> uncovered = new LinkedHashMap<>();
        Map<String, Double> remaining = new HashMap<>();
        for (Certificate c : order) {
            remaining.put(c.id(), remainingMWh(c.id()));
        }
        for (Map.Entry<String, Double> need : mwhByMarket.entrySet()) {
            String market = need.getKey().trim().toUpperCase(java.util.Locale.ROOT);
            double open = need.getValue();
            for (Certificate c : order) {
                if (open <= EPSILON_MWH) {
                    break;
                }
                if (!c.market().equals(market)) {
                    continue;
                }
                double take = Math.min(open, remaining.get(c.id()));
                if (take > EPSILON_MWH) {
                    added.add(new CertificateAllocation(c.id(), claim, take));
                    remaining.put(c.id(), remaining.get(c.id()) - take);
                    open -= take;
                }
            }
            uncovered.put(market, Math.max(0, open));
        }
        List<CertificateAllocation> all = new ArrayList<>(allocations);
        all.addAll(added);
        return new Claim(new CertificateLedger(List.copyOf(certificates.values()), all), added, uncovered);
    }

    /** The ledger without any allocation of the claim, e.g. before recalculating the same footprint. */
    public CertificateLedger release(String claim) {
        List<CertificateAllocation> kept = new ArrayList<>();
        for (CertificateAllocation a : allocations) {
            if (!a.claim().equals(claim)) {
                kept.add(a);
            }
        }
        return new CertificateLedger(List.copyOf(certificates.values()), kept);
    }

    Certificate certificate(String id) {
        return certificates.get(id);
    }

    /** The outcome of a claim: the ledger to persist, what was allocated, and the MWh left uncovered per market. */
    public record Claim(CertificateLedger ledger, List<CertificateAllocation> allocations,
                        Map<String, Double> uncoveredMWh) {

        public Claim {
            allocations = List.copyOf(allocations);
            uncoveredMWh = Map.copyOf(uncoveredMWh);
        }

        /** kg CO2e of the covered MWh at each certificate's own emission rate. */
        public double coveredKgCo2e() {
            double sum = 0;
            for (CertificateAllocation a : allocations) {
                sum += a.mwh() * ledger.certificate(a.certificateId()).kgCo2ePerMWh();
            }
            return sum;
        }
    }
}
