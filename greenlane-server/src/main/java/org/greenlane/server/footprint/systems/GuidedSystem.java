package org.greenlane.server.footprint.systems;

import io.swagger.v3.oas.annotations.media.Schema;
import org.greenlane.core.footprint.Exchange;
import org.greenlane.core.footprint.LifeCycleStage;
import org.greenlane.core.footprint.Process;
import org.greenlane.core.footprint.factors.BuiltInFactors;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.factors.RegionHierarchy;
import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.core.footprint.quality.Uncertainty;
import org.greenlane.core.footprint.transport.TransportFuel;
import org.greenlane.core.footprint.transport.TransportLeg;
import org.greenlane.core.footprint.transport.TransportMode;
import org.greenlane.core.footprint.units.Dimension;
import org.greenlane.core.footprint.units.Quantity;
import org.greenlane.core.footprint.units.Units;
import org.greenlane.server.platform.api.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The guided form a small exporter fills in without LCA training (decision 018): where the product is made, how
 * much the figures are for, and what goes in: materials (with the supplier's declared footprint or a library
 * factor), energy, direct emissions, transport legs and waste. {@link #processes} turns it into the engine's
 * process model: one production process at the site, one process per material, transport leg and waste stream.
 */
@Schema(description = "Bill of materials, energy and transport of one product, as the guided form collects them")
public record GuidedSystem(String site, QuantityDto produced, Boolean primaryData, QualityDto quality,
                           List<Material> materials, List<Energy> energy, List<DirectEmission> emissions,
                           List<Transport> transport, List<Waste> waste) {

    public static final String PRODUCTION = "production";
    /** Supplier-specific data without a stated rating: specific but not measured by the reporting company. */
    static final DataQualityRating SUPPLIER_DEFAULT = new DataQualityRating(2, 2, 2);
    /** Data measured at the organisation's own site in the reference period. */
    static final DataQualityRating SITE_DEFAULT = new DataQualityRating(1, 1, 1);
    static final int MAX_LINES = 500;

    public GuidedSystem {
        materials = materials == null ? List.of() : List.copyOf(materials);
        energy = energy == null ? List.of() : List.copyOf(energy);
        emissions = emissions == null ? List.of() : List.copyOf(emissions);
        transport = transport == null ? List.of() : List.copyOf(transport);
        waste = waste == null ? List.of() : List.copyOf(waste);
    }

    /**
     * A material or component bought in: either {@code supplierKgCo2ePerUnit} (the supplier's declared footprint,
     * cradle to its gate) or a library {@code activity} (with optional {@code region}).
     */
    public record Material(String name, Double amount, String unit, String supplier, Double supplierKgCo2ePerUnit,
                           String activity, String region, QualityDto quality, UncertaintyDto uncertainty) {
    }

    /** Electricity (kind ELECTRICITY: the grid of {@code region} or the site) or a fuel (kind FUEL: an activity). */
    public record Energy(String kind, String activity, Double amount, String unit, String region,
                         UncertaintyDto uncertainty) {
    }

    /** A greenhouse gas released at the site itself, e.g. process CO2 from a mass balance. */
    public record DirectEmission(String gas, Double amount, String unit, UncertaintyDto uncertainty) {
    }

    /** A freight leg: INBOUND (materials to the site) or OUTBOUND (product to the customer). */
    public record Transport(String name, String leg, String mode, String fuel, Double massTonnes,
                            Double distanceKm, String region) {
    }

    /** Waste from production (or END_OF_LIFE of the product) sent to a treatment in the factor library. */
    public record Waste(String name, Double amount, String unit, String activity, String region, String stage) {
    }

    /** The engine's processes: "production" first (the reference process), then one per line. */
    List<Process> processes(String productFlow) {
        String siteCode = region(site, "guided.site", true);
        QuantityDto producedDto = produced == null ? new QuantityDto(null, null) : produced;
        Quantity output = producedDto.toEngine("guided.produced", true);
        lines("materials", materials.size());
        lines("energy", energy.size());
        lines("emissions", emissions.size());
        lines("transport", transport.size());
        lines("waste", waste.size());
        List<Exchange> site = new ArrayList<>();
        site.add(new Exchange.Technosphere(productFlow, productFlow, org.greenlane.core.footprint.FlowType.PRODUCT,
                true, output, null, null, null));
        List<Process> others = new ArrayList<>();
        for (int i = 0; i < materials.size(); i++) {
            material(i, materials.get(i), site, others);
        }
        for (int i = 0; i < energy.size(); i++) {
            site.add(energy(i, energy.get(i)));
        }
        for (int i = 0; i < emissions.size(); i++) {
            site.add(emission(i, emissions.get(i)));
        }
        for (int i = 0; i < transport.size(); i++) {
            transport(i, transport.get(i), site, others);
        }
        for (int i = 0; i < waste.size(); i++) {
            waste(i, waste.get(i), site, others);
        }
        DataQualityRating rating = quality == null ? SITE_DEFAULT : quality.toEngine("guided.quality");
        List<Process> all = new ArrayList<>();
        all.add(new Process(PRODUCTION, "Production of " + productFlow, LifeCycleStage.PRODUCTION, siteCode, null,
                primaryData == null || primaryData, rating, null, site));
        all.addAll(others);
        return all;
    }

    private void material(int i, Material m, List<Exchange> site, List<Process> others) {
        String field = "guided.materials[" + i + "]";
        if (m == null) {
            throw new InvalidInput(field, "must not be null");
        }
        String name = ExchangeDto.text(m.name(), field + ".name");
        Quantity amount = new QuantityDto(m.amount(), m.unit()).toEngine(field, false);
        String flow = "material " + (i + 1) + ": " + name;
        Uncertainty u = m.uncertainty() == null ? null : m.uncertainty().toEngine(field + ".uncertainty");
        site.add(new Exchange.Technosphere(flow, flow, org.greenlane.core.footprint.FlowType.PRODUCT, false, amount,
                null, null, u));
        Quantity one = new Quantity(1, amount.unit());
        List<Exchange> exchanges = new ArrayList<>();
        exchanges.add(new Exchange.Technosphere(flow, flow, org.greenlane.core.footprint.FlowType.PRODUCT, true, one,
                null, null, null));
        boolean supplierData = m.supplierKgCo2ePerUnit() != null;
        boolean libraryData = m.activity() != null && !m.activity().isBlank();
        if (supplierData == libraryData) {
            throw new InvalidInput(field + ".supplierKgCo2ePerUnit",
                    "give either the supplier's declared footprint per unit or a factor from the library, not "
                            + (supplierData ? "both" : "neither"));
        }
        String region = region(m.region(), field + ".region", false);
        DataQualityRating rating = null;
        if (supplierData) {
            double kg = QuantityDto.amount(m.supplierKgCo2ePerUnit(), field + ".supplierKgCo2ePerUnit", false);
            exchanges.add(new Exchange.Emission("supplier-declared footprint", "CO2e, supplier-declared",
                    GreenhouseGas.CO2E, new Quantity(kg, Units.KG), null));
            rating = m.quality() == null ? SUPPLIER_DEFAULT : m.quality().toEngine(field + ".quality");
        } else {
            exchanges.add(new Exchange.Background(m.activity().strip(), m.activity().strip(), region, one, null));
        }
        others.add(new Process("material-" + (i + 1), name, LifeCycleStage.RAW_MATERIAL_ACQUISITION,
                region == null ? region(site(), "guided.site", true) : region, ExchangeDto.blankToNull(m.supplier()),
                supplierData, rating, null, exchanges));
    }

    private Exchange energy(int i, Energy e) {
        String field = "guided.energy[" + i + "]";
        if (e == null) {
            throw new InvalidInput(field, "must not be null");
        }
        String kind = e.kind() == null ? "" : e.kind().strip().toUpperCase(Locale.ROOT);
        Quantity amount = new QuantityDto(e.amount(), e.unit()).toEngine(field, false);
        Uncertainty u = e.uncertainty() == null ? null : e.uncertainty().toEngine(field + ".uncertainty");
        String region = region(e.region(), field + ".region", false);
        if (kind.equals("ELECTRICITY")) {
            if (amount.dimension() != Dimension.ENERGY) {
                throw new InvalidInput(field + ".unit", "electricity is an amount of energy, e.g. kWh or MWh");
            }
            return new Exchange.Background("energy " + (i + 1) + ": grid electricity", BuiltInFactors.GRID_ELECTRICITY,
                    region, amount, u);
        }
        if (kind.equals("FUEL")) {
            String activity = ExchangeDto.text(e.activity(), field + ".activity");
            return new Exchange.Background("energy " + (i + 1) + ": " + activity, activity, region, amount, u);
        }
        throw new InvalidInput(field + ".kind", "must be ELECTRICITY or FUEL");
    }

    private Exchange emission(int i, DirectEmission e) {
        String field = "guided.emissions[" + i + "]";
        if (e == null) {
            throw new InvalidInput(field, "must not be null");
        }
        GreenhouseGas gas = Enums.of(GreenhouseGas.class, e.gas() == null ? "" : e.gas(), field + ".gas");
        Quantity amount = new QuantityDto(e.amount(), e.unit()).toEngine(field, false);
        if (amount.dimension() != Dimension.MASS) {
            throw new InvalidInput(field + ".unit", "an emission is a mass, e.g. kg or t");
        }
        Uncertainty u = e.uncertainty() == null ? null : e.uncertainty().toEngine(field + ".uncertainty");
        return new Exchange.Emission("emission " + (i + 1) + ": " + gas.label(), gas.name(), gas, amount, u);
    }

    private void transport(int i, Transport t, List<Exchange> site, List<Process> others) {
        String field = "guided.transport[" + i + "]";
        if (t == null) {
            throw new InvalidInput(field, "must not be null");
        }
        TransportMode mode = Enums.of(TransportMode.class, t.mode() == null ? "" : t.mode(), field + ".mode");
        TransportFuel fuel = t.fuel() == null || t.fuel().isBlank() ? defaultFuel(mode)
                : Enums.of(TransportFuel.class, t.fuel(), field + ".fuel");
        double mass = QuantityDto.amount(t.massTonnes(), field + ".massTonnes", false);
        double distance = QuantityDto.amount(t.distanceKm(), field + ".distanceKm", false);
        String leg = t.leg() == null || t.leg().isBlank() ? "OUTBOUND" : t.leg().strip().toUpperCase(Locale.ROOT);
        LifeCycleStage stage = switch (leg) {
            case "INBOUND" -> LifeCycleStage.RAW_MATERIAL_ACQUISITION;
            case "OUTBOUND" -> LifeCycleStage.DISTRIBUTION;
            default -> throw new InvalidInput(field + ".leg", "must be INBOUND or OUTBOUND");
        };
        String name = t.name() == null || t.name().isBlank()
                ? mode.name().toLowerCase(Locale.ROOT) + " freight" : t.name().strip();
        TransportLeg engineLeg = new TransportLeg(name, mode, fuel, new Quantity(mass, Units.TONNE),
                new Quantity(distance, Units.KM));
        String flow = "transport " + (i + 1) + ": " + name;
        site.add(new Exchange.Technosphere(flow, flow, org.greenlane.core.footprint.FlowType.PRODUCT, false,
                new Quantity(engineLeg.tonneKilometres(), Units.TKM), null, null, null));
        String region = region(t.region(), field + ".region", false);
        others.add(new Process("transport-" + (i + 1), name, stage, region == null ? RegionHierarchy.GLOBAL : region,
                null, false, null, null, List.of(
                new Exchange.Technosphere(flow, flow, org.greenlane.core.footprint.FlowType.PRODUCT, true,
                        new Quantity(1, Units.TKM), null, null, null),
                new Exchange.Background(engineLeg.activity(), engineLeg.activity(), null, new Quantity(1, Units.TKM),
                        null))));
    }

    /** The fuel behind a mode's published average intensity. */
    static TransportFuel defaultFuel(TransportMode mode) {
        return switch (mode) {
            case ROAD -> TransportFuel.DIESEL;
            case RAIL -> TransportFuel.AVERAGE_MIX;
            default -> TransportFuel.CONVENTIONAL;
        };
    }

    private void waste(int i, Waste w, List<Exchange> site, List<Process> others) {
        String field = "guided.waste[" + i + "]";
        if (w == null) {
            throw new InvalidInput(field, "must not be null");
        }
        String name = ExchangeDto.text(w.name(), field + ".name");
        Quantity amount = new QuantityDto(w.amount(), w.unit()).toEngine(field, false);
        String activity = ExchangeDto.text(w.activity(), field + ".activity");
        LifeCycleStage stage = w.stage() == null || w.stage().isBlank() ? LifeCycleStage.PRODUCTION
                : Enums.of(LifeCycleStage.class, w.stage(), field + ".stage");
        String flow = "waste " + (i + 1) + ": " + name;
        site.add(new Exchange.Technosphere(flow, flow, org.greenlane.core.footprint.FlowType.WASTE, true, amount,
                null, null, null));
        String region = region(w.region(), field + ".region", false);
        Quantity one = new Quantity(1, amount.unit());
        others.add(new Process("waste-" + (i + 1), "Treatment of " + name, stage,
                region == null ? region(site(), "guided.site", true) : region, null, false, null, null, List.of(
                new Exchange.Technosphere(flow, flow, org.greenlane.core.footprint.FlowType.WASTE, false, one, null,
                        null, null),
                new Exchange.Background(activity, activity, null, one, null))));
    }

    private static void lines(String section, int count) {
        if (count > MAX_LINES) {
            throw new InvalidInput("guided." + section, "at most " + MAX_LINES + " lines");
        }
    }

    private static String region(String code, String field, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                throw new InvalidInput(field, "is required: a region code such as CN, CN-ZJ or DE");
            }
            return null;
        }
        try {
            Regions.STANDARD.fallbackChain(code);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(field, unknown.getMessage() + "; use an ISO 3166 country (CN) or subdivision "
                    + "(CN-ZJ), a China grid (CN-E) or GLOBAL");
        }
        return RegionHierarchy.normalise(code);
    }
}
