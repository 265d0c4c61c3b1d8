package org.greenlane.server.exchange;

import org.greenlane.server.platform.GreenlaneProperties;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The exchange's key: encrypts the client secrets partners issued to us (AES-256-GCM, bound to
 * the partner record) and signs pagination links (HMAC-SHA256 under a derived key). The key comes
 * from {@code greenlane.exchange.secret-key}, or is generated once into {@code var/keys}, readable
 * by the owner only; it is never stored in the database, so a database dump reveals no secret.
 */
@Component
class SecretBox {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec encryption;
    private final byte[] linkKey;
    private final SecureRandom random = new SecureRandom();

    SecretBox(ExchangeProperties exchange, GreenlaneProperties platform) {
        byte[] key = exchange.secretKey() == null || exchange.secretKey().isBlank()
                ? keyFile(platform.var().resolve("keys").resolve("exchange.key"))
                : decode(exchange.secretKey(), "greenlane.exchange.secret-key");
        this.encryption = new SecretKeySpec(key, "AES");
        this.linkKey = hmac(key, "greenlane pact pagination link v1".getBytes(StandardCharsets.UTF_8));
    }

    /** Encrypts {@code secret}; {@code context} (e.g. the partner id) must be given again to decrypt. */
    byte[] seal(String secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Decrypts what {@link #seal} made for the same context; fails on any tampering or another key. */
    String open(byte[] sealed, String context) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new IllegalStateException("Stored secret of " + context + " is not in a known format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException tamperedOrOtherKey) {
            throw new IllegalStateException("Stored secret of " + context
                    + " cannot be decrypted: it was changed, or the exchange key is not the one that encrypted it");
        }
    }

    /** HMAC-SHA256 of a pagination link's content. */
    byte[] signLink(byte[] content) {
        return hmac(linkKey, content);
    }

    private static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] decode(String base64, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(setting + " is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(setting + " must be " + KEY_BYTES + " bytes (base64 of "
                    + KEY_BYTES + " random bytes), was " + key.length);
        }
        return key;
    }

    /** Reads the key file, creating it with a random key (owner-only) on first use. */
    private byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[KEY_BYTES];
                random.nextBytes(key);
                Path draft = Files.createTempFile(file.getParent(), "exchange", ".key");
                restrict(draft);
                Files.writeString(draft, Base64.getEncoder().encodeToString(key));
                try {
                    Files.move(draft, file);
                } catch (FileAlreadyExistsException anotherProcessWasFaster) {
                    Files.delete(draft);
                }
                Arrays.fill(key, (byte) 0);
            }
            return decode(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the exchange key " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the var directory's ACL.
        }
    }
}
