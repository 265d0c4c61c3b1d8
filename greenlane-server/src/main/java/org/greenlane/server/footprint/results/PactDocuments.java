package org.greenlane.server.footprint.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenlane.core.footprint.units.Quantity;
import org.greenlane.core.footprint.units.Units;
import org.greenlane.server.footprint.FootprintStatus;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.PublicationRequest;
import org.greenlane.server.footprint.systems.Regions;
import org.greenlane.server.platform.api.InvalidInput;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Builds PACT v3 ProductFootprint documents (PACT Technical Specifications 3.0.3) from a stored result: decimals
 * as strings, values per declared unit, electricity market-based unless asked otherwise (decision 019).
 */
final class PactDocuments {

    static final String SPEC_VERSION = "3.0.3";
    static final List<String> REGIONS = List.of("Africa", "Americas", "Asia", "Europe", "Oceania",
            "Australia and New Zealand", "Central Asia", "Eastern Asia", "Eastern Europe",
            "Latin America and the Caribbean", "Melanesia", "Micronesia", "Northern Africa", "Northern America",
            "Northern Europe", "Polynesia", "South-eastern Asia", "Southern Asia", "Southern Europe",
            "Sub-Saharan Africa", "Western Asia", "Western Europe");
    static final List<String> DEFAULT_STANDARDS = List.of("ISO14067", "GHGP-Product", "PACT-3.0");

    private PactDocuments() {
    }

    /** A checked request with its defaults filled in. */
    static PublicationRequest checked(PublicationRequest r) {
        if (r == null) {
            throw new InvalidInput("body", "is required");
        }
        if (r.referencePeriodStart() == null) {
            throw new InvalidInput("referencePeriodStart", "is required: the start of the period the data describe");
        }
        if (r.referencePeriodEnd() == null || !r.referencePeriodEnd().isAfter(r.referencePeriodStart())) {
            throw new InvalidInput("referencePeriodEnd", "is required and must be after referencePeriodStart");
        }
        if (r.validityPeriodStart() != null && r.validityPeriodEnd() != null
                && !r.validityPeriodEnd().isAfter(r.validityPeriodStart())) {
            throw new InvalidInput("validityPeriodEnd", "must be after validityPeriodStart");
        }
        int geographies = (blank(r.geographyCountry()) ? 0 : 1) + (blank(r.geographySubdivision()) ? 0 : 1)
                + (blank(r.geographyRegion()) ? 0 : 1);
        if (geographies > 1) {
            throw new InvalidInput("geographyCountry", "give at most one of geographyCountry, geographySubdivision "
                    + "and geographyRegion (none means global)");
        }
        String country = blank(r.geographyCountry()) ? null : r.geographyCountry().strip().toUpperCase(Locale.ROOT);
        if (country != null && (!country.matches("[A-Z]{2}") || !Regions.known(country))) {
            throw new InvalidInput("geographyCountry", "must be an ISO 3166-1 alpha-2 code, e.g. CN");
        }
        String subdivision = blank(r.geographySubdivision()) ? null
                : r.geographySubdivision().strip().toUpperCase(Locale.ROOT);
        if (subdivision != null && (!subdivision.matches("[A-Z]{2}-[A-Z0-9]{1,3}") || !Regions.known(subdivision))) {
            throw new InvalidInput("geographySubdivision", "must be an ISO 3166-2 code, e.g. CN-ZJ");
        }
        String region = blank(r.geographyRegion()) ? null : r.geographyRegion().strip();
        if (region != null && !REGIONS.contains(region)) {
            throw new InvalidInput("geographyRegion", "must be a UN M49 region or sub-region as PACT lists it, e.g. "
                    + "Eastern Asia");
        }
        if (r.productMassPerDeclaredUnit() == null || !Double.isFinite(r.productMassPerDeclaredUnit())
                || r.productMassPerDeclaredUnit() < 0) {
            throw new InvalidInput("productMassPerDeclaredUnit", "is required: kg of product per declared unit");
        }
        double fossilCarbon = nonNegative(r.fossilCarbonContent(), "fossilCarbonContent");
        Double biogenicCarbon = r.biogenicCarbonContent() == null ? null
                : nonNegative(r.biogenicCarbonContent(), "biogenicCarbonContent");
        double exempted = nonNegative(r.exemptedEmissionsPercent(), "exemptedEmissionsPercent");
        if (exempted > 100) {
            throw new InvalidInput("exemptedEmissionsPercent", "must be a percentage from 0 to 100");
        }
        String method = blank(r.electricityMethod()) ? "MARKET" : r.electricityMethod().strip().toUpperCase(Locale.ROOT);
        if (!method.equals("MARKET") && !method.equals("LOCATION")) {
            throw new InvalidInput("electricityMethod", "must be MARKET or LOCATION");
        }
        List<String> standards = r.crossSectoralStandards() == null || r.crossSectoralStandards().isEmpty()
                ? DEFAULT_STANDARDS : List.copyOf(new LinkedHashSet<>(r.crossSectoralStandards().stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList()));
        if (standards.isEmpty()) {
            throw new InvalidInput("crossSectoralStandards", "must name at least one standard, e.g. ISO14067");
        }
        for (String text : new String[]{r.comment(), r.boundaryProcessesDescription(), r.exemptedEmissionsDescription()}) {
            if (text != null && text.length() > 4000) {
                throw new InvalidInput("comment", "texts must be at most 4000 characters");
            }
        }
        return new PublicationRequest(r.referencePeriodStart(), r.referencePeriodEnd(), r.validityPeriodStart(),
                r.validityPeriodEnd(), country, subdivision, region, r.productMassPerDeclaredUnit(), fossilCarbon,
                biogenicCarbon, standards, method, Boolean.TRUE.equals(r.packagingEmissionsIncluded()), exempted,
                r.exemptedEmissionsDescription(), r.boundaryProcessesDescription(), r.comment());
    }

