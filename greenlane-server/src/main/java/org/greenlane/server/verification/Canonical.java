package org.greenlane.server.verification;

import org.greenlane.core.ledger.jcs.Jcs;
import org.greenlane.core.ledger.jcs.JsonArray;
import org.greenlane.core.ledger.jcs.JsonBoolean;
import org.greenlane.core.ledger.jcs.JsonNull;
import org.greenlane.core.ledger.jcs.JsonNumber;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonString;
import org.greenlane.core.ledger.jcs.JsonValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Building the RFC 8785 records this capability signs and logs, and hashing them. */
final class Canonical {

    private Canonical() {
    }

    /**
     * An object of name/value pairs. Strings, booleans, integers (within 2^53), lists and JSON values are
     * taken as they are; quantities with decimals go in as strings, so no digit is lost (decision 024).
     */
    static JsonObject object(Object... namesAndValues) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put((String) namesAndValues[i], value(namesAndValues[i + 1]));
        }
        return new JsonObject(members);
    }

    static JsonValue value(Object value) {
        if (value == null) {
            return JsonNull.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Boolean b) {
            return JsonBoolean.of(b);
        }
        if (value instanceof Integer || value instanceof Long) {
            return new JsonNumber(((Number) value).longValue());
        }
        if (value instanceof List<?> list) {
            return new JsonArray(list.stream().map(Canonical::value).toList());
        }
        return new JsonString(value.toString());
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    static String text(JsonValue value) {
        return Jcs.canonicalize(value);
    }
}
