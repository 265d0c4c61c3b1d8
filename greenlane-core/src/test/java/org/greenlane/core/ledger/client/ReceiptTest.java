package org.greenlane.core.ledger.client;

import org.greenlane.core.ledger.Checkpoint;
import org.greenlane.core.ledger.VerificationException;
import org.greenlane.core.ledger.note.NoteSigner;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiptTest {

    private static final String ORIGIN = "greenlane.example/log";
    private static final NoteSigner KEY = NoteSigner.generate(ORIGIN, new SecureRandom());
    private static final LogClient CLIENT = new LogClient(ORIGIN, KEY.verifier());

    @Test
    void hasTheTlogProofLayout() {
        TestLog log = new TestLog(ORIGIN, KEY).append("a", 5);
        List<byte[]> proof = log.log.inclusionProof(2, 5);
        String note = log.signedCheckpoint();
        Base64.Encoder b64 = Base64.getEncoder();
        assertThat(Receipt.of(2, proof, note).format()).isEqualTo("c2sp.org/tlog-proof@v1\nindex 2\n"
                + b64.encodeToString(proof.get(0)) + "\n" + b64.encodeToString(proof.get(1)) + "\n"
                + b64.encodeToString(proof.get(2)) + "\n\n" + note);
        assertThat(Receipt.withExtra("id=7".getBytes(StandardCharsets.UTF_8), 2, proof, note).format())
                .startsWith("c2sp.org/tlog-proof@v1\nextra aWQ9Nw==\nindex 2\n");
    }

    @Test
    void aParsedReceiptProvesItsEntryOffline() {
        TestLog log = new TestLog(ORIGIN, KEY).append("a", 1000);
        for (int index : new int[] {0, 1, 511, 999}) {
            String text = Receipt.withExtra(new byte[] {9}, index, log.log.inclusionProof(index, 1000), log.signedCheckpoint())
                    .format();
            Receipt receipt = Receipt.parse(text);
            assertThat(receipt.format()).isEqualTo(text);
            assertThat(receipt.extra()).hasValueSatisfying(extra -> assertThat(extra).containsExactly(9));
            Checkpoint checkpoint = CLIENT.verifyReceipt(receipt, log.entries.get(index));
            assertThat(checkpoint.size()).isEqualTo(1000);
        }
        Receipt at7 = Receipt.of(7, log.log.inclusionProof(7, 1000), log.signedCheckpoint());
        assertThatThrownBy(() -> CLIENT.verifyReceipt(at7, log.entries.get(8)))
                .isInstanceOf(VerificationException.class)
                .hasMessageStartingWith("receipt does not prove the entry at index 7");
        Receipt wrongIndex = Receipt.of(6, log.log.inclusionProof(7, 1000), log.signedCheckpoint());
        assertThatThrownBy(() -> CLIENT.verifyReceipt(wrongIndex, log.entries.get(7))).isInstanceOf(VerificationException.class);
    }

    @Test
    void aReceiptUnderAnAlteredCheckpointFails() {
        TestLog log = new TestLog(ORIGIN, KEY).append("a", 3);
        String note = log.signedCheckpoint().replaceFirst("\n3\n", "\n4\n");
        Receipt receipt = Receipt.of(0, log.log.inclusionProof(0, 3), note);
        assertThatThrownBy(() -> CLIENT.verifyReceipt(receipt, log.entries.get(0)))
                .isInstanceOf(VerificationException.class).hasMessageContaining("does not verify");
    }

    @Test
    void parsingIsStrict() {
        TestLog log = new TestLog(ORIGIN, KEY).append("a", 3);
        String good = Receipt.of(2, log.log.inclusionProof(2, 3), log.signedCheckpoint()).format();
        String hash = good.split("\n")[2];
        List<String> bad = List.of(
                good.replace("tlog-proof@v1", "tlog-proof@v2"),
                good.replace("index 2", "index 02"),
                good.replace("index 2", "index  2"),
                good.replace("index 2", "idx 2"),
                good.replace("index 2\n", ""),
                good.replace("\n" + hash, "\n" + hash.replace("=", "")),
                good.replace("\n" + hash, "\nAAAA"),
                good.replace("@v1\n", "@v1\nextra \n"),
                good.replace("@v1\n", "@v1\nextra !!\n"),
                good.replace("\n\n", "\n"),
                good.replace("\n\n", "\n\n\n"));
        for (String text : bad) {
            assertThatThrownBy(() -> Receipt.parse(text)).as(text).isInstanceOf(VerificationException.class);
        }
        assertThatThrownBy(() -> Receipt.parse(good.replace("index 2", "index 02")))
                .hasMessage("receipt index '02' is not a decimal without leading zeros below 2^63");
    }

    @Test
    void constructionValidates() {
        assertThatThrownBy(() -> Receipt.of(-1, List.of(), "n\n\n\u2014 k AAAA\n")).hasMessageContaining("was -1");
        assertThatThrownBy(() -> Receipt.of(0, List.of(new byte[31]), "n\n")).hasMessageContaining("hash 0 must be 32 bytes");
        assertThatThrownBy(() -> Receipt.of(0, List.of(), "no newline")).hasMessageContaining("signed note");
        assertThatThrownBy(() -> Receipt.withExtra(new byte[0], 0, List.of(), "n\n")).hasMessageContaining("non-empty");
    }
}