    /** The PACT v3 ProductFootprint for a stored result, published now with the given id and predecessors. */
    static ObjectNode document(ObjectMapper json, UUID id, List<UUID> preceding, Instant created, String companyName,
                               UUID organisationId, Product product, StoredResult result, PublicationRequest r) {
        FootprintReport report = result.report();
        boolean market = r.electricityMethod().equals("MARKET");
        double electricityShift = market ? report.electricity().marketBasedKgCo2e()
                - report.electricity().locationBasedKgCo2e() : 0;
        double fossil = report.fossilKgCo2e() + electricityShift;
        double removals = report.biogenicRemovalsKgCo2e();
        double excluding = fossil + report.biogenicEmissionsKgCo2e();
        double including = excluding + removals;
        if (fossil < 0) {
            throw new InvalidInput("result", "fossil emissions of this result are negative (" + fossil
                    + " kg CO2e, credits from system expansion); PACT fossilGhgEmissions cannot be negative");
        }
        double biogenicNonCo2 = report.byFlow().stream().filter(f -> "CH4_BIOGENIC".equals(f.gas()))
                .mapToDouble(FootprintReport.FlowLine::kgCo2e).sum();

        ObjectNode doc = json.createObjectNode();
        doc.put("id", id.toString());
        doc.put("specVersion", SPEC_VERSION);
        if (!preceding.isEmpty()) {
            ArrayNode ids = doc.putArray("precedingPfIds");
            preceding.forEach(p -> ids.add(p.toString()));
        }
        doc.put("created", created.toString());
        doc.put("status", FootprintStatus.ACTIVE.pact());
        if (r.validityPeriodStart() != null) {
            doc.put("validityPeriodStart", r.validityPeriodStart().toString());
        }
        if (r.validityPeriodEnd() != null) {
            doc.put("validityPeriodEnd", r.validityPeriodEnd().toString());
        }
        doc.put("companyName", companyName);
        doc.putArray("companyIds").add("urn:uuid:" + organisationId);
        doc.put("productDescription", product.description() == null || product.description().isBlank()
                ? product.name() : product.description());
        ArrayNode productIds = doc.putArray("productIds");
        productIds(product).forEach(productIds::add);
        List<String> classifications = classifications(product);
        if (!classifications.isEmpty()) {
            ArrayNode c = doc.putArray("productClassifications");
            classifications.forEach(c::add);
        }
        doc.put("productNameCompany", product.name());
        doc.put("comment", comment(report, r, market));

        ObjectNode pcf = doc.putObject("pcf");
        DeclaredUnit unit = declaredUnit(report);
        pcf.put("declaredUnitOfMeasurement", unit.name());
        pcf.put("declaredUnitAmount", decimal(unit.amount()));
        pcf.put("productMassPerDeclaredUnit", decimal(r.productMassPerDeclaredUnit()));
        pcf.put("referencePeriodStart", r.referencePeriodStart().toString());
        pcf.put("referencePeriodEnd", r.referencePeriodEnd().toString());
        if (r.geographyCountry() != null) {
            pcf.put("geographyCountry", r.geographyCountry());
        } else if (r.geographySubdivision() != null) {
            pcf.put("geographyCountrySubdivision", r.geographySubdivision());
        } else if (r.geographyRegion() != null) {
            pcf.put("geographyRegionOrSubregion", r.geographyRegion());
        }
        if (r.boundaryProcessesDescription() != null && !r.boundaryProcessesDescription().isBlank()) {
            pcf.put("boundaryProcessesDescription", r.boundaryProcessesDescription().strip());
        } else {
            pcf.put("boundaryProcessesDescription", boundary(report));
        }
        pcf.put("pcfExcludingBiogenicUptake", decimal(excluding));
        pcf.put("pcfIncludingBiogenicUptake", decimal(including));
        pcf.put("fossilGhgEmissions", decimal(fossil));
        pcf.put("fossilCarbonContent", decimal(r.fossilCarbonContent()));
        if (r.biogenicCarbonContent() != null) {
            pcf.put("biogenicCarbonContent", decimal(r.biogenicCarbonContent()));
        }
        pcf.put("biogenicCO2Uptake", decimal(Math.min(0, removals)));
        pcf.put("biogenicNonCO2Emissions", decimal(Math.max(0, biogenicNonCo2)));
        pcf.put("packagingEmissionsIncluded", r.packagingEmissionsIncluded());
        ArrayNode ipcc = pcf.putArray("ipccCharacterizationFactors");
        characterisation(report).forEach(ipcc::add);
        ArrayNode standards = pcf.putArray("crossSectoralStandards");
        r.crossSectoralStandards().forEach(standards::add);
        pcf.put("exemptedEmissionsPercent", decimal(r.exemptedEmissionsPercent()));
        if (r.exemptedEmissionsDescription() != null && !r.exemptedEmissionsDescription().isBlank()) {
            pcf.put("exemptedEmissionsDescription", r.exemptedEmissionsDescription().strip());
        }
        pcf.put("allocationRulesDescription", allocation(report.allocation()));
        List<String[]> sources = report.factorDatasets().stream().map(d -> d.split("@", 2))
                .filter(d -> d.length == 2).toList();
        if (!sources.isEmpty()) {
            ArrayNode s = pcf.putArray("secondaryEmissionFactorSources");
            sources.forEach(d -> s.addObject().put("name", d[0]).put("version", d[1]));
        }
        pcf.put("primaryDataShare", rounded(report.primaryDataShare() * 100, 1));
        ObjectNode dqi = pcf.putObject("dqi");
        dqi.put("technologicalDQR", rounded(report.dataQuality().technological(), 2));
        dqi.put("geographicalDQR", rounded(report.dataQuality().geographical(), 2));
        dqi.put("temporalDQR", rounded(report.dataQuality().temporal(), 2));
        return doc;
    }

