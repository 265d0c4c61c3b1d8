package org.greenlane.core.ledger.tile;

import org.greenlane.core.ledger.MerkleLog;
import org.greenlane.core.ledger.VerificationException;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tlog-tiles entry bundle format: each entry as a big-endian uint16 length followed by its bytes. */
public final class EntryBundle {

    private EntryBundle() {
    }

    /** Encodes 1..256 entries of at most 65,535 bytes each. */
    public static byte[] encode(List<byte[]> entries) {
        if (entries.isEmpty() || entries.size() > TilePath.FULL_WIDTH) {
            throw new IllegalArgumentException("an entry bundle holds 1.." + TilePath.FULL_WIDTH + " entries, got " + entries.size());
        }
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        for (int i = 0; i < entries.size(); i++) {
            byte[] entry = entries.get(i);
            if (entry.length > MerkleLog.MAX_ENTRY_SIZE) {
                throw new IllegalArgumentException("entry " + i + " of the bundle has " + entry.length
                        + " bytes; at most " + MerkleLog.MAX_ENTRY_SIZE + " fit a uint16 length");
            }
            bundle.write(entry.length >> 8);
            bundle.write(entry.length & 0xFF);
            bundle.write(entry, 0, entry.length);
        }
        return bundle.toByteArray();
    }

    /**
     * Decodes the bundle of {@code tile}: exactly {@code width} entries and no trailing bytes.
     *
     * @throws VerificationException naming the entry where the data goes wrong
     */
    public static List<byte[]> decode(EntryTile tile, byte[] data) {
        List<byte[]> entries = new ArrayList<>(tile.width());
        int at = 0;
        for (int i = 0; i < tile.width(); i++) {
            long entry = tile.firstEntry() + i;
            if (at + 2 > data.length) {
                throw new VerificationException(tile + " ends before the length of entry " + entry);
            }
            int length = (data[at] & 0xFF) << 8 | (data[at + 1] & 0xFF);
            at += 2;
            if (at + length > data.length) {
                throw new VerificationException(tile + " ends inside entry " + entry + " of " + length + " bytes");
            }
            entries.add(Arrays.copyOfRange(data, at, at + length));
            at += length;
        }
        if (at != data.length) {
            throw new VerificationException(tile + " has " + (data.length - at) + " bytes after its " + tile.width() + " entries");
        }
        return entries;
    }
}
