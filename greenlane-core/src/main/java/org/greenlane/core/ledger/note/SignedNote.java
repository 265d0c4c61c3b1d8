package org.greenlane.core.ledger.note;

import org.greenlane.core.ledger.VerificationException;
import org.greenlane.core.ledger.internal.Base64Text;
import org.greenlane.core.ledger.internal.NoteText;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A C2SP signed note: text ending in a newline, a blank line, then one line per signature
 * {@code — <key name> base64(4-byte key id ‖ signature)} (U+2014 EM DASH and a space). Opening follows
 * Go's {@code note.Open}: signatures by unknown keys are ignored, a known signature that fails rejects
 * the note, and a note with no verified signature is rejected.
 */
public final class SignedNote {

    /** Go's note.Open gives up after this many signature lines. */
    static final int MAX_SIGNATURES = 100;

    private static final String SIGNATURE_PREFIX = "\u2014 ";

    private final String text;
    private final List<NoteSignature> verified;
    private final List<NoteSignature> unverified;

    private SignedNote(String text, List<NoteSignature> verified, List<NoteSignature> unverified) {
        this.text = text;
        this.verified = List.copyOf(verified);
        this.unverified = List.copyOf(unverified);
    }

    /**
     * Signs {@code text} with each signer, in order.
     *
     * @throws IllegalArgumentException if the text is empty, lacks the final newline or has control characters
     */
    public static String sign(String text, List<NoteSigner> signers) {
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new IllegalArgumentException("note text must be non-empty and end with a newline");
        }
        if (!NoteText.isClean(text)) {
            throw new IllegalArgumentException("note text must be valid Unicode without control characters other than newline");
        }
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("a note needs at least one signer");
        }
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder note = new StringBuilder(text).append('\n');
        for (NoteSigner signer : signers) {
            byte[] signature = signer.sign(message);
            byte[] line = ByteBuffer.allocate(4 + signature.length).putInt(signer.keyId()).put(signature).array();
            note.append(SIGNATURE_PREFIX).append(signer.name()).append(' ').append(Base64Text.encode(line)).append('\n');
        }
        return note.toString();
    }

    /**
     * Opens a note received as bytes, which must be strict UTF-8.
     *
     * @throws VerificationException if the note is malformed, a known signature fails, or none is known
     */
    public static SignedNote open(byte[] note, Collection<NoteVerifier> known) {
        String text = NoteText.decodeUtf8(note).orElseThrow(() -> new VerificationException("note is not valid UTF-8"));
        return open(text, known);
    }

    /**
     * Opens a note.
     *
     * @throws VerificationException if the note is malformed, a known signature fails, or none is known
     * @throws IllegalArgumentException if two known verifiers share a key name and id
     */
    public static SignedNote open(String note, Collection<NoteVerifier> known) {
        Map<NoteSignature, NoteVerifier> verifiers = index(known);
        if (!NoteText.isClean(note)) {
            throw new VerificationException("note contains control characters or malformed Unicode");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new VerificationException("note has no blank line before its signatures");
        }
        String text = note.substring(0, split + 1);
        String signatures = note.substring(split + 2);
        if (signatures.isEmpty() || !signatures.endsWith("\n")) {
            throw new VerificationException("note signatures must be non-empty and end with a newline");
        }
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        Set<NoteSignature> verified = new LinkedHashSet<>();
        Set<String> unverified = new LinkedHashSet<>();
        List<NoteSignature> unverifiedKeys = new ArrayList<>();
        String[] lines = signatures.substring(0, signatures.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new VerificationException("note has " + lines.length + " signature lines, more than " + MAX_SIGNATURES);
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith(SIGNATURE_PREFIX)) {
                throw new VerificationException("note signature line " + (i + 1) + " does not start with '\u2014 '");
            }
            String body = line.substring(SIGNATURE_PREFIX.length());
            int space = body.indexOf(' ');
            String name = space < 0 ? body : body.substring(0, space);
            String encoded = space < 0 ? "" : body.substring(space + 1);
            byte[] decoded = Base64Text.decode(encoded).orElse(null);
            if (!NoteText.isKeyName(name) || encoded.isEmpty() || decoded == null || decoded.length < 5) {
                throw new VerificationException("note signature line " + (i + 1) + " is not '\u2014 <key name> <base64>'");
            }
            NoteSignature claimed = new NoteSignature(name, ByteBuffer.wrap(decoded).getInt());
            NoteVerifier verifier = verifiers.get(claimed);
            if (verifier == null) {
                if (unverified.add(body)) {
                    unverifiedKeys.add(claimed);
                }
                continue;
            }
            // Every line of a known key is checked, repeats included: a forged duplicate must not pass unseen.
            if (!verifier.verify(message, Arrays.copyOfRange(decoded, 4, decoded.length))) {
                throw new VerificationException("note signature by " + claimed + " does not verify");
            }
            verified.add(claimed);
        }
        if (verified.isEmpty()) {
            throw new VerificationException("note has no signature by a known key (signed by " + unverifiedKeys + ")");
        }
        return new SignedNote(text, new ArrayList<>(verified), unverifiedKeys);
    }

    private static Map<NoteSignature, NoteVerifier> index(Collection<NoteVerifier> known) {
        Map<NoteSignature, NoteVerifier> verifiers = new HashMap<>();
        for (NoteVerifier verifier : known) {
            NoteSignature key = new NoteSignature(verifier.name(), verifier.keyId());
            NoteVerifier previous = verifiers.putIfAbsent(key, verifier);
            if (previous != null && !previous.equals(verifier)) {
                throw new IllegalArgumentException("two known verifier keys share name and key id " + key);
            }
        }
        return verifiers;
    }

    /** The signed text, ending in a newline. */
    public String text() {
        return text;
    }

    /** Keys whose signatures verified, in note order. */
    public List<NoteSignature> verifiedSignatures() {
        return verified;
    }

    /** Signature lines by keys that were not known, in note order, repeats dropped. */
    public List<NoteSignature> unverifiedSignatures() {
        return unverified;
    }
}
