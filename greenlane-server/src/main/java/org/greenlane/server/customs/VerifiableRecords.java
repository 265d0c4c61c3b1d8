package org.greenlane.server.customs;

/**
 * What the verifiable records capability (issue 3: transparency log, verification workflow) will
 * tell customs about a footprint or certificate id quoted in a declaration or an enterprise
 * profile. Until a bean implements it, every reference is shown and treated as unverified: it earns
 * no trust (decision 048).
 */
public interface VerifiableRecords {

    enum Status {
        /** Verified by a third party and logged. */
        VERIFIED,
        /** Once verified, since revoked (a certificate withdrawn, a footprint superseded). */
        REVOKED,
        /** Not known to the log, or not verified (yet). */
        UNVERIFIED
    }

    Status status(String reference);
}
