package org.greenlane.server.footprint.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenlane.server.footprint.FootprintStatus;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.footprint.PublicationRequest;
import org.greenlane.server.footprint.PublishedFootprint;
import org.greenlane.server.footprint.PublishedFootprints;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Publishing stored results as PACT v3 ProductFootprints, and deprecating them. */
@Service
public class Publications {

    private final FootprintCalculator calculator;
    private final ProductCatalogue products;
    private final PublishedFootprints published;
    private final Organisations organisations;
    private final ObjectMapper json;

    Publications(FootprintCalculator calculator, ProductCatalogue products, PublishedFootprints published,
                 Organisations organisations, ObjectMapper json) {
        this.calculator = calculator;
        this.products = products;
        this.published = published;
        this.organisations = organisations;
        this.json = json;
    }

    /**
     * Publishes a stored result with a new stable id. The product's Active footprints become Deprecated and are
     * listed, with their own predecessors, in the new footprint's precedingPfIds.
     */
    @Transactional
    public PublishedFootprint publish(UUID organisationId, UUID resultId, PublicationRequest request) {
        StoredResult result = calculator.stored(organisationId, resultId);
        PublicationRequest r = PactDocuments.checked(request);
        Product product = products.find(organisationId, result.productId())
                .orElseThrow(() -> new RecordNotFound("product", result.productId()));
        String company = organisations.find(organisationId).orElseThrow().name();
        published.lockProduct(product.id());
        List<PublishedFootprint> active = published.active(organisationId, product.id());
        Set<UUID> preceding = new LinkedHashSet<>();
        for (PublishedFootprint pf : active) {
            preceding.add(pf.id());
            preceding.addAll(pf.precedingPfIds());
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode document = PactDocuments.document(json, id, new ArrayList<>(preceding), now, company,
                organisationId, product, result, r);
        for (PublishedFootprint pf : active) {
            published.deprecate(organisationId, pf.id(), now);
        }
        return published.add(new PublishedFootprint(id, organisationId, product.id(), resultId, FootprintStatus.ACTIVE,
                new ArrayList<>(preceding), now, null, PactDocuments.productIds(product),
                PactDocuments.classifications(product), r.geographyCountry(), r.geographySubdivision(),
                r.geographyRegion(), r.validityPeriodStart(), r.validityPeriodEnd(), r.referencePeriodStart(),
                r.referencePeriodEnd(), document));
    }
}
