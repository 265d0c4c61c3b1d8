package org.greenlane.core.ledger.note;

/** A signature line of a note: the key name and id it claims. */
public record NoteSignature(String keyName, int keyId) {

    @Override
    public String toString() {
        return keyName + "+" + NoteKeys.hex(keyId);
    }
}
