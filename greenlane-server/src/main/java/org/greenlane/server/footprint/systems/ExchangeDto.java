package org.greenlane.server.footprint.systems;

import io.swagger.v3.oas.annotations.media.Schema;
import org.greenlane.core.footprint.Exchange;
import org.greenlane.core.footprint.FlowType;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.factors.RegionHierarchy;
import org.greenlane.core.footprint.quality.Uncertainty;
import org.greenlane.core.footprint.units.Quantity;
import org.greenlane.server.platform.api.InvalidInput;

import java.util.Locale;

/**
 * An input or output of a process:
 * <ul>
 *   <li>{@code technosphere}: a product or waste flow between processes ({@code flow}, {@code flowType} PRODUCT or
 *   WASTE, {@code direction} INPUT or OUTPUT, optional {@code provider} process id and {@code economicValue});</li>
 *   <li>{@code emission}: an elementary flow to air ({@code gas}, e.g. CO2_FOSSIL, CH4_FOSSIL, N2O, CO2_UPTAKE, or
 *   CO2E for pre-characterised data; or a {@code flow} without gas, which counts zero CO2e);</li>
 *   <li>{@code background}: an activity from the factor library ({@code activity}, optional {@code region},
 *   else the process's site), e.g. grid electricity or freight.</li>
 * </ul>
 * Amounts are never negative; direction, waste and CO2 uptake carry the sign.
 */
@Schema(description = "An input or output of a process")
public record ExchangeDto(String type, String label, String flow, String flowType, String direction, String gas,
                          String activity, String region, Double amount, String unit, String provider,
                          Double economicValue, UncertaintyDto uncertainty) {

    public static ExchangeDto of(Exchange exchange) {
        if (exchange instanceof Exchange.Technosphere t) {
            return new ExchangeDto("technosphere", t.label(), t.flow(), t.type().name(),
                    t.output() ? "OUTPUT" : "INPUT", null, null, null, t.amount().value(), t.amount().unit().symbol(),
                    t.provider(), t.economicValue(), UncertaintyDto.of(t.uncertainty()));
        }
        if (exchange instanceof Exchange.Emission e) {
            return new ExchangeDto("emission", e.label(), e.flow(), null, null, e.gas() == null ? null : e.gas().name(),
                    null, null, e.amount().value(), e.amount().unit().symbol(), null, null,
                    UncertaintyDto.of(e.uncertainty()));
        }
        Exchange.Background b = (Exchange.Background) exchange;
        return new ExchangeDto("background", b.label(), null, null, null, null, b.activity(), b.region(),
                b.amount().value(), b.amount().unit().symbol(), null, null, UncertaintyDto.of(b.uncertainty()));
    }

    Exchange toEngine(String field) {
        String kind = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        Quantity quantity = new Quantity(QuantityDto.amount(amount, field + ".amount", false),
                QuantityDto.unit(unit, field + ".unit"));
        Uncertainty u = uncertainty == null ? null : uncertainty.toEngine(field + ".uncertainty");
        switch (kind) {
            case "technosphere" -> {
                String f = text(flow, field + ".flow");
                FlowType ft = flowType == null || flowType.isBlank() ? FlowType.PRODUCT
                        : Enums.of(FlowType.class, flowType, field + ".flowType");
                boolean output = direction(field);
                if (economicValue != null && (!Double.isFinite(economicValue) || economicValue < 0)) {
                    throw new InvalidInput(field + ".economicValue", "must not be negative");
                }
                return new Exchange.Technosphere(label(f), f, ft, output, quantity, blankToNull(provider),
                        economicValue, u);
            }
            case "emission" -> {
                GreenhouseGas g = gas == null || gas.isBlank() ? null : Enums.of(GreenhouseGas.class, gas, field + ".gas");
                String f = flow == null || flow.isBlank() ? (g == null ? null : g.name()) : flow.strip();
                if (f == null) {
                    throw new InvalidInput(field + ".gas", "an emission needs a gas or a flow name");
                }
                return new Exchange.Emission(label(f), f, g, quantity, u);
            }
            case "background" -> {
                String a = text(activity, field + ".activity");
                String r = blankToNull(region);
                if (r != null) {
                    try {
                        Regions.STANDARD.fallbackChain(r);
                    } catch (IllegalArgumentException unknown) {
                        throw new InvalidInput(field + ".region", unknown.getMessage());
                    }
                }
                return new Exchange.Background(label(a), a, r == null ? null : RegionHierarchy.normalise(r), quantity, u);
            }
            default -> throw new InvalidInput(field + ".type", "must be technosphere, emission or background");
        }
    }

    private boolean direction(String field) {
        String d = direction == null ? "" : direction.strip().toUpperCase(Locale.ROOT);
        return switch (d) {
            case "OUTPUT" -> true;
            case "INPUT" -> false;
            default -> throw new InvalidInput(field + ".direction", "must be INPUT or OUTPUT");
        };
    }

    private String label(String fallback) {
        return label == null || label.isBlank() ? fallback : label.strip();
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "is required");
        }
        if (value.length() > 300) {
            throw new InvalidInput(field, "must be at most 300 characters");
        }
        return value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
