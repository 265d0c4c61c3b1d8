package org.greenlane.core.ledger.jcs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme of RFC 8785: no white space, object members sorted by the UTF-16
 * code units of their names, strings with the minimal escapes of section 3.2.2.2 and numbers as
 * ECMAScript's Number.prototype.toString writes them (section 3.2.2.3).
 */
public final class Jcs {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Jcs() {
    }

    /** The canonical text. */
    public static String canonicalize(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** The canonical UTF-8 bytes, which is what gets hashed or signed. */
    public static byte[] canonicalBytes(JsonValue value) {
        return canonicalize(value).getBytes(StandardCharsets.UTF_8);
    }

    /** Parses JSON strictly (see {@link Json#parse(String)}) and canonicalises it. */
    public static String canonicalize(String json) {
        return canonicalize(Json.parse(json));
    }

    private static void write(JsonValue value, StringBuilder out) {
        if (value instanceof JsonObject object) {
            List<Map.Entry<String, JsonValue>> members = new ArrayList<>(object.members().entrySet());
            // String.compareTo orders by UTF-16 code units, which is exactly RFC 8785 section 3.2.3.
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeString(members.get(i).getKey(), out);
                out.append(':');
                write(members.get(i).getValue(), out);
            }
            out.append('}');
        } else if (value instanceof JsonArray array) {
            out.append('[');
            for (int i = 0; i < array.elements().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(array.elements().get(i), out);
            }
            out.append(']');
        } else if (value instanceof JsonString string) {
            writeString(string.value(), out);
        } else if (value instanceof JsonNumber number) {
            out.append(EcmaNumber.toString(number.value()));
        } else if (value instanceof JsonBoolean bool) {
            out.append(bool == JsonBoolean.TRUE ? "true" : "false");
        } else {
            out.append("null");
        }
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
