package org.greenlane.core.customs.model;

import org.greenlane.core.customs.Declaration;

import java.util.HashMap;
import java.util.Map;

/**
 * Interns the values of each {@link ProfileField} to small integers, so that a profile key is a
 * packed {@code long} of up to three ids instead of a concatenated string: scoring a declaration
 * looks up its 17 field values once, then every profile by number. Lookups never add values, so a
 * vocabulary that is no longer written to can be read by many threads.
 */
final class Vocabulary {

    private static final ProfileField[] ALL_FIELDS = ProfileField.values();

    /** Ids are packed 21 bits each, three to a key. */
    static final int BITS = 21;
    static final int MAX_IDS = 1 << BITS;
    static final int UNKNOWN = -1;

    private final Map<String, Integer>[] ids;

    @SuppressWarnings("unchecked")
    Vocabulary() {
        ids = new Map[ALL_FIELDS.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = new HashMap<>();
        }
    }

    /** The ids of a declaration's field values, adding values not seen before. */
    int[] intern(Declaration declaration) {
        int[] result = new int[ids.length];
        for (ProfileField field : ALL_FIELDS) {
            Map<String, Integer> known = ids[field.ordinal()];
            String value = field.of(declaration);
            Integer id = known.get(value);
            if (id == null) {
                if (known.size() == MAX_IDS) {
                    throw new IllegalStateException("compliance history holds " + MAX_IDS + " distinct values of "
                            + field + ", the most a profile key can pack");
                }
                id = known.size();
                known.put(value, id);
            }
            result[field.ordinal()] = id;
        }
        return result;
    }

    /** The ids of a declaration's field values, {@link #UNKNOWN} for values never recorded. */
    int[] lookup(Declaration declaration) {
        int[] result = new int[ids.length];
        for (ProfileField field : ALL_FIELDS) {
            Integer id = ids[field.ordinal()].get(field.of(declaration));
            result[field.ordinal()] = id == null ? UNKNOWN : id;
        }
        return result;
    }
}
