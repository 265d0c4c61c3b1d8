package org.greenlane.core.ledger.jcs;

import org.greenlane.core.ledger.internal.NoteText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259 grammar with the I-JSON rules RFC 8785 relies on): no comments,
 * trailing commas, leading zeros, byte-order mark, NaN or bare values beyond one, no duplicate
 * member names, no lone surrogates, no number beyond the double range, nesting at most 256 deep.
 */
public final class Json {

    /** Deepest nesting of arrays and objects accepted, so hostile input cannot exhaust the stack. */
    public static final int MAX_DEPTH = 256;

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /**
     * Parses one JSON text.
     *
     * @throws IllegalArgumentException naming the offset and what was expected there
     */
    public static JsonValue parse(String text) {
        Json reader = new Json(text);
        reader.skipSpace();
        JsonValue value = reader.value(0);
        reader.skipSpace();
        if (reader.at != text.length()) {
            throw reader.error("unexpected text after the JSON value");
        }
        return value;
    }

    /** Parses one JSON text given as UTF-8, which must be well-formed. */
    public static JsonValue parse(byte[] utf8) {
        return parse(NoteText.decodeUtf8(utf8).orElseThrow(() -> new IllegalArgumentException("JSON is not valid UTF-8")));
    }

    private JsonValue value(int depth) {
        if (at == text.length()) {
            throw error("expected a value, found the end of the text");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
            case '"':
                return new JsonString(string());
            case 't':
                literal("true");
                return JsonBoolean.TRUE;
            case 'f':
                literal("false");
                return JsonBoolean.FALSE;
            case 'n':
                literal("null");
                return JsonNull.NULL;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("expected a value, found '" + c + "'");
        }
    }

    private JsonObject object(int depth) {
        requireDepth(depth);
        at++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipSpace();
        if (peek('}')) {
            at++;
            return new JsonObject(members);
        }
        while (true) {
            skipSpace();
            if (!peek('"')) {
                throw error("expected a member name in double quotes");
            }
            int nameAt = at;
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            JsonValue value = value(depth);
            if (members.putIfAbsent(name, value) != null) {
                at = nameAt;
                throw error("duplicate member name \"" + name + "\"");
            }
            skipSpace();
            if (peek(',')) {
                at++;
            } else {
                expect('}');
                return new JsonObject(members);
            }
        }
    }

    private JsonArray array(int depth) {
        requireDepth(depth);
        at++;
        List<JsonValue> elements = new ArrayList<>();
        skipSpace();
        if (peek(']')) {
            at++;
            return new JsonArray(elements);
        }
        while (true) {
            skipSpace();
            elements.add(value(depth));
            skipSpace();
            if (peek(',')) {
                at++;
            } else {
                expect(']');
                return new JsonArray(elements);
            }
        }
    }

    private String string() {
        at++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (at == text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(at);
            if (c == '"') {
                at++;
                break;
            }
            if (c < 0x20) {
                throw error("control character U+" + String.format("%04X", (int) c) + " must be escaped in a string");
            }
            if (c != '\\') {
                value.append(c);
                at++;
                continue;
            }
            if (at + 1 == text.length()) {
                throw error("unterminated escape");
            }
            char escape = text.charAt(at + 1);
            at += 2;
            switch (escape) {
                case '"' -> value.append('"');
                case '\\' -> value.append('\\');
                case '/' -> value.append('/');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> value.append(hex4());
                default -> {
                    at -= 2;
                    throw error("invalid escape \\" + escape);
                }
            }
        }
        try {
            return new JsonString(value.toString()).value();
        } catch (IllegalArgumentException e) {
            throw error("string is not well-formed Unicode: " + e.getMessage());
        }
    }

    private char hex4() {
        if (at + 4 > text.length()) {
            throw error("\\u needs four hex digits");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            char c = text.charAt(at + i);
            int digit = c < 0x80 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                throw error("\\u needs four hex digits");
            }
            code = code * 16 + digit;
        }
        at += 4;
        return (char) code;
    }

    private JsonNumber number() {
        int start = at;
        if (peek('-')) {
            at++;
        }
        if (peek('0')) {
            at++;
            if (at < text.length() && isDigit(text.charAt(at))) {
                throw error("leading zeros are not allowed in numbers");
            }
        } else {
            digits("a digit");
        }
        if (peek('.')) {
            at++;
            digits("a digit after the decimal point");
        }
        if (peek('e') || peek('E')) {
            at++;
            if (peek('+') || peek('-')) {
                at++;
            }
            digits("a digit in the exponent");
        }
        String literal = text.substring(start, at);
        double value = Double.parseDouble(literal);
        if (!Double.isFinite(value)) {
            at = start;
            throw error("number " + literal + " is beyond the IEEE 754 double range");
        }
        return new JsonNumber(value);
    }

    private void digits(String what) {
        if (at == text.length() || !isDigit(text.charAt(at))) {
            throw error("expected " + what);
        }
        while (at < text.length() && isDigit(text.charAt(at))) {
            at++;
        }
    }

    private void literal(String word) {
        if (!text.startsWith(word, at)) {
            throw error("expected " + word);
        }
        at += word.length();
    }

    private void requireDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("JSON at offset " + at + ": " + message);
    }
}
