package org.greenlane.core.cbam.internal;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonReaderTest {

    @Test
    @SuppressWarnings("unchecked")
    void keepsNumbersExactAndReadsNestedValues() throws Exception {
        Object value = JsonReader.read(new StringReader(
                "[{\"cnCode\":\"72031000\",\"v\":[0.397, 1e-3, -2],\"r\":null,\"ok\":true,\"s\":\"a\\u00e9\\n\"}]"), "t.json");

        Map<?, ?> first = (Map<?, ?>) ((List<?>) value).get(0);
        assertThat(first.get("cnCode")).isEqualTo("72031000");
        assertThat((List<Object>) first.get("v")).containsExactly(new BigDecimal("0.397"), new BigDecimal("1e-3"), new BigDecimal("-2"));
        assertThat(first.get("r")).isSameAs(JsonReader.NULL);
        assertThat(first.get("ok")).isEqualTo(Boolean.TRUE);
        assertThat(first.get("s")).isEqualTo("a\u00e9\n");
    }

    @Test
    void reportsLineAndColumnOfSyntaxErrors() {
        assertThatThrownBy(() -> JsonReader.read(new StringReader("{\n \"a\": 1,\n \"a\": 2}"), "t.json"))
                .hasMessageContaining("t.json: line 3").hasMessageContaining("duplicate member 'a'");
        assertThatThrownBy(() -> JsonReader.read(new StringReader("[1, 2"), "t.json"))
                .hasMessageContaining("unexpected end of input");
        assertThatThrownBy(() -> JsonReader.read(new StringReader("[1] x"), "t.json"))
                .hasMessageContaining("unexpected content");
    }
}
