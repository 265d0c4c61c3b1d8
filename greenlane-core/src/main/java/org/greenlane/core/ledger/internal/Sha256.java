package org.greenlane.core.ledger.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 with one digest per thread: the log hashes millions of nodes and lookups would dominate. */
public final class Sha256 {

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    });

    private Sha256() {
    }

    /** Returns SHA-256 of the concatenation of the given parts. */
    public static byte[] digest(byte[]... parts) {
        MessageDigest digest = DIGEST.get();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    /** Returns SHA-256 of a one-byte prefix followed by the given parts (RFC 6962 domain separation). */
    public static byte[] digest(byte prefix, byte[]... parts) {
        MessageDigest digest = DIGEST.get();
        digest.update(prefix);
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }
}
