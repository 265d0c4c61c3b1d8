package org.greenlane.server.platform.security;

import org.greenlane.server.platform.identity.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.io.Serial;
import java.util.Collection;

/** An API client authenticated by a bearer token (the API and the PACT endpoints alike). */
public final class ActorAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final transient Jwt token;

    public ActorAuthentication(Actor actor, Jwt token, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.actor = actor;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.subject();
    }
}
