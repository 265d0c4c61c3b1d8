package org.greenlane.server.footprint.results;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A what-if variant of a product system: a name and the changes to apply. Change types:
 * <ul>
 *   <li>{@code TRANSPORT_MODE_SHIFT}: every freight leg of {@code fromMode} moves to {@code toMode} (fuel
 *   {@code toFuel}, or the mode's average);</li>
 *   <li>{@code FUEL_SWITCH}: every use of activity {@code fromActivity} uses {@code toActivity} instead (e.g.
 *   {@code fuel.combustion.diesel} to {@code fuel.combustion.natural-gas}, or a ship's fuel);</li>
 *   <li>{@code ELECTRICITY_REGION}: grid electricity comes from the grid of {@code region};</li>
 *   <li>{@code GREEN_ELECTRICITY}: {@code share} (0 to 1) of the electricity the organisation buys for its own
 *   sites is covered by a power purchase agreement at {@code kgCo2ePerMWh} (default 0), which changes the
 *   market-based total;</li>
 *   <li>{@code SCALE}: amounts of activity or flow {@code target} are multiplied by {@code factor}.</li>
 * </ul>
 */
@Schema(description = "A what-if scenario: a name and changes to the product system")
public record ScenarioDto(String name, List<Change> changes) {

    public ScenarioDto {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public record Change(String type, String fromMode, String toMode, String toFuel, String fromActivity,
                         String toActivity, String region, Double share, Double kgCo2ePerMWh, String target,
                         Double factor) {
    }
}
