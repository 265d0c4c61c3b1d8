package org.greenlane.server.exchange;

import org.greenlane.server.platform.identity.Actor;
import org.springframework.stereotype.Component;

/** Who calls a PACT endpoint: the partner holding the caller's API client, in the caller's organisation. */
@Component
class PactCallers {

    private final PactPartners partners;

    PactCallers(PactPartners partners) {
        this.partners = partners;
    }

    /** The caller's partner record; an API client that is not a PACT partner is refused. */
    Partner partner(Actor actor) {
        return partners.byClient(actor.subject())
                .filter(partner -> partner.organisationId().equals(actor.organisationId()))
                .orElseThrow(() -> new PactError(PactErrorCode.AccessDenied,
                        "This API client is not registered as a PACT partner of its organisation"));
    }
}
