/** Offline checks by parties who do not trust the log: checkpoint updates, C2SP tlog-proof receipts, audits. */
package org.greenlane.core.ledger.client;
