package org.greenlane.core.footprint;

import org.greenlane.core.footprint.electricity.CertificateLedger;
import org.greenlane.core.footprint.factors.FactorLibrary;
import org.greenlane.core.footprint.factors.GwpSet;

import java.util.Objects;

/**
 * How to calculate: GWP set (AR6 by default), default allocation for multi-output processes, the factor library,
 * and for market-based electricity the organisation's certificate ledger and the claim id this footprint's
 * certificates are booked under (null ledger: no instruments held).
 */
public record CalculationSetup(GwpSet gwpSet, AllocationMethod allocation, FactorLibrary library,
                               CertificateLedger ledger, String claim) {

    public CalculationSetup {
        Objects.requireNonNull(gwpSet, "gwpSet");
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(library, "library");
        if (ledger != null && (claim == null || claim.isBlank())) {
            throw new IllegalArgumentException("a certificate ledger needs the claim id to book allocations under");
        }
    }

    public static CalculationSetup defaults() {
        return new CalculationSetup(GwpSet.AR6, AllocationMethod.PHYSICAL, FactorLibrary.builtIn(), null, null);
    }

    public CalculationSetup with(GwpSet set) {
        return new CalculationSetup(set, allocation, library, ledger, claim);
    }

    public CalculationSetup with(AllocationMethod method) {
        return new CalculationSetup(gwpSet, method, library, ledger, claim);
    }

    public CalculationSetup with(FactorLibrary factors) {
        return new CalculationSetup(gwpSet, allocation, factors, ledger, claim);
    }

    public CalculationSetup withCertificates(CertificateLedger certificates, String claimId) {
        return new CalculationSetup(gwpSet, allocation, library, certificates, claimId);
    }
}
