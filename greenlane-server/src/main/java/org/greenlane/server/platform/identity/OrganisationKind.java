package org.greenlane.server.platform.identity;

/** What sort of tenant an organisation is; decides which roles its members usually hold. */
public enum OrganisationKind {
    ENTERPRISE,
    VERIFICATION_BODY,
    CUSTOMS_AUTHORITY,
    ANALYSIS,
    OPERATOR
}
