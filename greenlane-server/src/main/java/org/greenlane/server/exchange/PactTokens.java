package org.greenlane.server.exchange;

import org.greenlane.server.platform.identity.ApiClient;
import org.greenlane.server.platform.identity.ApiClients;
import org.greenlane.server.platform.security.ActorAuthentication;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Accepts access tokens on the PACT paths. Like the platform's API, it re-reads the client on every
 * call, so a deleted partner's tokens stop working at once. A token names the scopes it was asked
 * for; one asked for without any carries the client's registered scopes (RFC 6749 §3.3 default),
 * since PACT clients commonly request tokens without a scope parameter.
 */
@Component
class PactTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    /** The organisation claim the platform's token customizer writes. */
    private static final String ORGANISATION = "org";

    private final ApiClients clients;
    private final RegisteredClientRepository registrations;

    PactTokens(ApiClients clients, RegisteredClientRepository registrations) {
        this.clients = clients;
        this.registrations = registrations;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        ApiClient client = clients.find(token.getSubject())
                .filter(found -> found.organisationId().toString().equals(token.getClaimAsString(ORGANISATION)))
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The client of this token no longer exists", null)));
        List<String> scopes = token.getClaimAsStringList("scope");
        Collection<String> granted = scopes != null ? scopes : registeredScopes(client.clientId());
        List<GrantedAuthority> authorities = granted.stream()
                .map(scope -> (GrantedAuthority) new SimpleGrantedAuthority("SCOPE_" + scope)).toList();
        return new ActorAuthentication(client.actor(), token, authorities);
    }

    private Set<String> registeredScopes(String clientId) {
        RegisteredClient registered = registrations.findByClientId(clientId);
        return registered == null ? Set.of() : registered.getScopes();
    }
}
