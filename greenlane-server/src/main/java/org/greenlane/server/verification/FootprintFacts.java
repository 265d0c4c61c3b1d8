package org.greenlane.server.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.ledger.jcs.Jcs;
import org.greenlane.server.footprint.FootprintStatus;
import org.greenlane.server.footprint.PublishedFootprint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What the workflow needs of a published footprint: the product, the figure per declared unit, its HS code (for the
 * verifier's scope), status and validity, and the SHA-256 of its PACT document in RFC 8785 form, which a statement
 * binds to.
 */
record FootprintFacts(UUID id, UUID productId, String productName, String pcfIncludingBiogenic,
                      String pcfExcludingBiogenic, String declaredUnit, String hsCode, boolean active, Instant validUntil,
                      String documentSha256, String document) {

    static FootprintFacts of(PublishedFootprint pf, ObjectMapper json) {
        String document;
        try {
            document = Jcs.canonicalize(json.writeValueAsString(pf.pact()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the PACT document of footprint " + pf.id(), e);
        }
        JsonNode pcf = pf.pact().path("pcf");
        return new FootprintFacts(pf.id(), pf.productId(), pf.pact().path("productNameCompany").asText(),
                pf.pcfIncludingBiogenicUptake(), pcf.path("pcfExcludingBiogenicUptake").asText(null), pf.declaredUnit(),
                hsCode(pf), pf.status() == FootprintStatus.ACTIVE, pf.validityPeriodEnd(), Canonical.sha256Hex(document),
                document);
    }

    /** kg CO2e per declared unit to neutralise: the larger of the figures with and without biogenic uptake. */
    BigDecimal kgPerDeclaredUnitToCover() {
        BigDecimal including = new BigDecimal(pcfIncludingBiogenic);
        return pcfExcludingBiogenic == null || pcfExcludingBiogenic.isEmpty() ? including
                : including.max(new BigDecimal(pcfExcludingBiogenic));
    }

    /** The digits of the first HS or CN classification ({@code urn:pact:productclassification:cn:72083900}). */
    private static String hsCode(PublishedFootprint pf) {
        return pf.productClassifications().stream()
                .filter(c -> c.startsWith("urn:pact:productclassification:hs:") || c.startsWith("urn:pact:productclassification:cn:"))
                .map(c -> c.substring(c.lastIndexOf(':') + 1)).findFirst().orElse(null);
    }
}
