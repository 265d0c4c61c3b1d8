package org.greenlane.bench;

import org.greenlane.core.footprint.CalculationSetup;
import org.greenlane.core.footprint.FootprintCalculation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's generator: deterministic, of the intended density, and a system the engine can solve. */
class SupplyChainGeneratorTest {

    @Test
    void sameSeedSameSystemAndSolvable() {
        SupplyChainGenerator.Generated one = SupplyChainGenerator.generate(2_000, 6.5, 4_000, false, 2_000);
        SupplyChainGenerator.Generated two = SupplyChainGenerator.generate(2_000, 6.5, 4_000, false, 2_000);

        assertThat(one.aValue()).containsExactly(two.aValue());
        // About 9.4 entries per column including the diagonal, as 150,000 for 16,000 processes.
        assertThat(one.technosphereEntries()).isBetween(16_000, 22_000);
        double total = FootprintCalculation.calculate(one.system(), CalculationSetup.defaults()).result().totalKgCo2e();
        assertThat(total).isPositive().isFinite();
    }
}
