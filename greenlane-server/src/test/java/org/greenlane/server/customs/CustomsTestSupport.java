package org.greenlane.server.customs;

import org.greenlane.server.platform.identity.ApiClients;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Shared helpers of the customs tests: the demo authority, an officer API client, a valid declaration body. */
final class CustomsTestSupport {

    private CustomsTestSupport() {
    }

    static UUID ningbo(Organisations organisations) {
        return organisations.findByName(CustomsDemoData.AUTHORITY).orElseThrow().id();
    }

    static ApiClients.Issued officerClient(ApiClients clients, UUID authority) {
        return clients.register(authority, "officer client " + UUID.randomUUID(), Set.of(Role.CUSTOMS_OFFICER));
    }

    /** A JSON string literal of the text. */
    static String quoted(String text) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode(text).toString();
    }

    /** A JSON declaration of hot-rolled steel; {@code reference} must be unique per test run. */
    static String declaration(String reference, String office, LocalDate date, String hsCode, double mass) {
        return """
                {"reference":"%s","flow":"EXPORT","date":"%s","office":"%s","transportMode":"10","declarant":"DCL-T",
                 "trader":"91330206MA2GLV0001","hsCode":"%s","originCountry":"CN","departureCountry":"CN",
                 "taxRate":0,"netMassKg":%s,"customsValue":17500,"embeddedEmissions":1.9,
                 "footprintRef":"pcf:lvyuan-steel:hot-rolled-coil:2025"}""".formatted(reference, date, office, hsCode, mass);
    }
}
