package org.greenlane.core.ledger.note;

import org.greenlane.core.ledger.internal.Base64Text;
import org.greenlane.core.ledger.internal.NoteText;

import java.security.PublicKey;
import java.util.Arrays;

/**
 * A signed-note verifier key {@code <name>+<8 hex key id>+base64(0x01 ‖ Ed25519 public key)}, parsed
 * exactly as Go's {@code note.NewVerifier} does.
 */
public final class NoteVerifier {

    private final String name;
    private final int keyId;
    private final byte[] publicKey;
    private final PublicKey jdkKey;

    private NoteVerifier(String name, int keyId, byte[] publicKey) {
        this.name = name;
        this.keyId = keyId;
        this.publicKey = publicKey.clone();
        this.jdkKey = Ed25519.publicKey(publicKey);
    }

    /** The verifier for a raw 32-byte Ed25519 public key (Go's {@code note.NewEd25519VerifierKey}). */
    public static NoteVerifier ed25519(String name, byte[] publicKey) {
        if (!NoteText.isKeyName(name)) {
            throw new IllegalArgumentException("invalid note key name '" + name
                    + "': it must be non-empty without '+' or white space");
        }
        if (publicKey.length != Ed25519.KEY_SIZE) {
            throw new IllegalArgumentException("Ed25519 public key for '" + name + "' must be 32 bytes, was "
                    + publicKey.length);
        }
        return new NoteVerifier(name, NoteKeys.keyId(name, NoteKeys.typed(publicKey)), publicKey);
    }

    /**
     * Parses a verifier key.
     *
     * @throws IllegalArgumentException saying which part of the key is wrong
     */
    public static NoteVerifier parse(String verifierKey) {
        String[] parts = verifierKey.split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("verifier key must be <name>+<key id>+<key>, got " + parts.length + " parts");
        }
        String name = parts[0];
        if (!NoteText.isKeyName(name)) {
            throw new IllegalArgumentException("verifier key name '" + name + "' must be non-empty without '+' or white space");
        }
        long keyId = NoteKeys.parseHex(parts[1]);
        if (keyId < 0) {
            throw new IllegalArgumentException("verifier key id of '" + name + "' must be 8 hex digits, was '" + parts[1] + "'");
        }
        byte[] key = Base64Text.decode(parts[2]).orElseThrow(() ->
                new IllegalArgumentException("verifier key of '" + name + "' is not canonical base64"));
        if (key.length == 0) {
            throw new IllegalArgumentException("verifier key of '" + name + "' is empty");
        }
        if ((int) keyId != NoteKeys.keyId(name, key)) {
            throw new IllegalArgumentException("verifier key id " + parts[1] + " does not match the key of '" + name + "'");
        }
        if (key[0] != NoteKeys.ED25519) {
            throw new IllegalArgumentException("verifier key of '" + name + "' has unknown algorithm type "
                    + (key[0] & 0xFF) + "; only Ed25519 (1) is supported");
        }
        if (key.length != 1 + Ed25519.KEY_SIZE) {
            throw new IllegalArgumentException("Ed25519 verifier key of '" + name + "' must be 32 bytes, was " + (key.length - 1));
        }
        return new NoteVerifier(name, (int) keyId, Arrays.copyOfRange(key, 1, key.length));
    }

    public String name() {
        return name;
    }

    /** The 4-byte key id as an unsigned value in an int. */
    public int keyId() {
        return keyId;
    }

    /** The raw 32-byte Ed25519 public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The verifier key string, as {@link #parse} reads it. */
    public String verifierKey() {
        return name + "+" + NoteKeys.hex(keyId) + "+" + Base64Text.encode(NoteKeys.typed(publicKey));
    }

    boolean verify(byte[] message, byte[] signature) {
        return Ed25519.verify(jdkKey, message, signature);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteVerifier that && name.equals(that.name) && keyId == that.keyId
                && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + keyId;
    }

    @Override
    public String toString() {
        return verifierKey();
    }
}
