package org.greenlane.server.exchange.internal.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A PACT v3 ProductFootprint: the carbon footprint of a product as its data owner shares it. Read
 * with {@link #read(JsonNode)}, which checks the v3 data model and names every offending field;
 * {@link #toJson()} writes it back unchanged, including properties this version does not know.
 */
public record ProductFootprint(
        UUID id,
        String specVersion,
        List<UUID> precedingPfIds,
        PactTime created,
        FootprintStatus status,
        PactTime validityPeriodStart,
        PactTime validityPeriodEnd,
        String companyName,
        List<String> companyIds,
        String productDescription,
        List<String> productIds,
        List<String> productClassifications,
        String productNameCompany,
        String comment,
        CarbonFootprint pcf,
        List<DataModelExtension> extensions,
        Map<String, JsonNode> others) {

    private static final Pattern SPEC_VERSION = Pattern.compile("^\\d+\\.\\d+\\.\\d+(-\\d{8})?$");
    /** Without a validity period a footprint is valid for three years after its reference period ends. */
    private static final int DEFAULT_VALIDITY_YEARS = 3;

    /** Parses and checks a document; throws {@link InvalidPactDocument} listing every problem. */
    public static ProductFootprint parse(String json) {
        return read(PactJson.read(json, "document"));
    }

    public static ProductFootprint read(JsonNode json) {
        return read(json, "");
    }

    /** Reads a document found at {@code path} of a larger message, e.g. {@code data.pfs[0]}. */
    public static ProductFootprint read(JsonNode json, String path) {
        List<DocumentProblem> problems = new ArrayList<>();
        PactFields f = PactFields.of(json, path, problems);
        ProductFootprint footprint = new ProductFootprint(
                f.uuid("id", true),
                f.matching("specVersion", true, SPEC_VERSION, "a version such as 3.0.0"),
                f.set("precedingPfIds", false, PactFields::uuid),
                f.time("created", true),
                f.parsed("status", true, FootprintStatus::of),
                f.time("validityPeriodStart", false),
                f.time("validityPeriodEnd", false),
                f.nonEmpty("companyName", true),
                f.urns("companyIds", true),
                f.string("productDescription", true),
                f.urns("productIds", true),
                f.urns("productClassifications", false),
                f.nonEmpty("productNameCompany", true),
                f.string("comment", false),
                f.object("pcf", true, CarbonFootprint::read),
                f.objects("extensions", false, DataModelExtension::read),
                f.others());
        if (footprint.specVersion() != null && SPEC_VERSION.matcher(footprint.specVersion()).matches()
                && !footprint.specVersion().startsWith("3.")) {
            f.problem("specVersion", footprint.specVersion() + " is not a PACT v3 version (3.x.y)");
        }
        if (footprint.validityPeriodStart() != null && footprint.validityPeriodEnd() != null
                && footprint.validityPeriodEnd().instant().isBefore(footprint.validityPeriodStart().instant())) {
            f.problem("validityPeriodEnd", "must not be before validityPeriodStart");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPactDocument(problems);
        }
        return footprint;
    }

    /** Start of the validity period: the declared one, or the end of the reference period. */
    public Instant validFrom() {
        return validityPeriodStart != null ? validityPeriodStart.instant() : pcf.referencePeriodEnd().instant();
    }

    /** End of the validity period: the declared one, or three years after the reference period ends. */
    public Instant validUntil() {
        return validityPeriodEnd != null ? validityPeriodEnd.instant()
                : pcf.referencePeriodEnd().instant().atOffset(ZoneOffset.UTC).plusYears(DEFAULT_VALIDITY_YEARS).toInstant();
    }

    public ObjectNode toJson() {
        ObjectNode n = PactJson.object();
        PactJson.put(n, "id", id);
        PactJson.put(n, "specVersion", specVersion);
        PactJson.put(n, "precedingPfIds", precedingPfIds);
        PactJson.put(n, "created", created);
        PactJson.put(n, "status", status);
        PactJson.put(n, "validityPeriodStart", validityPeriodStart);
        PactJson.put(n, "validityPeriodEnd", validityPeriodEnd);
        PactJson.put(n, "companyName", companyName);
        PactJson.put(n, "companyIds", companyIds);
        PactJson.put(n, "productDescription", productDescription);
        PactJson.put(n, "productIds", productIds);
        PactJson.put(n, "productClassifications", productClassifications);
        PactJson.put(n, "productNameCompany", productNameCompany);
        PactJson.put(n, "comment", comment);
        PactJson.put(n, "pcf", pcf.toJson());
        if (extensions != null) {
            ArrayNode list = n.putArray("extensions");
            extensions.forEach(extension -> list.add(extension.toJson()));
        }
        PactJson.putAll(n, others);
        return n;
    }

    public String toJsonString() {
        return PactJson.write(toJson());
    }
}
