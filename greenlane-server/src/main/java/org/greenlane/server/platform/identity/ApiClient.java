package org.greenlane.server.platform.identity;

import java.util.Set;
import java.util.UUID;

/** A machine client of the API (OAuth2 client credentials) acting for one organisation. */
public record ApiClient(String clientId, UUID organisationId, String name, Set<Role> roles) {

    public ApiClient {
        roles = Set.copyOf(roles);
    }

    public Actor actor() {
        return new Actor(organisationId, clientId, name, roles, Actor.Kind.API_CLIENT);
    }
}
