package org.greenlane.server.platform.identity;

import java.util.UUID;

/** A tenant. Every record that belongs to someone belongs to exactly one organisation. */
public record Organisation(UUID id, String name, OrganisationKind kind, String country) {
}
