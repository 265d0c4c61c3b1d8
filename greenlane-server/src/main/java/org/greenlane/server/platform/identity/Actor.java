package org.greenlane.server.platform.identity;

import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: a signed-in user or an API client, always on behalf of one organisation.
 * Controllers take it as a parameter and pass {@link #organisationId()} to every query, which is
 * how tenants never see each other's records.
 */
public record Actor(UUID organisationId, String subject, String displayName, Set<Role> roles, Kind kind) {

    public enum Kind { USER, API_CLIENT }

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
