package org.greenlane.core.customs.model;

import org.greenlane.core.customs.Declaration;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A compliance-history profile: the declarations that share a key (an importer, an HS subheading,
 * a commodity on a route...). Its fraud rate is smoothed towards the rate of its parent profile,
 * so that a subheading seen twice borrows strength from its heading, and a route from its commodity.
 * A key is one to three interned field values, packed into a {@code long} (see {@link Vocabulary}).
 */
enum Profile {
    HS2("HS chapter", ProfileField.HS2),
    HS4("HS heading", ProfileField.HS4),
    HS6("HS subheading", ProfileField.HS6),
    ORIGIN("origin", ProfileField.ORIGIN),
    DEPARTURE("departure", ProfileField.DEPARTURE),
    HS4_DEPARTURE("HS heading from departure", ProfileField.HS4, ProfileField.DEPARTURE),
    HS6_ORIGIN("HS subheading of origin", ProfileField.HS6, ProfileField.ORIGIN),
    HS6_DEPARTURE("HS subheading from departure", ProfileField.HS6, ProfileField.DEPARTURE),
    HS6_ROUTE("HS subheading of origin from departure", ProfileField.HS6, ProfileField.ORIGIN, ProfileField.DEPARTURE),
    HS6_TAX_TYPE("HS subheading under tax type", ProfileField.HS6, ProfileField.TAX_TYPE),
    HS6_DEPARTURE_TAX_TYPE("HS subheading from departure under tax type", ProfileField.HS6, ProfileField.DEPARTURE, ProfileField.TAX_TYPE),
    HS6_ORIGIN_TAX_RATE("HS subheading of origin at tax rate", ProfileField.HS6, ProfileField.ORIGIN, ProfileField.TAX_RATE),
    HS6_OFFICE("HS subheading at office", ProfileField.HS6, ProfileField.OFFICE),
    HS6_IMPORT_TYPE("HS subheading under import type", ProfileField.HS6, ProfileField.IMPORT_TYPE),
    HS6_TRANSPORT("HS subheading by transport mode", ProfileField.HS6, ProfileField.TRANSPORT),
    IMPORTER("importer", ProfileField.IMPORTER),
    DECLARANT("declarant", ProfileField.DECLARANT),
    SELLER("seller", ProfileField.SELLER),
    COURIER("courier", ProfileField.COURIER),
    IMPORTER_HS6("importer with HS subheading", ProfileField.IMPORTER, ProfileField.HS6),
    DECLARANT_HS6("declarant with HS subheading", ProfileField.DECLARANT, ProfileField.HS6),
    SELLER_HS6("seller with HS subheading", ProfileField.SELLER, ProfileField.HS6),
    OFFICE("office", ProfileField.OFFICE),
    IMPORT_TYPE("import type", ProfileField.IMPORT_TYPE),
    IMPORT_USE("import use", ProfileField.IMPORT_USE),
    PAYMENT_TYPE("payment type", ProfileField.PAYMENT_TYPE),
    TRANSPORT("transport mode", ProfileField.TRANSPORT),
    TAX_TYPE("tax type", ProfileField.TAX_TYPE),
    ORIGIN_INDICATOR("origin indicator", ProfileField.ORIGIN_INDICATOR),
    ORIGIN_TAX_TYPE("origin under tax type", ProfileField.ORIGIN, ProfileField.TAX_TYPE);

    /** Key of a declaration with a field value the history has never seen: matches no tally. */
    static final long NO_KEY = -1;

    private final String label;
    private final ProfileField[] fields;

    Profile(String label, ProfileField... fields) {
        this.label = label;
        this.fields = fields;
    }

    String label() {
        return label;
    }

    /** The key as officers read it, e.g. {@code 392690|CN|CN}. */
    String key(Declaration declaration) {
        return Arrays.stream(fields).map(field -> field.of(declaration)).collect(Collectors.joining("|"));
    }

    /** The packed key from the declaration's interned field ids, or {@link #NO_KEY}. */
    long code(int[] ids) {
        long code = 0;
        for (ProfileField field : fields) {
            int id = ids[field.ordinal()];
            if (id == Vocabulary.UNKNOWN) {
                return NO_KEY;
            }
            code = (code << Vocabulary.BITS) | id;
        }
        return code;
    }

    /** The broader profile whose rate is the prior of this one; null for the global rate. */
    Profile parent() {
        return switch (this) {
            case HS4 -> HS2;
            case HS6 -> HS4;
            case HS4_DEPARTURE -> HS4;
            case HS6_ORIGIN, HS6_DEPARTURE, HS6_TAX_TYPE, HS6_OFFICE, HS6_IMPORT_TYPE, HS6_TRANSPORT,
                 IMPORTER_HS6, DECLARANT_HS6, SELLER_HS6 -> HS6;
            case HS6_ROUTE, HS6_DEPARTURE_TAX_TYPE -> HS6_DEPARTURE;
            case HS6_ORIGIN_TAX_RATE -> HS6_ORIGIN;
            case ORIGIN_TAX_TYPE -> ORIGIN;
            default -> null;
        };
    }
}
