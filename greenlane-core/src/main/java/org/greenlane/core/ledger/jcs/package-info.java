/** A strict JSON value model and parser with RFC 8785 (JCS) canonical serialisation, free of Jackson. */
package org.greenlane.core.ledger.jcs;