    static List<String> productIds(Product product) {
        List<String> ids = new java.util.ArrayList<>();
        ids.add("urn:uuid:" + product.id());
        if (product.gtin() != null) {
            ids.add("urn:gtin:" + product.gtin());
        }
        return ids;
    }

    /** The product's code as a PACT classification URN: 8 digits are a CN code, 6 an HS code, 10 a national code. */
    static List<String> classifications(Product product) {
        String code = product.hsCode();
        if (code == null) {
            return List.of();
        }
        String scheme = switch (code.length()) {
            case 6 -> "hs";
            case 8 -> "cn";
            default -> "national-tariff";
        };
        return List.of("urn:pact:productclassification:" + scheme + ":" + code);
    }

    private record DeclaredUnit(String name, double amount) {
    }

    /** The functional unit in PACT's declared units; a tonne is 1000 kilogram (PACT has no tonne). */
    private static DeclaredUnit declaredUnit(FootprintReport report) {
        Quantity fu = new Quantity(report.functionalUnit().amount(), Units.of(report.functionalUnit().unit()));
        return switch (fu.dimension()) {
            case MASS -> new DeclaredUnit("kilogram", fu.in(Units.KG));
            case ENERGY -> fu.unit().symbol().endsWith("Wh") ? new DeclaredUnit("kilowatt hour", fu.in(Units.KWH))
                    : new DeclaredUnit("megajoule", fu.in(Units.MJ));
            case VOLUME -> fu.unit().equals(Units.M3) ? new DeclaredUnit("cubic meter", fu.in(Units.M3))
                    : new DeclaredUnit("liter", fu.in(Units.LITRE));
            case AREA -> new DeclaredUnit("square meter", fu.in(Units.M2));
            case ITEMS -> new DeclaredUnit("piece", fu.in(Units.ITEM));
            case MASS_DISTANCE -> new DeclaredUnit("ton kilometer", fu.in(Units.TKM));
            case TIME -> new DeclaredUnit("hour", fu.in(Units.HOUR));
            default -> throw new InvalidInput("result", "the functional unit " + fu + " has no PACT declared unit");
        };
    }

