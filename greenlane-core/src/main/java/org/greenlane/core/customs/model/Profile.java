package org.greenlane.core.customs.model;

import org.greenlane.core.customs.Declaration;

import java.util.function.Function;

/**
 * A compliance-history profile: the declarations that share a key (an importer, an HS subheading,
 * a commodity on a route...). Its fraud rate is smoothed towards the rate of its parent profile,
 * so that a subheading seen twice borrows strength from its heading, and a route from its commodity.
 */
enum Profile {
    HS2("HS chapter", Declaration::hs2),
    HS4("HS heading", Declaration::hs4),
    HS6("HS subheading", Declaration::hs6),
    ORIGIN("origin", Declaration::originCountry),
    DEPARTURE("departure", Declaration::departureCountry),
    HS4_DEPARTURE("HS heading from departure", d -> d.hs4() + '|' + d.departureCountry()),
    HS6_ORIGIN("HS subheading of origin", d -> d.hs6() + '|' + d.originCountry()),
    HS6_DEPARTURE("HS subheading from departure", d -> d.hs6() + '|' + d.departureCountry()),
    HS6_ROUTE("HS subheading of origin from departure",
            d -> d.hs6() + '|' + d.originCountry() + '|' + d.departureCountry()),
    HS6_TAX_TYPE("HS subheading under tax type", d -> d.hs6() + '|' + d.taxType()),
    HS6_DEPARTURE_TAX_TYPE("HS subheading from departure under tax type",
            d -> d.hs6() + '|' + d.departureCountry() + '|' + d.taxType()),
    HS6_ORIGIN_TAX_RATE("HS subheading of origin at tax rate",
            d -> d.hs6() + '|' + d.originCountry() + '|' + d.taxRate()),
    HS6_OFFICE("HS subheading at office", d -> d.hs6() + '|' + d.office()),
    HS6_IMPORT_TYPE("HS subheading under import type", d -> d.hs6() + '|' + d.importType()),
    HS6_TRANSPORT("HS subheading by transport mode", d -> d.hs6() + '|' + d.transportMode()),
    IMPORTER("importer", Declaration::importer),
    DECLARANT("declarant", Declaration::declarant),
    SELLER("seller", Declaration::seller),
    COURIER("courier", Declaration::courier),
    IMPORTER_HS6("importer with HS subheading", d -> d.importer() + '|' + d.hs6()),
    DECLARANT_HS6("declarant with HS subheading", d -> d.declarant() + '|' + d.hs6()),
    SELLER_HS6("seller with HS subheading", d -> d.seller() + '|' + d.hs6()),
    OFFICE("office", Declaration::office),
    IMPORT_TYPE("import type", Declaration::importType),
    IMPORT_USE("import use", Declaration::importUse),
    PAYMENT_TYPE("payment type", Declaration::paymentType),
    TRANSPORT("transport mode", Declaration::transportMode),
    TAX_TYPE("tax type", Declaration::taxType),
    ORIGIN_INDICATOR("origin indicator", Declaration::originIndicator),
    ORIGIN_TAX_TYPE("origin under tax type", d -> d.originCountry() + '|' + d.taxType());

    private final String label;
    private final Function<Declaration, String> key;

    Profile(String label, Function<Declaration, String> key) {
        this.label = label;
        this.key = key;
    }

    String label() {
        return label;
    }

    String key(Declaration declaration) {
        return key.apply(declaration);
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
