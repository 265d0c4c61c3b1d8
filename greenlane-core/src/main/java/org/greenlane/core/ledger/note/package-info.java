/** C2SP signed notes with Ed25519 keys in the string formats of Go's golang.org/x/mod/sumdb/note. */
package org.greenlane.core.ledger.note;