    /** The calculation's GWP set and every other basis of pre-characterised factors it used (PACT 3.2.2). */
    private static Set<String> characterisation(FootprintReport report) {
        Set<String> sets = new LinkedHashSet<>();
        sets.add(report.gwpSet());
        report.byProcess().forEach(p -> p.traces().forEach(t -> {
            if (t.co2eBasis() != null && t.co2eBasis().matches("AR\\d+")) {
                sets.add(t.co2eBasis());
            }
        }));
        return sets;
    }

    private static String boundary(FootprintReport report) {
        StringBuilder text = new StringBuilder("Cradle to gate");
        if (report.byStage().getOrDefault("DISTRIBUTION", 0.0) != 0) {
            text.append(" and outbound transport");
        }
        text.append("; stages: ");
        List<String> stages = report.byStage().entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> e.getKey().toLowerCase(Locale.ROOT).replace('_', ' ')).toList();
        text.append(String.join(", ", stages));
        return text.toString();
    }

    private static String allocation(String method) {
        return switch (method) {
            case "ECONOMIC" -> "Economic allocation of multi-output processes (by value of co-products)";
            case "SYSTEM_EXPANSION" -> "System expansion: co-products credited with the products they displace";
            default -> "Physical allocation of multi-output processes by mass of co-products";
        };
    }

    private static String comment(FootprintReport report, PublicationRequest r, boolean market) {
        StringBuilder c = new StringBuilder();
        if (r.comment() != null && !r.comment().isBlank()) {
            c.append(r.comment().strip()).append('\n');
        }
        c.append("Calculated with ").append(report.modelVersion()).append(" (").append(report.gwpSet())
                .append(" GWP100); electricity ").append(market ? "market-based" : "location-based")
                .append(" (location-based total ").append(decimal(report.totalKgCo2e()))
                .append(" kg CO2e, market-based ").append(decimal(report.marketBasedTotalKgCo2e())).append(").");
        return c.toString();
    }

    /** A PACT decimal string: six significant digits, plain notation, no negative zero. */
    static String decimal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        BigDecimal d = new BigDecimal(value).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    static String rounded(double value, int decimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    private static double nonNegative(Double value, String field) {
        if (value == null) {
            return 0;
        }
        if (!Double.isFinite(value) || value < 0) {
            throw new InvalidInput(field, "must not be negative");
        }
        return value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
