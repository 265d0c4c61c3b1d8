package org.greenlane.server.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

import java.time.Clock;

/**
 * Credentials and tokens: password hashing, client registrations and token keys. Separate from
 * the web filter chains so command-line tools (which have no web server) can manage clients too.
 */
@Configuration(proxyBeanMethods = false)
class CredentialsConfiguration {

    /** RFC 6749 token endpoint; PACT and the README name this path. */
    static final String TOKEN_ENDPOINT = "/auth/token";

    /** bcrypt by default; the {id} prefix lets stronger encoders take over without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().tokenEndpoint(TOKEN_ENDPOINT).build();
    }

    @Bean
    RegisteredClientRepository registeredClients(JdbcTemplate jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizations() {
        return new StatelessAuthorizations();
    }

    @Bean
    JWKSet tokenKeySet(TokenSigningKeys keys) {
        return keys.load();
    }

    @Bean
    JWKSource<SecurityContext> tokenKeys(JWKSet tokenKeySet) {
        return new ImmutableJWKSet<>(tokenKeySet);
    }

    /**
     * RS256 with the public keys only (the full set would convert the private key on every check),
     * and verified tokens remembered until they expire (decision 068).
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSet tokenKeySet) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(tokenKeySet.toPublicJWKSet())));
        // Expiry and not-before are checked by NimbusJwtDecoder's default validator, as before.
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        return new VerifiedTokens(new NimbusJwtDecoder(processor), Clock.systemUTC(), VerifiedTokens.CAPACITY);
    }
}
