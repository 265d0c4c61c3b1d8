package org.greenlane.server.ledger;

import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonValue;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A record a capability logs: its type, the public summary everyone may read, and the full private
 * record, of which the log holds only the SHA-256 of its RFC 8785 canonical form. The owning
 * organisation (and whoever it hands the record to) can check the record against that hash.
 *
 * @param type           dotted lower-case name, e.g. {@value #FOOTPRINT_PUBLICATION}
 * @param organisationId the organisation that owns the record and may read it back
 * @param summary        public: logged in clear, so it must not hold commercially sensitive data
 * @param record         private: kept in the database, only its hash is logged
 */
public record LedgerRecord(String type, UUID organisationId, JsonObject summary, JsonValue record) {

    public static final String FOOTPRINT_PUBLICATION = "footprint.publication";
    public static final String VERIFICATION_STATEMENT = "verification.statement";
    public static final String VERIFIER_KEY = "verification.key";
    public static final String CERTIFICATE_ISSUANCE = "certificate.issuance";
    public static final String CERTIFICATE_REVOCATION = "certificate.revocation";
    public static final String CBAM_EMISSIONS_COMMUNICATION = "cbam.emissions-communication";

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    private static final int MAX_TYPE_LENGTH = 64;

    public LedgerRecord {
        if (type == null || type.length() > MAX_TYPE_LENGTH || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("ledger record type must be dotted lower-case words of at most "
                    + MAX_TYPE_LENGTH + " characters (e.g. " + FOOTPRINT_PUBLICATION + "), was '" + type + "'");
        }
        if (organisationId == null) {
            throw new IllegalArgumentException("ledger record organisationId is required");
        }
        if (summary == null) {
            throw new IllegalArgumentException("ledger record summary is required (an empty object if nothing is public)");
        }
        if (record == null) {
            throw new IllegalArgumentException("ledger record record (the private full record) is required");
        }
    }
}
