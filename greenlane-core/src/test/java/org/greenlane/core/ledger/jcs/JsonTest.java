package org.greenlane.core.ledger.jcs;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    @Test
    void readsEveryKindOfValue() {
        JsonValue value = Json.parse(" {\"a\":[1,-2.5e3,0.0,true,false,null,\"x\\u00e9\\ud83d\\ude00\"],\"b\":{}}\r\n");
        assertThat(value).isEqualTo(new JsonObject(Map.of(
                "a", new JsonArray(List.of(new JsonNumber(1), new JsonNumber(-2500), new JsonNumber(0), JsonBoolean.TRUE,
                        JsonBoolean.FALSE, JsonNull.NULL, new JsonString("x\u00e9\ud83d\ude00"))),
                "b", new JsonObject(Map.of()))));
        assertThat(Json.parse("\"only a string\"")).isEqualTo(new JsonString("only a string"));
    }

    @Test
    void refusesWhatRfc8259AndIJsonRefuse() {
        List<String> bad = List.of(
                "", " ", "{", "[1,]", "{\"a\":1,}", "[01]", "[1.]", "[.5]", "[1e]", "[+1]", "[-]", "[NaN]", "[Infinity]",
                "[1e400]", "[-1e400]", "{\"a\":1,\"a\":2}", "{a:1}", "{'a':1}", "[\"\\x\"]", "[\"\\u12\"]", "[\"\t\"]",
                "[\"\\ud800\"]", "[\"\\ude00\\ud83d\"]", "[true false]", "[tru]", "nul", "1 2", "\ufeff{}", "// c\n{}",
                "[1]\u0000", "{\"a\" 1}", "[\"unterminated]", "\u00a0[]");
        for (String json : bad) {
            assertThatThrownBy(() -> Json.parse(json)).as(json).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Json.parse("{\"a\":1,\"a\":2}")).hasMessage("JSON at offset 7: duplicate member name \"a\"");
        assertThatThrownBy(() -> Json.parse("[01]")).hasMessage("JSON at offset 2: leading zeros are not allowed in numbers");
        assertThatThrownBy(() -> Json.parse(new byte[] {'"', (byte) 0xC3, '"'})).hasMessage("JSON is not valid UTF-8");
    }

    @Test
    void limitsNesting() {
        String deepest = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertThat(Json.parse(deepest)).isInstanceOf(JsonArray.class);
        String tooDeep = "[" + deepest + "]";
        assertThatThrownBy(() -> Json.parse(tooDeep)).hasMessageContaining("nesting deeper than 256");
    }

    @Test
    void valuesRefuseWhatJsonCannotCarry() {
        assertThatThrownBy(() -> new JsonNumber(Double.NaN)).hasMessage("JSON numbers must be finite, was NaN");
        assertThatThrownBy(() -> new JsonString("a\ud800b")).hasMessage("JSON string has a lone surrogate U+D800 at index 1");
        Map<String, JsonValue> withNull = new HashMap<>();
        withNull.put("k", null);
        assertThatThrownBy(() -> new JsonObject(withNull)).hasMessageContaining("member 'k' has no value");
    }
}
