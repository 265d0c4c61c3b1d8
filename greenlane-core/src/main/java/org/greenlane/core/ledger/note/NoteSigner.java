package org.greenlane.core.ledger.note;

import org.greenlane.core.ledger.internal.Base64Text;
import org.greenlane.core.ledger.internal.NoteText;

import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A signed-note signer key {@code PRIVATE+KEY+<name>+<8 hex key id>+base64(0x01 ‖ Ed25519 seed)},
 * parsed exactly as Go's {@code note.NewSigner} does: the key id is checked against the public key
 * derived from the seed.
 */
public final class NoteSigner {

    private static final String PREFIX = "PRIVATE+KEY+";

    private final String name;
    private final byte[] seed;
    private final PrivateKey jdkKey;
    private final NoteVerifier verifier;

    private NoteSigner(String name, byte[] seed) {
        this.name = name;
        this.seed = seed.clone();
        this.jdkKey = Ed25519.privateKey(seed);
        this.verifier = NoteVerifier.ed25519(name, Ed25519.publicKeyOf(seed));
    }

    /** A new key with a seed from {@code random} (Go's {@code note.GenerateKey}). */
    public static NoteSigner generate(String name, SecureRandom random) {
        if (!NoteText.isKeyName(name)) {
            throw new IllegalArgumentException("invalid note key name '" + name
                    + "': it must be non-empty without '+' or white space");
        }
        return new NoteSigner(name, Ed25519.newSeed(random));
    }

    /**
     * Parses a signer key.
     *
     * @throws IllegalArgumentException saying which part of the key is wrong (never quoting the secret)
     */
    public static NoteSigner parse(String signerKey) {
        if (!signerKey.startsWith(PREFIX)) {
            throw new IllegalArgumentException("signer key must start with " + PREFIX);
        }
        String[] parts = signerKey.substring(PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("signer key must be " + PREFIX + "<name>+<key id>+<key>");
        }
        String name = parts[0];
        if (!NoteText.isKeyName(name)) {
            throw new IllegalArgumentException("signer key name '" + name + "' must be non-empty without '+' or white space");
        }
        long keyId = NoteKeys.parseHex(parts[1]);
        if (keyId < 0) {
            throw new IllegalArgumentException("signer key id of '" + name + "' must be 8 hex digits, was '" + parts[1] + "'");
        }
        byte[] key = Base64Text.decode(parts[2]).orElseThrow(() ->
                new IllegalArgumentException("signer key of '" + name + "' is not canonical base64"));
        if (key.length == 0) {
            throw new IllegalArgumentException("signer key of '" + name + "' is empty");
        }
        if (key[0] != NoteKeys.ED25519) {
            throw new IllegalArgumentException("signer key of '" + name + "' has unknown algorithm type "
                    + (key[0] & 0xFF) + "; only Ed25519 (1) is supported");
        }
        if (key.length != 1 + Ed25519.KEY_SIZE) {
            throw new IllegalArgumentException("Ed25519 signer key of '" + name + "' must be 32 bytes, was " + (key.length - 1));
        }
        NoteSigner signer = new NoteSigner(name, Arrays.copyOfRange(key, 1, key.length));
        if (signer.keyId() != (int) keyId) {
            throw new IllegalArgumentException("signer key id " + parts[1] + " does not match the public key of '" + name + "'");
        }
        return signer;
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return verifier.keyId();
    }

    /** The matching verifier, to publish. */
    public NoteVerifier verifier() {
        return verifier;
    }

    /** The secret signer key string, as {@link #parse} reads it. Keep it out of logs. */
    public String signerKey() {
        return PREFIX + name + "+" + NoteKeys.hex(keyId()) + "+" + Base64Text.encode(NoteKeys.typed(seed));
    }

    byte[] sign(byte[] message) {
        return Ed25519.sign(jdkKey, message);
    }

    /** Names the key without revealing it. */
    @Override
    public String toString() {
        return "NoteSigner[" + name + "+" + NoteKeys.hex(keyId()) + "]";
    }
}
