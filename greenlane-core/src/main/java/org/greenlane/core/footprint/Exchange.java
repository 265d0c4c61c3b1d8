package org.greenlane.core.footprint;

import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.quality.Uncertainty;
import org.greenlane.core.footprint.units.Quantity;

import java.util.Objects;

/** An input or output of a process. Amounts are never negative: the direction carries the sign. */
public sealed interface Exchange {

    /** A label unique within the process, used in every error and report line about the exchange. */
    String label();

    Quantity amount();

    /** Distribution of the amount in its own unit, or null. */
    Uncertainty uncertainty();

    /**
     * A technosphere flow: a product or waste going in or out.
     *
     * @param provider       id of the process that provides the flow, or null to let the system find the only one
     * @param economicValue  value per unit of an output, for economic allocation, or null
     */
    record Technosphere(String label, String flow, FlowType type, boolean output, Quantity amount, String provider,
                        Double economicValue, Uncertainty uncertainty) implements Exchange {
        public Technosphere {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(flow, "flow");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(amount, "amount");
        }

        public static Technosphere productOutput(String flow, Quantity amount) {
            return new Technosphere(flow, flow, FlowType.PRODUCT, true, amount, null, null, null);
        }

        public static Technosphere productInput(String flow, Quantity amount) {
            return new Technosphere(flow, flow, FlowType.PRODUCT, false, amount, null, null, null);
        }

        public static Technosphere wasteOutput(String flow, Quantity amount) {
            return new Technosphere(flow, flow, FlowType.WASTE, true, amount, null, null, null);
        }

        public static Technosphere wasteInput(String flow, Quantity amount) {
            return new Technosphere(flow, flow, FlowType.WASTE, false, amount, null, null, null);
        }

        public Technosphere withProvider(String providerId) {
            return new Technosphere(label, flow, type, output, amount, providerId, economicValue, uncertainty);
        }

        public Technosphere withEconomicValue(double value) {
            return new Technosphere(label, flow, type, output, amount, provider, value, uncertainty);
        }

        public Technosphere withUncertainty(Uncertainty u) {
            return new Technosphere(label, flow, type, output, amount, provider, economicValue, u);
        }

        /** True if this exchange is what the process provides to others (product out, waste in). */
        boolean provides() {
            return (type == FlowType.PRODUCT) == output;
        }
    }

    /**
     * An elementary flow released to the environment (or, for {@link GreenhouseGas#CO2_UPTAKE}, taken from it).
     *
     * @param flow identifier of the elementary flow; flows without a gas have no GWP and count zero CO2e
     * @param gas  the greenhouse gas, or null for another elementary flow
     */
    record Emission(String label, String flow, GreenhouseGas gas, Quantity amount, Uncertainty uncertainty)
            implements Exchange {
        public Emission {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(flow, "flow");
            Objects.requireNonNull(amount, "amount");
        }

        public static Emission of(GreenhouseGas gas, Quantity amount) {
            return new Emission(gas.name(), gas.name(), gas, amount, null);
        }

        public Emission withUncertainty(Uncertainty u) {
            return new Emission(label, flow, gas, amount, u);
        }
    }

    /**
     * An input taken from the factor library rather than modelled: grid electricity, freight, a material.
     *
     * @param region where the activity happens; null means the process's site
     */
    record Background(String label, String activity, String region, Quantity amount, Uncertainty uncertainty)
            implements Exchange {
        public Background {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(amount, "amount");
        }

        public static Background of(String activity, String region, Quantity amount) {
            return new Background(activity, activity, region, amount, null);
        }

        public Background withUncertainty(Uncertainty u) {
            return new Background(label, activity, region, amount, u);
        }
    }
}
