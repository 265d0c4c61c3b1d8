package org.greenlane.core.ledger.jcs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object; member order is kept as given, the canonical form sorts it. */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    public JsonObject {
        Map<String, JsonValue> copy = new LinkedHashMap<>();
        members.forEach((name, value) -> {
            JsonString.requireWellFormed(name, "object key");
            if (value == null) {
                throw new IllegalArgumentException("JSON member '" + name + "' has no value; use JsonNull");
            }
            copy.put(name, value);
        });
        members = Collections.unmodifiableMap(copy);
    }
}
