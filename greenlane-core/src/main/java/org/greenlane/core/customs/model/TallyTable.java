package org.greenlane.core.customs.model;

import org.greenlane.core.customs.model.ComplianceHistory.Tally;

/**
 * An open-addressing map from packed profile keys to tallies: no boxing of keys, one probe
 * sequence over two arrays. Reads are safe from many threads once writing has stopped.
 */
final class TallyTable {

    private long[] keys = new long[16];
    private Tally[] tallies = new Tally[16];
    private int size;

    Tally get(long key) {
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; tallies[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return tallies[slot];
            }
        }
        return null;
    }

    Tally getOrAdd(long key) {
        Tally found = get(key);
        if (found != null) {
            return found;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        Tally added = new Tally();
        put(key, added);
        size++;
        return added;
    }

    private void put(long key, Tally tally) {
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (tallies[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        tallies[slot] = tally;
    }

    private void grow() {
        long[] oldKeys = keys;
        Tally[] oldTallies = tallies;
        keys = new long[oldKeys.length * 2];
        tallies = new Tally[oldTallies.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldTallies[i] != null) {
                put(oldKeys[i], oldTallies[i]);
            }
        }
    }

    /** The finaliser of MurmurHash3's 64-bit mix: packed ids differ in few bits, this spreads them. */
    private static int hash(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
