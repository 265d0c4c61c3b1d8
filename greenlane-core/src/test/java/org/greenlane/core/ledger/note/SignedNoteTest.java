package org.greenlane.core.ledger.note;

import org.greenlane.core.ledger.VerificationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedNoteTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final NoteSigner LOG = NoteSigner.generate("greenlane.example/log", RANDOM);
    private static final NoteSigner WITNESS = NoteSigner.generate("witness.example", RANDOM);
    private static final String TEXT = "greenlane.example/log\n3\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";

    @Test
    void generatedKeysRoundTripThroughTheirStrings() {
        NoteSigner parsed = NoteSigner.parse(LOG.signerKey());
        assertThat(parsed.verifier()).isEqualTo(LOG.verifier());
        assertThat(NoteVerifier.parse(LOG.verifier().verifierKey())).isEqualTo(LOG.verifier());
        assertThat(NoteVerifier.ed25519(LOG.name(), LOG.verifier().publicKey())).isEqualTo(LOG.verifier());
        // PRIVATE+KEY+<name>+<key id>+<base64 seed>: the seed (which may itself contain '+') never shows.
        String seed = LOG.signerKey().split("\\+", 5)[4];
        assertThat(LOG.toString()).doesNotContain(seed);
    }

    @Test
    void unknownSignaturesAreIgnoredAndReported() {
        String note = SignedNote.sign(TEXT, List.of(WITNESS, LOG));
        SignedNote opened = SignedNote.open(note, List.of(LOG.verifier()));
        assertThat(opened.text()).isEqualTo(TEXT);
        assertThat(opened.verifiedSignatures()).containsExactly(new NoteSignature(LOG.name(), LOG.keyId()));
        assertThat(opened.unverifiedSignatures()).containsExactly(new NoteSignature(WITNESS.name(), WITNESS.keyId()));
    }

    @Test
    void aNoteWithoutAKnownSignatureIsRejected() {
        String note = SignedNote.sign(TEXT, List.of(WITNESS));
        assertThatThrownBy(() -> SignedNote.open(note, List.of(LOG.verifier())))
                .isInstanceOf(VerificationException.class).hasMessageContaining("no signature by a known key");
    }

    @Test
    void aFailingKnownSignatureRejectsTheNoteEvenBesideAGoodOne() {
        String good = SignedNote.sign(TEXT, List.of(LOG));
        String otherText = SignedNote.sign("other\n", List.of(LOG));
        String forgedLine = otherText.substring(otherText.indexOf("\u2014"));
        assertThatThrownBy(() -> SignedNote.open(good + forgedLine, List.of(LOG.verifier())))
                .isInstanceOf(VerificationException.class).hasMessageContaining("does not verify");
        // A key with the same name but another key id is unknown, not failing.
        NoteSigner impostor = NoteSigner.generate(LOG.name(), RANDOM);
        String mixed = SignedNote.sign(TEXT, List.of(impostor, LOG));
        assertThat(SignedNote.open(mixed, List.of(LOG.verifier())).unverifiedSignatures()).hasSize(1);
    }

    @Test
    void malformedNotesAreRejected() {
        String note = SignedNote.sign(TEXT, List.of(LOG));
        String signature = note.substring(note.indexOf("\u2014"));
        List<String> malformed = List.of(
                TEXT + signature,                                       // no blank line
                note.substring(0, note.length() - 1),                   // no final newline
                TEXT + "\n",                                            // no signatures
                TEXT + "\n" + signature.replace("\u2014 ", "- "),       // ASCII dash
                TEXT + "\n" + signature.replace(LOG.name() + " ", LOG.name() + "  "), // two spaces
                TEXT + "\n" + signature.replace("=\n", "\n"),           // missing padding
                TEXT + "\n\u2014 " + LOG.name() + " AAAA\n",            // 3-byte signature
                TEXT.replace("3", "3\r") + "\n" + signature,            // control character
                TEXT + "\n" + signature.repeat(101));                   // more than 100 signatures
        for (String bad : malformed) {
            assertThatThrownBy(() -> SignedNote.open(bad, List.of(LOG.verifier())))
                    .as(bad).isInstanceOf(VerificationException.class);
        }
        byte[] invalidUtf8 = note.getBytes(StandardCharsets.UTF_8);
        invalidUtf8[2] = (byte) 0xC0;
        assertThatThrownBy(() -> SignedNote.open(invalidUtf8, List.of(LOG.verifier())))
                .isInstanceOf(VerificationException.class).hasMessage("note is not valid UTF-8");
    }

    @Test
    void signingRejectsTextThatCouldNotBeOpened() {
        assertThatThrownBy(() -> SignedNote.sign("no newline", List.of(LOG))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedNote.sign("", List.of(LOG))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedNote.sign("tab\there\n", List.of(LOG))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedNote.sign(TEXT, List.of())).hasMessage("a note needs at least one signer");
    }

    @Test
    void keyNamesAndKeyStringsAreValidatedLikeGo() {
        for (String name : List.of("", "a+b", "a b", "a\tb", "a\u00a0b", "a\u2003b", "a\u3000b")) {
            assertThatThrownBy(() -> NoteSigner.generate(name, RANDOM)).as("'%s'", name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(NoteSigner.generate("h\u00e9llo/\u4e16\u754c", RANDOM).name()).isEqualTo("h\u00e9llo/\u4e16\u754c");
        String key = LOG.verifier().verifierKey();
        String id = key.split("\\+")[1];
        assertThat(NoteVerifier.parse(key.replace(id, id.toUpperCase()))).isEqualTo(LOG.verifier());
        assertThatThrownBy(() -> NoteVerifier.parse(key.replace(id, id.substring(1))))
                .hasMessageContaining("must be 8 hex digits");
        assertThatThrownBy(() -> NoteVerifier.parse(key.replace(id, "00000000")))
                .hasMessageContaining("does not match the key");
        assertThatThrownBy(() -> NoteVerifier.parse(LOG.name())).hasMessageContaining("got 1 parts");
        String secret = LOG.signerKey();
        assertThatThrownBy(() -> NoteSigner.parse(secret.replace("PRIVATE+KEY", "PRIVATE+KEYS")))
                .hasMessageContaining("must start with");
        assertThatThrownBy(() -> NoteSigner.parse(secret.replace(id, "00000000")))
                .hasMessageContaining("does not match the public key");
        assertThatThrownBy(() -> NoteSigner.parse(secret.substring(0, secret.length() - 4)))
                .hasMessageContaining("must be 32 bytes");
    }

    @Test
    void duplicateKnownKeysAreRefused() {
        NoteVerifier a = LOG.verifier();
        assertThat(SignedNote.open(SignedNote.sign(TEXT, List.of(LOG)), List.of(a, a)).verifiedSignatures()).hasSize(1);
    }
}
