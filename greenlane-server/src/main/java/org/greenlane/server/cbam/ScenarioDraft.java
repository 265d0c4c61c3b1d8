package org.greenlane.server.cbam;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.Map;

/** A certificate price path an organisation assumes for projections: one price (EUR per certificate) per year 2026–2034. */
public record ScenarioDraft(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 1000) String assumption,
                            @NotNull Map<Integer, BigDecimal> eurPerTonneByYear) {
}
