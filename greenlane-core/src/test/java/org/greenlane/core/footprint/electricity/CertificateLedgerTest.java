package org.greenlane.core.footprint.electricity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CertificateLedgerTest {

    private static final Certificate GEC_2023 =
            new Certificate("GEC-A", InstrumentType.GREEN_ELECTRICITY_CERTIFICATE, "CN", 2023, 3, 0);
    private static final Certificate GEC_2024 =
            new Certificate("GEC-B", InstrumentType.GREEN_ELECTRICITY_CERTIFICATE, "CN", 2024, 5, 0);
    private static final Certificate PPA =
            new Certificate("PPA-1", InstrumentType.POWER_PURCHASE_AGREEMENT, "CN", 2024, 2, 10);

    @Test
    void drawsPpaFirstThenOldestCertificates() {
        // Need 6 MWh in CN: PPA 2 MWh, then GEC-A (2023) 3 MWh, then 1 of GEC-B's 5 MWh. Covered emissions:
        // 2 MWh * 10 kg/MWh = 20 kg. Nothing uncovered.
        CertificateLedger.Claim claim = CertificateLedger.of(List.of(GEC_2024, GEC_2023, PPA)).claim("pcf-1", "cn", 6);
        assertThat(claim.allocations()).extracting(CertificateAllocation::certificateId)
                .containsExactly("PPA-1", "GEC-A", "GEC-B");
        assertThat(claim.coveredKgCo2e()).isCloseTo(20, within(1e-12));
        assertThat(claim.uncoveredMWh().get("CN")).isCloseTo(0, within(1e-12));
        assertThat(claim.ledger().remainingMWh("GEC-B")).isCloseTo(4, within(1e-12));
    }

    @Test
    void neverCountsAMegawattHourTwice() {
        CertificateLedger ledger = CertificateLedger.of(List.of(GEC_2023)).claim("pcf-1", "CN", 3).ledger();
        // Everything is taken: the next claim is left uncovered (5 MWh open).
        CertificateLedger.Claim next = ledger.claim("pcf-2", "CN", 5);
        assertThat(next.allocations()).isEmpty();
        assertThat(next.uncoveredMWh().get("CN")).isEqualTo(5);
        assertThatThrownBy(() -> ledger.claim("pcf-1", "CN", 1)).hasMessageContaining("claim pcf-1 already holds");
        assertThatThrownBy(() -> new CertificateLedger(List.of(GEC_2023), List.of(
                new CertificateAllocation("GEC-A", "x", 2), new CertificateAllocation("GEC-A", "y", 2))))
                .hasMessageContaining("certificate GEC-A over-allocated: 4.0 of 3.0 MWh");
        assertThat(ledger.release("pcf-1").remainingMWh("GEC-A")).isEqualTo(3);
    }

    @Test
    void marketsDoNotMix() {
        CertificateLedger.Claim claim = CertificateLedger.of(List.of(GEC_2023)).claimAll("pcf", Map.of("VN", 2.0));
        assertThat(claim.allocations()).isEmpty();
        assertThat(claim.uncoveredMWh().get("VN")).isEqualTo(2.0);
    }
}
