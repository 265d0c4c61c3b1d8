package org.greenlane.server.exchange.internal.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The filter criteria of ListFootprints and of a RequestCreatedEvent. Several values of one
 * criterion combine with OR, different criteria with AND; text matches ignore case, so values are
 * kept lower-cased. Validity criteria compare with each footprint's validity period
 * ({@link ProductFootprint#validFrom()}, {@link ProductFootprint#validUntil()}).
 *
 * @param validOn     valid on that moment: validFrom &lt;= validOn &lt;= validUntil
 * @param validAfter  validity starts after it: validFrom &gt; validAfter
 * @param validBefore validity ends before it: validUntil &lt; validBefore
 */
public record FootprintCriteria(Set<String> productIds, Set<String> companyIds, Set<String> geographies,
                                Set<String> classifications, Instant validOn, Instant validAfter,
                                Instant validBefore, FootprintStatus status) {

    public static final FootprintCriteria ANY = new FootprintCriteria(Set.of(), Set.of(), Set.of(), Set.of(),
            null, null, null, null);

    /** Criterion names as PACT spells them; query parameters and event data use the same names. */
    public static final List<String> NAMES = List.of("productId", "companyId", "geography", "classification",
            "validOn", "validAfter", "validBefore", "status");

    private static final Set<String> SINGLE_VALUED = Set.of("validOn", "validAfter", "validBefore", "status");

    public FootprintCriteria {
        productIds = lowerCased(productIds);
        companyIds = lowerCased(companyIds);
        geographies = lowerCased(geographies);
        classifications = lowerCased(classifications);
    }

    /**
     * From query parameters whose names were matched to {@link #NAMES} ignoring case; an offending
     * value throws {@link IllegalArgumentException} naming the parameter.
     */
    public static FootprintCriteria fromParameters(Map<String, List<String>> values) {
        return new FootprintCriteria(
                texts(values, "productId", true),
                texts(values, "companyId", true),
                texts(values, "geography", false),
                texts(values, "classification", true),
                time(values, "validOn"),
                time(values, "validAfter"),
                time(values, "validBefore"),
                status(values));
    }

    /** From the {@code data} of a RequestCreatedEvent: arrays of strings (a single string is accepted too). */
    public static FootprintCriteria fromEventData(JsonNode data) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            JsonNode value = data.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            boolean list = !SINGLE_VALUED.contains(name);
            if (value.isTextual()) {
                values.put(name, List.of(value.textValue()));
            } else if (list && value.isArray()) {
                List<String> texts = new ArrayList<>();
                for (JsonNode element : value) {
                    if (!element.isTextual()) {
                        throw new IllegalArgumentException("data." + name + " must be an array of strings");
                    }
                    texts.add(element.textValue());
                }
                values.put(name, texts);
            } else {
                throw new IllegalArgumentException("data." + name + " must be " + (list ? "an array of strings" : "a string"));
            }
        }
        try {
            return fromParameters(values);
        } catch (IllegalArgumentException wrong) {
            throw new IllegalArgumentException("data." + wrong.getMessage());
        }
    }

    /** As RequestCreatedEvent data, in PACT spelling (values lower-cased, which matching ignores). */
    public ObjectNode toEventData() {
        ObjectNode data = PactJson.object();
        PactJson.put(data, "productId", productIds.isEmpty() ? null : productIds);
        PactJson.put(data, "companyId", companyIds.isEmpty() ? null : companyIds);
        PactJson.put(data, "geography", geographies.isEmpty() ? null : geographies);
        PactJson.put(data, "classification", classifications.isEmpty() ? null : classifications);
        PactJson.put(data, "validOn", validOn);
        PactJson.put(data, "validAfter", validAfter);
        PactJson.put(data, "validBefore", validBefore);
        PactJson.put(data, "status", status);
        return data;
    }

    /** One stable text for equal criteria, e.g. to bind a pagination link to the filters it continues. */
    public String canonical() {
        return String.join("|", String.join(",", productIds), String.join(",", companyIds),
                String.join(",", geographies), String.join(",", classifications), String.valueOf(validOn),
                String.valueOf(validAfter), String.valueOf(validBefore), String.valueOf(status));
    }

    public boolean isEmpty() {
        return equals(ANY);
    }

    /** For people: the criteria that are set, e.g. {@code productId=urn:gtin:...; status=Active}. */
    public String describe() {
        return toEventData().properties().stream()
                .map(entry -> entry.getKey() + "=" + (entry.getValue().isArray()
                        ? StreamSupport.stream(entry.getValue().spliterator(), false)
                                .map(JsonNode::asText).collect(Collectors.joining(" or "))
                        : entry.getValue().asText()))
                .collect(Collectors.joining("; "));
    }

    private static Set<String> texts(Map<String, List<String>> values, String name, boolean urns) {
        List<String> given = values.getOrDefault(name, List.of());
        for (String value : given) {
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be empty");
            }
            if (urns && !PactFields.URN.matcher(value).matches()) {
                throw new IllegalArgumentException(name + " '" + value + "' is not a URN (urn:<namespace>:<id>)");
            }
        }
        return Set.copyOf(given);
    }

    private static String single(Map<String, List<String>> values, String name) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw new IllegalArgumentException(name + " may be given once, not " + given.size() + " times");
        }
        if (given.size() == 1 && given.get(0).isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return given.isEmpty() ? null : given.get(0);
    }

    private static Instant time(Map<String, List<String>> values, String name) {
        String text = single(values, name);
        try {
            return text == null ? null : PactTime.parse(text).instant();
        } catch (IllegalArgumentException wrong) {
            throw new IllegalArgumentException(name + ": " + wrong.getMessage());
        }
    }

    private static FootprintStatus status(Map<String, List<String>> values) {
        String text = single(values, "status");
        try {
            return text == null ? null : FootprintStatus.ofIgnoringCase(text);
        } catch (IllegalArgumentException wrong) {
            throw new IllegalArgumentException("status: " + wrong.getMessage());
        }
    }

    private static Set<String> lowerCased(Set<String> values) {
        Set<String> lower = new TreeSet<>();
        values.forEach(value -> lower.add(value.toLowerCase(Locale.ROOT)));
        return Collections.unmodifiableSet(lower);
    }
}
