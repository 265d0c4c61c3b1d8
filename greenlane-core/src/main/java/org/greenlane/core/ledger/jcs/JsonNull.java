package org.greenlane.core.ledger.jcs;

/** JSON {@code null}. */
public enum JsonNull implements JsonValue {
    NULL
}
