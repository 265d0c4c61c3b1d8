package org.greenlane.server.platform.identity;

import java.util.Set;
import java.util.UUID;

/** A person who signs in to the web UI. The password hash never leaves {@link UserAccounts}. */
public record UserAccount(UUID id, UUID organisationId, String email, String displayName, Set<Role> roles,
                          boolean enabled) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}
