package org.greenlane.server.exchange;

import org.greenlane.server.exchange.internal.pact.InvalidPactDocument;
import org.greenlane.server.exchange.internal.pact.PactEvent;
import org.greenlane.server.exchange.internal.pact.PactJson;
import org.greenlane.server.exchange.internal.pact.ProductFootprint;
import org.greenlane.server.footprint.FootprintPublication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Takes every footprint publication into the PACT host, in the publisher's transaction (decision
 * 051): the document is checked against the v3 data model, and a document the exchange cannot
 * serve makes the publication fail rather than be published without reaching partners. A new
 * version also notifies partners with a registered host, and answers their open requests it matches.
 */
@Component
class PublicationListener {

    private static final Logger log = LoggerFactory.getLogger(PublicationListener.class);

    private final HostedFootprints footprints;
    private final PactPartners partners;
    private final RequestsReceived requests;
    private final Outbox outbox;

    PublicationListener(HostedFootprints footprints, PactPartners partners, RequestsReceived requests, Outbox outbox) {
        this.footprints = footprints;
        this.partners = partners;
        this.requests = requests;
        this.outbox = outbox;
    }

    @EventListener
    @Transactional
    public void published(FootprintPublication publication) {
        ProductFootprint footprint = ProductFootprint.parse(publication.productFootprintJson());
        if (!footprint.id().equals(publication.footprintId())) {
            throw new InvalidPactDocument("id", footprint.id() + " differs from the published footprint id "
                    + publication.footprintId());
        }
        Optional<HostedFootprints.Hosted> known = footprints.find(footprint.id());
        if (known.isPresent() && !known.get().organisationId().equals(publication.organisationId())) {
            throw new IllegalArgumentException("Footprint id " + footprint.id() + " is already published by another organisation");
        }
        if (known.isPresent() && known.get().publishedAt().isAfter(publication.publishedAt())) {
            log.info("Ignoring publication of footprint {} from {}: a later one ({}) is already hosted",
                    footprint.id(), publication.publishedAt(), known.get().publishedAt());
            return;
        }
        boolean isNew = footprints.save(publication.organisationId(), footprint, publication.productFootprintJson(),
                publication.publishedAt());
        if (isNew && footprint.precedingPfIds() != null) {
            partners.inheritShares(footprint.id(), footprint.precedingPfIds());
        }
        notifyPartners(publication, footprint);
        requests.answerOpen(publication.organisationId());
    }

    /** A PublishedEvent to every partner with a host who may see the footprint and wants to hear of it. */
    private void notifyPartners(FootprintPublication publication, ProductFootprint footprint) {
        for (Partner partner : partners.of(publication.organisationId())) {
            if (partner.hasHost() && partner.notifyPublished()
                    && footprints.visibility(partner, footprint.id()) == HostedFootprints.Visibility.VISIBLE) {
                var data = PactJson.object();
                data.putArray("pfIds").add(footprint.id().toString());
                outbox.enqueue(publication.organisationId(), partner.id(), PactEvent.Type.PUBLISHED, data, null);
            }
        }
    }
}
