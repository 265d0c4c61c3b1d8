package org.greenlane.server.exchange;

import org.greenlane.server.exchange.internal.pact.PactEvent;
import org.greenlane.server.exchange.internal.pact.PactJson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The data owner's sharing decisions, with their consequences: a partner that may now see a footprint
 * is told so (PublishedEvent, when it has a host and wants to hear), and its open requests that the
 * footprint answers are fulfilled.
 */
@Service
class PartnerSharing {

    private final PactPartners partners;
    private final RequestsReceived requests;
    private final Outbox outbox;

    PartnerSharing(PactPartners partners, RequestsReceived requests, Outbox outbox) {
        this.partners = partners;
        this.requests = requests;
        this.outbox = outbox;
    }

    /** False when the partner or the footprint is not the organisation's. */
    @Transactional
    boolean share(UUID organisationId, UUID partnerId, UUID footprintId) {
        if (!partners.share(organisationId, partnerId, footprintId)) {
            return false;
        }
        partners.find(organisationId, partnerId).ifPresent(partner -> announce(partner, List.of(footprintId)));
        requests.answerOpen(organisationId);
        return true;
    }

    @Transactional
    boolean unshare(UUID organisationId, UUID partnerId, UUID footprintId) {
        return partners.unshare(organisationId, partnerId, footprintId);
    }

    /** False when the partner is not the organisation's. */
    @Transactional
    boolean shareAll(UUID organisationId, UUID partnerId, boolean all) {
        if (!partners.setShareAll(organisationId, partnerId, all)) {
            return false;
        }
        if (all) {
            requests.answerOpen(organisationId);
        }
        return true;
    }

    private void announce(Partner partner, List<UUID> footprintIds) {
        if (partner.hasHost() && partner.notifyPublished()) {
            var data = PactJson.object();
            var ids = data.putArray("pfIds");
            footprintIds.forEach(id -> ids.add(id.toString()));
            outbox.enqueue(partner.organisationId(), partner.id(), PactEvent.Type.PUBLISHED, data, null);
        }
    }
}
