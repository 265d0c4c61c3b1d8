package org.greenlane.server.label;

import org.greenlane.server.footprint.FootprintStatus;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.footprint.PublishedFootprint;
import org.greenlane.server.footprint.PublishedFootprints;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Issuing a carbon label for one of the organisation's Active published footprints, optionally for a batch. */
@Service
class LabelIssuance {

    private final PublishedFootprints published;
    private final ProductCatalogue products;
    private final CarbonLabels labels;
    private final PublicAddress address;

    LabelIssuance(PublishedFootprints published, ProductCatalogue products, CarbonLabels labels, PublicAddress address) {
        this.published = published;
        this.products = products;
        this.labels = labels;
        this.address = address;
    }

    @Transactional
    CarbonLabel issue(Actor actor, UUID footprintId, String batchInput) {
        UUID organisation = actor.organisationId();
        PublishedFootprint footprint = published.find(organisation, footprintId)
                .orElseThrow(() -> new RecordNotFound("published footprint", footprintId));
        if (footprint.status() != FootprintStatus.ACTIVE) {
            throw new InvalidInput("footprintId", "footprint " + footprintId + " is Deprecated: a newer one replaced it; "
                    + "label the Active footprint of the product");
        }
        Product product = products.find(organisation, footprint.productId())
                .orElseThrow(() -> new RecordNotFound("product", footprint.productId()));
        String batch = batchInput == null || batchInput.strip().isEmpty() ? null : batchInput.strip();
        if (batch != null) {
            Gs1.batchProblem(batch).ifPresent(problem -> {
                throw new InvalidInput("batch", problem);
            });
        }
        String gtin = product.gtin();
        if (gtin != null) {
            Gs1.gtin14Problem(gtin).ifPresent(problem -> {
                throw new InvalidInput("gtin", "the product's GTIN cannot go on a label: " + problem);
            });
        }
        DigitalLink link = new DigitalLink(address.baseUrl(), gtin, product.id(), batch);
        boolean taken = gtin != null ? labels.byGtin(gtin, batch).isPresent() : labels.byProduct(product.id(), batch).isPresent();
        if (taken) {
            throw alreadyLabelled(link);
        }
        CarbonLabel label = new CarbonLabel(UUID.randomUUID(), organisation, footprint.id(), product.id(), gtin, batch,
                link.uri(), Instant.now().truncatedTo(ChronoUnit.MILLIS), actor.displayName());
        try {
            labels.add(label);
        } catch (DuplicateKeyException raced) {
            throw alreadyLabelled(link);
        }
        return label;
    }

    /** Printed labels never change, so a Digital Link cannot be given to a second footprint. */
    private static InvalidInput alreadyLabelled(DigitalLink link) {
        return new InvalidInput("batch", "a label with the Digital Link " + link.path() + " already exists and printed "
                + "labels never change; give this production a batch or lot number of its own");
    }
}
