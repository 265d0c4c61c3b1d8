package org.greenlane.server.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonValue;
import org.greenlane.server.cbam.EmissionsCommunicationIssued;
import org.greenlane.server.cbam.Results;
import org.greenlane.server.ledger.LedgerRecord;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Logs every CBAM emissions data communication an exporter issues to an importer (decision 061): the private record
 * is the communication exactly as the API returns it, in RFC 8785 form, so the importer can hash what it received and
 * find the entry; the public summary holds only the reporting period, the installation's country and the number of
 * goods, no figures, names or prices. A communication issued again unchanged is logged once.
 */
@Component
class CbamCommunications {

    private final LogOutbox outbox;
    private final ObjectMapper json;

    CbamCommunications(LogOutbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    @EventListener
    void issued(EmissionsCommunicationIssued event) {
        Results.Communication c = event.communication();
        JsonValue record;
        try {
            record = Json.parse(json.writeValueAsString(c));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the emissions data communication of installation "
                    + c.installationId(), e);
        }
        outbox.addOnce(LedgerRecord.CBAM_EMISSIONS_COMMUNICATION, event.organisationId(), UUID.randomUUID(),
                Canonical.object("periodStart", String.valueOf(c.periodStart()), "periodEnd", String.valueOf(c.periodEnd()),
                        "installationCountry", c.installation().country(), "goods", c.goods().size()),
                record);
    }
}
