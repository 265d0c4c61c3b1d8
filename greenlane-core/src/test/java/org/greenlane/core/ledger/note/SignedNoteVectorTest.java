package org.greenlane.core.ledger.note;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.ledger.SharedData;
import org.greenlane.core.ledger.VerificationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Ed25519 signed-note vector of Go's golang.org/x/mod/sumdb/note tests, as shipped in
 * ../shared/data/tlog/signed-note-vector.json (BSD-3-Clause).
 */
class SignedNoteVectorTest {

    private static JsonNode vector;

    @BeforeAll
    static void readVector() throws IOException {
        vector = new ObjectMapper().readTree(SharedData.require("tlog/signed-note-vector.json", "signed-note vector").toFile());
    }

    @Test
    void signingReproducesTheNoteByteForByte() {
        NoteSigner signer = NoteSigner.parse(vector.get("signerKey").asText());
        String note = SignedNote.sign(vector.get("text").asText(), List.of(signer));
        assertThat(note.getBytes(StandardCharsets.UTF_8))
                .isEqualTo(vector.get("expectedNote").asText().getBytes(StandardCharsets.UTF_8));
        assertThat(signer.verifier().verifierKey()).isEqualTo(vector.get("verifierKey").asText());
        assertThat(signer.signerKey()).isEqualTo(vector.get("signerKey").asText());
    }

    @Test
    void theVerifierKeyOpensTheNote() {
        NoteVerifier verifier = NoteVerifier.parse(vector.get("verifierKey").asText());
        SignedNote note = SignedNote.open(vector.get("expectedNote").asText().getBytes(StandardCharsets.UTF_8), List.of(verifier));
        assertThat(note.text()).isEqualTo(vector.get("text").asText());
        // Key id c74f20a3 is in the verifier key string "PeterNeumann+c74f20a3+...".
        assertThat(note.verifiedSignatures()).containsExactly(new NoteSignature("PeterNeumann", 0xc74f20a3));
        assertThat(note.unverifiedSignatures()).isEmpty();
    }

    @Test
    void everySingleByteChangeIsRejected() {
        NoteVerifier verifier = NoteVerifier.parse(vector.get("verifierKey").asText());
        byte[] note = vector.get("expectedNote").asText().getBytes(StandardCharsets.UTF_8);
        for (int position = 0; position < note.length; position++) {
            for (int flip : new int[] {0x01, 0x20, 0x80}) {
                byte[] changed = note.clone();
                changed[position] ^= (byte) flip;
                int at = position;
                assertThatThrownBy(() -> SignedNote.open(changed, List.of(verifier)))
                        .as("byte %d xor 0x%02x", at, flip).isInstanceOf(VerificationException.class);
            }
        }
    }

    @Test
    void eachBadVerifierKeyIsRejected() {
        // Both keys carry the right key id for their bytes (SHA-256 of name, newline, key). The first
        // appends "BADKEY==" whose last group "EY==" leaves non-zero padding bits: Go's lenient decoder
        // reads 36 key bytes and rejects the length, ours rejects the non-canonical base64 first.
        // The second starts with 'Z' = 011001, so its type byte is 0x65 = 101, not Ed25519's 1.
        List<String> bad = new ArrayList<>();
        vector.get("badVerifierKeys").forEach(key -> bad.add(key.asText()));
        assertThat(bad).hasSize(2);
        assertThatThrownBy(() -> NoteVerifier.parse(bad.get(0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("verifier key of 'PeterNeumann' is not canonical base64");
        assertThatThrownBy(() -> NoteVerifier.parse(bad.get(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("verifier key of 'PeterNeumann' has unknown algorithm type 101; only Ed25519 (1) is supported");
    }
}
