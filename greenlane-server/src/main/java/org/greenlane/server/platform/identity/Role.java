package org.greenlane.server.platform.identity;

/** What a user or API client may do; checked as Spring Security authorities {@code ROLE_<name>}. */
public enum Role {
    /** Manages its organisation's products, footprints, CBAM data and declarations. */
    EXPORTER,
    /** Reviews footprints that exporters submitted to its verification body, issues statements. */
    VERIFIER,
    /** Works the customs risk queues and records inspection results. */
    CUSTOMS_OFFICER,
    /** Reads aggregated statistics. */
    ANALYST,
    /** Manages the users and API clients of its own organisation. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
