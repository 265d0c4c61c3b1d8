package org.greenlane.server.label;

import java.util.Objects;
import java.util.UUID;

/**
 * What a label's QR code says: a GS1 Digital Link URI {@code <base>/01/<GTIN-14>[/10/<batch>]}, or for a
 * product without a GTIN the platform's own path {@code <base>/p/<product id>[/10/<batch>]}, which keeps
 * the Digital Link shape so the batch reads the same way (decision 063).
 *
 * @param baseUrl   {@code https://host[:port]} without a trailing slash
 * @param gtin14    the product's GTIN-14, or null
 * @param productId the product, used in the path when it has no GTIN
 * @param batch     the batch or lot number (AI 10), or null
 */
record DigitalLink(String baseUrl, String gtin14, UUID productId, String batch) {

    DigitalLink {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(productId, "productId");
    }

    /** The path the public resolver answers, percent-encoded. */
    String path() {
        String key = gtin14 != null ? "/01/" + gtin14 : "/p/" + productId;
        return batch == null ? key : key + "/10/" + Gs1.pathSegment(batch);
    }

    String uri() {
        return baseUrl + path();
    }
}
