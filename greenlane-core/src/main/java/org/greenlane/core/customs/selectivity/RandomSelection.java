package org.greenlane.core.customs.selectivity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Reproducible random selection: the draw of a declaration is HMAC-SHA256(key, declaration id)
 * read as a number in [0, 1). The same declaration always gets the same draw, so a decision can be
 * re-derived in an audit; without the key a trader cannot predict which ids are drawn.
 */
public final class RandomSelection {

    private static final double TWO_TO_THE_53 = 0x1p53;

    private final SecretKeySpec key;
    /** One initialised HMAC per thread: looking the algorithm up for every draw costs more than the HMAC. */
    private final ThreadLocal<Mac> hmacs = ThreadLocal.withInitial(this::newHmac);

    /** @param key at least 16 bytes of secret, held by the customs administration */
    public RandomSelection(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("random selection key must be at least 16 bytes, was "
                    + (key == null ? "absent" : key.length + " bytes"));
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** The declaration's draw in [0, 1): the first 53 bits of the HMAC over the id's UTF-8 bytes. */
    public double draw(String declarationId) {
        byte[] mac = hmacs.get().doFinal(declarationId.getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (mac[i] & 0xFF);
        }
        return (bits >>> 11) / TWO_TO_THE_53;
    }

    private Mac newHmac() {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac;
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", unavailable);
        }
    }

    /** Whether the declaration is drawn at the given rate. */
    public boolean selects(String declarationId, double rate) {
        return draw(declarationId) < rate;
    }
}
