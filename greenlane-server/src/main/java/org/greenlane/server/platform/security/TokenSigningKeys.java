package org.greenlane.server.platform.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The RSA key that signs access tokens (RS256 JWTs). Generated once and kept in the database, so
 * tokens stay valid across restarts and every node of a cluster verifies them alike.
 */
@Component
class TokenSigningKeys {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    TokenSigningKeys(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    JWKSet load() {
        return transaction.execute(status -> {
            // Serialise first starts of several nodes on one database.
            jdbc.sql("lock table token_signing_key in exclusive mode").update();
            List<RSAKey> keys = jdbc.sql("select key_id, public_key, private_key from token_signing_key order by created_at desc")
                    .query((row, i) -> decode(row.getString("key_id"), row.getBytes("public_key"), row.getBytes("private_key")))
                    .list();
            // Newest key signs; older ones stay for verification until removed by an operator.
            List<JWK> all = new ArrayList<>(keys.isEmpty() ? List.of(generate()) : keys);
            return new JWKSet(all);
        });
    }

    private RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            KeyPair pair = generator.generateKeyPair();
            String keyId = UUID.randomUUID().toString();
            jdbc.sql("insert into token_signing_key (key_id, algorithm, public_key, private_key) values (:id, 'RS256', :public, :private)")
                    .param("id", keyId)
                    .param("public", pair.getPublic().getEncoded())
                    .param("private", pair.getPrivate().getEncoded())
                    .update();
            return decode(keyId, pair.getPublic().getEncoded(), pair.getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate the token signing key", e);
        }
    }

    private static RSAKey decode(String keyId, byte[] publicKey, byte[] privateKey) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new RSAKey.Builder((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)))
                    .privateKey((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
                    .keyID(keyId)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored token signing key " + keyId + " cannot be read", e);
        }
    }
}
