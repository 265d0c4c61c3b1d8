package org.greenlane.server.cbam;

import java.util.Objects;
import java.util.UUID;

/**
 * An exporter issued an emissions data communication to a named EU importer (as JSON or xlsx). Published so the
 * verifiable-records capability logs it (issue 5, item 3); listeners run in the issuing request.
 */
public record EmissionsCommunicationIssued(UUID organisationId, Results.Communication communication) {

    public EmissionsCommunicationIssued {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(communication, "communication");
        Objects.requireNonNull(communication.recipient(), "communication.recipient");
    }
}
