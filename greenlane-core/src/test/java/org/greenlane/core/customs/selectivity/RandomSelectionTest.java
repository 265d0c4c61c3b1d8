package org.greenlane.core.customs.selectivity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RandomSelectionTest {

    private static final RandomSelection SELECTION =
            new RandomSelection("office-30-selectivity-key-2025".getBytes(StandardCharsets.UTF_8));

    @Test
    void theDrawIsReproducibleAndKeyed() {
        assertThat(SELECTION.draw("97061800")).isEqualTo(SELECTION.draw("97061800")).isBetween(0.0, 1.0);
        RandomSelection otherKey = new RandomSelection("another-administration-key".getBytes(StandardCharsets.UTF_8));
        long differing = IntStream.range(0, 1000).mapToObj(i -> "D" + i)
                .filter(id -> SELECTION.selects(id, 0.5) != otherKey.selects(id, 0.5)).count();
        // Independent keys disagree on about half of the ids at rate 1/2 (mean 500, sd about 16).
        assertThat(differing).isBetween(400L, 600L);
    }

    @Test
    void theSelectionRateMatchesTheConfiguredRate() {
        int n = 200_000;
        long selected = IntStream.range(0, n).filter(i -> SELECTION.selects("DECL-" + i, 0.01)).count();
        // Binomial(200000, 0.01): mean 2000, sd sqrt(200000 × 0.01 × 0.99) ≈ 44.5; allow 5 sd.
        assertThat(selected).isBetween(2000L - 223, 2000L + 223);
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new RandomSelection(new byte[8])).hasMessageContaining("at least 16 bytes, was 8 bytes");
    }
}
