package org.greenlane.server.platform.identity;

import java.util.EnumSet;
import java.util.Set;

/** What sort of tenant an organisation is; decides which roles its members and API clients may hold. */
public enum OrganisationKind {
    ENTERPRISE(Role.EXPORTER),
    VERIFICATION_BODY(Role.VERIFIER),
    CUSTOMS_AUTHORITY(Role.CUSTOMS_OFFICER),
    ANALYSIS(Role.ANALYST),
    OPERATOR(null);

    private final Role work;

    OrganisationKind(Role work) {
        this.work = work;
    }

    /**
     * Least privilege: the roles an administrator may grant in an organisation of this kind, its own line of work
     * and administration. An exporter's administrator cannot make a customs officer, nor a verifier an exporter.
     */
    public Set<Role> grantableRoles() {
        return work == null ? EnumSet.of(Role.ADMIN) : EnumSet.of(work, Role.ADMIN);
    }

    /** The roles an API client of this kind may act with: its line of work, never administration. */
    public Set<Role> clientRoles() {
        return work == null ? EnumSet.noneOf(Role.class) : EnumSet.of(work);
    }
}
