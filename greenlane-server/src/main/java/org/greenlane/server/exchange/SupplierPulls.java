package org.greenlane.server.exchange;

import org.greenlane.server.exchange.internal.pact.FootprintCriteria;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/** Pulls footprints from a partner's PACT host on demand and keeps them as supplier footprints. */
@Service
class SupplierPulls {

    static final int PAGE_SIZE = 100;

    private final PartnerHosts hosts;
    private final SupplierFootprints footprints;

    SupplierPulls(PartnerHosts hosts, SupplierFootprints footprints) {
        this.hosts = hosts;
        this.footprints = footprints;
    }

    /**
     * Lists the partner's footprints matching the criteria and keeps every one; all are checked before any
     * is kept. Returns how many were received.
     *
     * @throws PartnerHostException when the host cannot be reached, refuses us, or sends something invalid
     */
    int pull(Partner partner, FootprintCriteria criteria, int pageSize) {
        if (!partner.hasHost()) {
            throw new IllegalArgumentException("partner: register " + partner.name() + "'s PACT host first");
        }
        List<PartnerHosts.Received> received = hosts.list(partner, criteria, pageSize);
        received.forEach(footprint -> footprints.save(partner.organisationId(), partner, footprint, SupplierFootprints.Via.PULL));
        return received.size();
    }

    /** Gets one footprint by id from the partner's host and keeps it. */
    SupplierEmissionFactor pullOne(Partner partner, UUID footprintId) {
        if (!partner.hasHost()) {
            throw new IllegalArgumentException("partner: register " + partner.name() + "'s PACT host first");
        }
        footprints.save(partner.organisationId(), partner, hosts.get(partner, footprintId), SupplierFootprints.Via.PULL);
        return footprints.find(partner.organisationId(), footprintId).map(SupplierFactors::factor).orElseThrow();
    }
}
