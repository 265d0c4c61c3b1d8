package org.greenlane.core.cbam.internal;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsDoubledQuotesCommentsAndCrLf() throws Exception {
        String csv = "# citation line\r\na,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\"\r\n";

        List<CsvReader.Record> records = CsvReader.read(new StringReader(csv), "t.csv", List.of("a", "b"));

        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("a")).isEqualTo("x, y");
        assertThat(records.get(0).get("b")).isEqualTo("say \"hi\"");
        assertThat(records.get(1).get("b")).isEqualTo("two\nlines");
        assertThat(records.get(1).line()).isEqualTo(4);
    }

    @Test
    void refusesMissingColumnsAndRaggedRowsNamingTheLine() {
        assertThatThrownBy(() -> CsvReader.read(new StringReader("a\n1\n"), "t.csv", List.of("a", "b")))
                .hasMessageContaining("t.csv").hasMessageContaining("lacks column 'b'");
        assertThatThrownBy(() -> CsvReader.read(new StringReader("a,b\n1,2\n3\n"), "t.csv", List.of("a")))
                .hasMessageContaining("line 3 has 1 fields");
        assertThatThrownBy(() -> CsvReader.read(new StringReader("a\n\"open\n"), "t.csv", List.of("a")))
                .hasMessageContaining("unterminated");
    }
}
