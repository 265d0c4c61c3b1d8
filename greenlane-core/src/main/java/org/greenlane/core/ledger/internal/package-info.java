/** Helpers of the ledger capability only: SHA-256, canonical base64, C2SP decimals and note text rules. */
package org.greenlane.core.ledger.internal;
