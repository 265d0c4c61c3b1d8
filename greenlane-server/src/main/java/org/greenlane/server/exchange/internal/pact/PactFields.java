package org.greenlane.server.exchange.internal.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the properties of one JSON object of a PACT document, collecting every problem with its
 * full path instead of stopping at the first, and keeping the properties it does not know.
 */
final class PactFields {

    static final Pattern URN = Pattern.compile("^[uU][rR][nN]:.+");

    private final ObjectNode node;
    private final String path;
    private final List<DocumentProblem> problems;
    private final Set<String> read = new HashSet<>();

    private PactFields(ObjectNode node, String path, List<DocumentProblem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The root object of a document; {@code path} prefixes every field name reported. */
    static PactFields of(JsonNode node, String path, List<DocumentProblem> problems) {
        if (node instanceof ObjectNode object) {
            return new PactFields(object, path, problems);
        }
        problems.add(new DocumentProblem(path.isEmpty() ? "document" : path, "must be a JSON object"));
        return new PactFields(PactJson.object(), path, problems);
    }

    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    void problem(String name, String message) {
        problems.add(new DocumentProblem(at(name), message));
    }

    boolean has(String name) {
        return node.hasNonNull(name);
    }

    /** The raw value, or null when absent; a JSON null counts as absent but is reported when required. */
    private JsonNode value(String name, boolean required) {
        read.add(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(name, value == null ? "is required" : "must not be null");
            } else if (value != null) {
                problem(name, "must be left out rather than null");
            }
            return null;
        }
        return value;
    }

    String string(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problem(name, "must be a string");
            return null;
        }
        return value.textValue();
    }

    String nonEmpty(String name, boolean required) {
        String text = string(name, required);
        if (text != null && text.isEmpty()) {
            problem(name, "must not be empty");
        }
        return text;
    }

    String matching(String name, boolean required, Pattern pattern, String expected) {
        String text = string(name, required);
        if (text != null && !pattern.matcher(text).matches()) {
            problem(name, "'" + text + "' is not " + expected);
        }
        return text;
    }

    <T> T parsed(String name, boolean required, Function<String, T> parser) {
        String text = string(name, required);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException wrong) {
            problem(name, wrong.getMessage());
            return null;
        }
    }

    PactDecimal decimal(String name, boolean required, PactDecimal.Sign sign) {
        PactDecimal decimal = parsed(name, required, PactDecimal::parse);
        if (decimal != null && !sign.admits(decimal.value())) {
            problem(name, decimal.text() + " must be " + sign.rule());
        }
        return decimal;
    }

    PactTime time(String name, boolean required) {
        return parsed(name, required, PactTime::parse);
    }

    UUID uuid(String name, boolean required) {
        return parsed(name, required, PactFields::uuid);
    }

    Boolean bool(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problem(name, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    /** A non-empty array of distinct strings, each checked by {@code element}; null when absent. */
    <T> List<T> set(String name, boolean required, Function<String, T> element) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isArray() || value.isEmpty()) {
            problem(name, "must be a non-empty array");
            return null;
        }
        List<T> elements = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String field = name + "[" + i + "]";
            if (!item.isTextual()) {
                problem(field, "must be a string");
                continue;
            }
            if (!seen.add(item.textValue())) {
                problem(field, "'" + item.textValue() + "' is listed twice");
                continue;
            }
            try {
                elements.add(element.apply(item.textValue()));
            } catch (IllegalArgumentException wrong) {
                problem(field, wrong.getMessage());
            }
        }
        return Collections.unmodifiableList(elements);
    }

    List<String> urns(String name, boolean required) {
        return set(name, required, PactFields::urn);
    }

    /** An object property read by {@code reader}; null when absent. */
    <T> T object(String name, boolean required, Function<PactFields, T> reader) {
        JsonNode value = value(name, required);
        return value == null ? null : reader.apply(of(value, at(name), problems));
    }

    /** A non-empty array of objects, each read by {@code reader}; null when absent. */
    <T> List<T> objects(String name, boolean required, Function<PactFields, T> reader) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isArray() || value.isEmpty()) {
            problem(name, "must be a non-empty array");
            return null;
        }
        List<T> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            elements.add(reader.apply(of(value.get(i), at(name) + "[" + i + "]", problems)));
        }
        return Collections.unmodifiableList(elements);
    }

    /** A JSON object kept as it is (extension data). */
    ObjectNode rawObject(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problem(name, "must be a JSON object");
            return null;
        }
        return (ObjectNode) value.deepCopy();
    }

    /** Properties this reader was not asked for, in document order: kept so nothing received is lost. */
    Map<String, JsonNode> others() {
        Map<String, JsonNode> others = new LinkedHashMap<>();
        node.properties().forEach(entry -> {
            if (!read.contains(entry.getKey())) {
                others.put(entry.getKey(), entry.getValue().deepCopy());
            }
        });
        return Collections.unmodifiableMap(others);
    }

    static String urn(String text) {
        if (!URN.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a URN (urn:<namespace>:<id>)");
        }
        return text;
    }

    static UUID uuid(String text) {
        if (!text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw new IllegalArgumentException("'" + text + "' is not a UUID");
        }
        return UUID.fromString(text);
    }
}
