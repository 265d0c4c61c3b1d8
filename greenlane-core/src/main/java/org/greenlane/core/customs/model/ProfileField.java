package org.greenlane.core.customs.model;

import org.greenlane.core.customs.Declaration;

import java.util.function.Function;

/** A declaration field that profiles are keyed on; its values are interned per field (see {@link Vocabulary}). */
enum ProfileField {
    HS2(Declaration::hs2),
    HS4(Declaration::hs4),
    HS6(Declaration::hs6),
    ORIGIN(Declaration::originCountry),
    DEPARTURE(Declaration::departureCountry),
    TAX_TYPE(Declaration::taxType),
    TAX_RATE(d -> Double.toString(d.taxRate())),
    OFFICE(Declaration::office),
    IMPORT_TYPE(Declaration::importType),
    IMPORT_USE(Declaration::importUse),
    PAYMENT_TYPE(Declaration::paymentType),
    TRANSPORT(Declaration::transportMode),
    IMPORTER(Declaration::importer),
    DECLARANT(Declaration::declarant),
    SELLER(Declaration::seller),
    COURIER(Declaration::courier),
    ORIGIN_INDICATOR(Declaration::originIndicator);

    private final Function<Declaration, String> value;

    ProfileField(Function<Declaration, String> value) {
        this.value = value;
    }

    String of(Declaration declaration) {
        return value.apply(declaration);
    }
}
