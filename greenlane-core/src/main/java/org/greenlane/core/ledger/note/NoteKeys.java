package org.greenlane.core.ledger.note;

import org.greenlane.core.ledger.internal.Sha256;

import java.nio.charset.StandardCharsets;

/** Key ids and key-string pieces of C2SP signed-note (as in Go's golang.org/x/mod/sumdb/note). */
final class NoteKeys {

    /** Signature type byte of Ed25519 keys. */
    static final byte ED25519 = 0x01;

    private NoteKeys() {
    }

    /** First 4 bytes, big-endian, of SHA-256(key name ‖ 0x0A ‖ type byte ‖ public key). */
    static int keyId(String name, byte[] typedPublicKey) {
        byte[] hash = Sha256.digest(name.getBytes(StandardCharsets.UTF_8), new byte[] {'\n'}, typedPublicKey);
        return (hash[0] & 0xFF) << 24 | (hash[1] & 0xFF) << 16 | (hash[2] & 0xFF) << 8 | (hash[3] & 0xFF);
    }

    static byte[] typed(byte[] key) {
        byte[] typed = new byte[key.length + 1];
        typed[0] = ED25519;
        System.arraycopy(key, 0, typed, 1, key.length);
        return typed;
    }

    static String hex(int keyId) {
        return String.format("%08x", keyId);
    }

    /** Parses exactly 8 hex digits (either case, as Go's strconv.ParseUint base 16 does), or -1. */
    static long parseHex(String text) {
        if (text.length() != 8) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return -1;
            }
        }
        return Long.parseLong(text, 16);
    }
}
