package org.greenlane.core.ledger.jcs;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JcsTest {

    @Test
    void rfc8785Section322Example() {
        // RFC 8785 section 3.2.2 input and its canonical output (section 3.2.2, "would be serialized as").
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }
                """;
        assertThat(Jcs.canonicalize(input)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void rfc8785Section323SortsByUtf16CodeUnits() {
        // RFC 8785 section 3.2.3: U+1F600 (surrogates D83D DE00) sorts before U+FB33.
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }
                """;
        assertThat(Jcs.canonicalize(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void rfc8785Section324Utf8() {
        // RFC 8785 section 3.2.4: {"Euro Sign":"€"} is the bytes 7b 22 45 75 72 6f 20 53 69 67 6e 22 3a 22 e2 82 ac 22 7d.
        JsonValue value = Json.parse("{ \"Euro Sign\" : \"\\u20ac\" }");
        assertThat(Jcs.canonicalBytes(value)).isEqualTo(new byte[] {0x7b, 0x22, 0x45, 0x75, 0x72, 0x6f, 0x20, 0x53, 0x69,
                0x67, 0x6e, 0x22, 0x3a, 0x22, (byte) 0xe2, (byte) 0x82, (byte) 0xac, 0x22, 0x7d});
        assertThat(new String(Jcs.canonicalBytes(value), StandardCharsets.UTF_8)).isEqualTo(value.canonical());
    }

    @Test
    void escapesOnlyWhatRfc8785Requires() {
        // Section 3.2.2.2: \b \t \n \f \r by name, other controls as \\u00xx lowercase, '/' and U+007F, U+2028 as is.
        JsonValue value = new JsonString("\b\t\n\f\r\u0000\u001f/\u007f\u2028\"\\");
        assertThat(value.canonical()).isEqualTo("\"\\b\\t\\n\\f\\r\\u0000\\u001f/\u007f\u2028\\\"\\\\\"");
    }

    @Test
    void valuesBuiltInCodeCanonicaliseLikeParsedOnes() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("pcf", new JsonNumber(12.50));
        members.put("unit", new JsonString("kg CO2e"));
        members.put("declared", JsonBoolean.of(true));
        members.put("parts", new JsonArray(List.of(new JsonNumber(-0.0), JsonNull.NULL, new JsonObject(Map.of()))));
        JsonValue built = new JsonObject(members);
        assertThat(built.canonical()).isEqualTo("{\"declared\":true,\"parts\":[0,null,{}],\"pcf\":12.5,\"unit\":\"kg CO2e\"}");
        assertThat(Jcs.canonicalize(built.canonical())).isEqualTo(built.canonical());
    }
}
