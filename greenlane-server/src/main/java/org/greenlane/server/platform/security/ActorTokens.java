package org.greenlane.server.platform.security;

import org.greenlane.server.platform.identity.ApiClient;
import org.greenlane.server.platform.identity.ApiClients;
import org.greenlane.server.platform.identity.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds tokens to tenants: issuing puts the client's organisation and roles into the token;
 * accepting checks the client again (a read at most a few seconds old, decision 068), so a deleted
 * client or a changed organisation ends its tokens.
 */
@Component
class ActorTokens implements OAuth2TokenCustomizer<JwtEncodingContext>, Converter<Jwt, AbstractAuthenticationToken> {

    static final String ORGANISATION = "org";
    static final String ROLES = "roles";

    private final ApiClients clients;

    ActorTokens(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        ApiClient client = clients.find(context.getRegisteredClient().getClientId())
                .orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT));
        context.getClaims()
                .claim(ORGANISATION, client.organisationId().toString())
                .claim(ROLES, client.roles().stream().map(Role::name).sorted().toList());
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        ApiClient client = clients.forTokenCheck(token.getSubject())
                .filter(found -> found.organisationId().toString().equals(token.getClaimAsString(ORGANISATION)))
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The client of this token no longer exists", null)));
        List<GrantedAuthority> authorities = new ArrayList<>();
        client.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        List<String> scopes = token.getClaimAsStringList("scope");
        if (scopes != null) {
            scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        }
        return new ActorAuthentication(client.actor(), token, authorities);
    }
}
