package org.greenlane.server.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.UUID;

/**
 * The exchange's background work, every few seconds on each node (rows are leased, so nodes never
 * do the same work twice): deliver queued events to partners, pull footprints partners announced,
 * and reject requests that waited too long.
 */
@Component
class EventDelivery {

    private static final Logger log = LoggerFactory.getLogger(EventDelivery.class);
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final IncomingEvents incoming;
    private final RequestsReceived requests;
    private final PactPartners partners;
    private final PartnerHosts hosts;
    private final SupplierFootprints supplierFootprints;
    private final TaskScheduler scheduler;
    private final ExchangeProperties properties;

    EventDelivery(Outbox outbox, IncomingEvents incoming, RequestsReceived requests, PactPartners partners,
                  PartnerHosts hosts, SupplierFootprints supplierFootprints, TaskScheduler scheduler,
                  ExchangeProperties properties) {
        this.outbox = outbox;
        this.incoming = incoming;
        this.requests = requests;
        this.partners = partners;
        this.hosts = hosts;
        this.supplierFootprints = supplierFootprints;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    /** Starts once the application is ready, so the work never runs against a half-started platform. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(this::work, properties.deliveryInterval());
    }

    void work() {
        try {
            deliverDue();
            pullAnnounced();
            int expired = requests.expire();
            if (expired > 0) {
                log.info("Rejected {} PACT request(s) that stayed open longer than {}", expired, properties.requestWait());
            }
        } catch (RuntimeException failure) {
            log.error("PACT event delivery failed; retrying on the next run", failure);
        }
    }

    void deliverDue() {
        for (Outbox.Queued event : outbox.claim(BATCH)) {
            try {
                Partner partner = event.partnerId() == null ? null
                        : partners.find(event.organisationId(), event.partnerId()).orElse(null);
                if (partner != null && partner.hasHost()) {
                    hosts.send(partner, event.body());
                } else if (event.targetUrl() != null) {
                    URI target = URI.create(event.targetUrl());
                    if (!ReplyAddress.resolvesPublicly(target)) {
                        outbox.failed(event.id(), target.getHost() + " does not resolve to a public address; not sent");
                        continue;
                    }
                    hosts.send(target, event.body());
                } else {
                    outbox.failed(event.id(), "the partner has no registered PACT host to send to");
                    continue;
                }
                outbox.sent(event.id());
            } catch (PartnerHostException refused) {
                if (refused.transientFailure()) {
                    outbox.retryLater(event, refused.getMessage());
                } else {
                    outbox.failed(event.id(), refused.getMessage());
                }
            }
        }
    }

    void pullAnnounced() {
        for (IncomingEvents.PendingPull pull : incoming.claimPulls(BATCH)) {
            Partner partner = pull.partnerId() == null ? null
                    : partners.find(pull.organisationId(), pull.partnerId()).filter(Partner::hasHost).orElse(null);
            if (partner == null) {
                incoming.pulled(pull, "not pulled: the partner or its host was removed");
                continue;
            }
            try {
                for (UUID id : pull.footprintIds()) {
                    supplierFootprints.save(pull.organisationId(), partner, hosts.get(partner, id),
                            SupplierFootprints.Via.PUBLISHED_EVENT);
                }
                incoming.pulled(pull, pull.footprintIds().size() + " footprint(s) pulled");
            } catch (PartnerHostException failed) {
                incoming.pullFailed(pull, failed.getMessage());
            }
        }
    }
}
