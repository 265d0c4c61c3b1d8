package org.greenlane.core.ledger.jcs;

/**
 * A JSON value as RFC 8785 (JCS) sees it: I-JSON (RFC 7493) data with numbers as IEEE 754 doubles,
 * well-formed Unicode strings and unique object keys.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /** The RFC 8785 canonical form of this value. */
    default String canonical() {
        return Jcs.canonicalize(this);
    }
}
