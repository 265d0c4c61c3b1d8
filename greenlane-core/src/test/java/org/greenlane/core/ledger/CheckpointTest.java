package org.greenlane.core.ledger;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointTest {

    // Root of the 8-leaf reference tree (reference-tree-constants RootHashes()[8]) in base64.
    private static final String ROOT = "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=";

    @Test
    void formatsAndParsesTheC2spLayout() {
        Checkpoint checkpoint = new Checkpoint("greenlane.example/log", 8, Base64.getDecoder().decode(ROOT),
                List.of("Timestamp: 1700000000"));
        String text = "greenlane.example/log\n8\n" + ROOT + "\nTimestamp: 1700000000\n";
        assertThat(checkpoint.format()).isEqualTo(text);
        assertThat(Checkpoint.parse(text)).isEqualTo(checkpoint);
        assertThat(Checkpoint.parse("o\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n").size()).isZero();
    }

    @Test
    void parsingIsStrict() {
        String emptyRoot = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
        List<String> bad = List.of(
                "o\n8\n" + ROOT,                                  // no final newline
                "o\n8\n",                                         // no root line
                "\n8\n" + ROOT + "\n",                            // empty origin
                "o\n08\n" + ROOT + "\n",                          // leading zero
                "o\n+8\n" + ROOT + "\n",                          // sign
                "o\n 8\n" + ROOT + "\n",                          // space
                "o\n9223372036854775808\n" + ROOT + "\n",         // 2^63 does not fit
                "o\n8\n" + ROOT.replace("=", "") + "\n",          // unpadded base64
                "o\n8\n" + ROOT.replace("yg=", "yh=") + "\n",     // non-zero trailing bits
                "o\n8\nAAAA\n",                                   // 3-byte hash
                "o\n8\n" + ROOT + "\n\n",                         // empty extension line
                "o\n8\n" + ROOT + "\r\n",                         // CRLF
                "o\n0\n" + ROOT + "\n",                           // size 0 with a non-empty root
                "o\u0007\n8\n" + ROOT + "\n");                    // control character
        for (String text : bad) {
            assertThatThrownBy(() -> Checkpoint.parse(text)).as(text).isInstanceOf(VerificationException.class);
        }
        assertThat(Checkpoint.parse("o\n0\n" + emptyRoot + "\n").rootHash()).isEqualTo(Rfc6962.emptyRoot());
        assertThatThrownBy(() -> Checkpoint.parse("o\n08\n" + ROOT + "\n"))
                .hasMessage("checkpoint size (line 2) is not a decimal without leading zeros below 2^63: '08'");
    }

    @Test
    void constructionRejectsWhatCouldNotBeParsed() {
        byte[] root = Base64.getDecoder().decode(ROOT);
        assertThatThrownBy(() -> Checkpoint.of("two\nlines", 8, root)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("checkpoint origin must be one non-empty line");
        assertThatThrownBy(() -> Checkpoint.of("o", -1, root)).hasMessageContaining("was -1");
        assertThatThrownBy(() -> Checkpoint.of("o", 8, new byte[31])).hasMessageContaining("must be 32 bytes, was 31");
        assertThatThrownBy(() -> new Checkpoint("o", 8, root, List.of(""))).hasMessageContaining("extension line 1");
    }
}
